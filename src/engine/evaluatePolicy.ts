import type { CalendarDate } from '../calendar/calendarDate.js';
import type { Achievement } from '../schema/achievement.js';
import type { HistoryEntry } from '../schema/options.js';
import type { EvaluationResult } from '../result/types.js';
import type { CompiledPolicy } from './compile/compiledPolicy.js';
import { assessAchievement } from './phases/assessAchievement.js';
import { explain } from './phases/explain.js';
import { emptyFiled } from './phases/lines.js';
import { settle } from './phases/settle.js';
import { stack } from './phases/stack.js';
import { type ResolvedWindow, windowStatus } from './resolveWindow.js';

/** Everything `evaluatePolicy` needs, validated. */
export interface PolicyEvaluationInput {
  readonly policy: CompiledPolicy;
  readonly window: ResolvedWindow;
  readonly achievements: readonly Achievement[];
  readonly date: CalendarDate;
  readonly history: readonly HistoryEntry[];
}

/**
 * Applies one compiled policy to a portfolio on a date, phase by phase: each achievement is matched
 * to the rules of its kind, gated (window, timing, eligibility, conditions) and reckoned, and filed as
 * a claim or a line; then the claims are stacked, settled into lines, and the result is explained.
 * Pure: no clock, no I/O.
 */
export function evaluatePolicy(input: PolicyEvaluationInput): EvaluationResult {
  const { policy, window, date, history, achievements } = input;
  const status = windowStatus(window, date);
  const filed = emptyFiled();
  // `paidRules` is written by the first once check that needs it; listed here so the context keeps one shape.
  const context = { policy, status, window, history, date, paidRules: undefined };
  for (let index = 0; index < achievements.length; index += 1) {
    assessAchievement(achievements[index] as Achievement, index, context, filed);
  }
  stack(policy, filed, history, date);
  const lines = settle(policy, filed);
  return explain({ policy, window, date, inForce: status === 'in_force', achievements, history }, lines);
}
