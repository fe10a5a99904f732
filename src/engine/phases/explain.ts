import type { CalendarDate } from '../../calendar/calendarDate.js';
import { money } from '../../money/money.js';
import { deepFreeze } from '../deepFreeze.js';
import type { Achievement } from '../../schema/achievement.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Policy } from '../../schema/policy.js';
import type { Award, EvaluationResult, PolicySummary } from '../../result/types.js';
import { collectWarnings } from '../collectWarnings.js';
import { resultStatus } from '../resultStatus.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import { provisionalWarnings, uncountedHistoryWarnings } from '../provisionalWarnings.js';
import type { ResolvedWindow } from '../resolveWindow.js';
import type { Lines } from './settle.js';
import { NONE } from '../none.js';

/** The summary of a policy a result was reckoned under, with its window resolved. */
export function policySummary(policy: Policy, window: ResolvedWindow): PolicySummary {
  return {
    id: policy.id,
    title: policy.title,
    titleEn: policy.titleEn,
    ...(policy.documentNumber ? { documentNumber: policy.documentNumber } : {}),
    status: policy.status,
    window: { start: window.start, end: window.end },
    startAssumed: window.startAssumed,
    ...(policy.window.end.type === 'validity_years' ? { validityYears: policy.window.end.years } : {}),
  };
}

/** What `explain` needs from the call. */
export interface ExplainInput {
  readonly policy: CompiledPolicy;
  readonly window: ResolvedWindow;
  readonly date: CalendarDate;
  readonly inForce: boolean;
  readonly achievements: readonly Achievement[];
  readonly history: readonly HistoryEntry[];
}

/**
 * Phase 6, explain: the result around the lines: the policy it was reckoned under, the total, whether
 * the total is an upper limit, and the warnings (draft, assumed start, limits, notices, readings,
 * provisional payments, history that does not count). The result is frozen all the way down.
 */
export function explain(input: ExplainInput, lines: Lines): EvaluationResult {
  const { policy, window } = input;
  let total = 0;
  let anyUpTo = false;
  // Indexed, not for…of: the lines may be a frozen list, and iterating one makes an iterator each time in V8.
  const awards = lines.awards;
  for (let i = 0; i < awards.length; i += 1) {
    const award = awards[i] as Award;
    total += award.amount.fen;
    if (award.upTo) anyUpTo = true;
  }
  const summary = window === policy.window ? policy.summary : deepFreeze(policySummary(policy.policy, window));
  // The collected warnings may be a list many results share; one with more is a new list.
  let warnings = collectWarnings(policy, window, lines, input.date);
  const provisional = provisionalWarnings(policy.policy, lines, input.achievements);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only: with no history there is nothing uncounted to warn of.
  const uncounted = input.history.length > 0 ? uncountedHistoryWarnings(policy.policy, input.history) : NONE;
  if (provisional.length > 0 || uncounted.length > 0) {
    warnings = Object.freeze([
      ...warnings,
      ...provisional.map((w) => deepFreeze(w)),
      ...uncounted.map((w) => deepFreeze(w)),
    ]);
  }
  // Frozen here, one level at a time: every line was frozen when it was made (see lineOf.ts), and
  // every warning list when it was collected or made above, so nothing below needs walking again, and
  // an empty list is the frozen NONE, which freezing again would only cost time.
  return Object.freeze({
    jurisdiction: policy.jurisdiction,
    date: input.date,
    policy: summary,
    inForce: input.inForce,
    status: resultStatus(input.inForce, lines),
    total: money(total),
    totalIsUpperLimit:
      anyUpTo ||
      // Stryker disable next-line ConditionalExpression: with upper limits every rule is upTo (compileRule), so anyUpTo already holds once an award is paid.
      (policy.policy.upperLimits !== undefined && lines.awards.length > 0),
    awards: frozenList(lines.awards),
    notPaid: frozenList(lines.notPaid),
    notComputable: frozenList(lines.notComputable),
    undetermined: frozenList(lines.undetermined),
    warnings,
  });
}

/** A list of lines, frozen: a list made for this call is frozen now; the shared empty one is already. */
function frozenList<T>(list: readonly T[]): readonly T[] {
  return list === NONE ? list : Object.freeze(list);
}
