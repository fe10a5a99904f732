import type { ReasonCode } from '../../explain/reasonCodes.js';
import type { Achievement } from '../../schema/achievement.js';
import type { FactName } from '../../schema/facts.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { NotPaid } from '../../result/types.js';
import type { Bilingual } from '../../schema/primitives.js';
import { checkCondition } from '../checkCondition.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import type { ResolvedWindow } from '../resolveWindow.js';

/** Why the gate stopped a matched rule, or what it let through. */
export type GateOutcome =
  /** The policy is not in force on the date (or its start is blank). */
  | { readonly type: 'window'; readonly code: ReasonCode }
  /** The achievement was obtained before the policy's start. */
  | { readonly type: 'too_early' }
  /** A condition (the policy's eligibility or the rule's own) fails. */
  | {
      readonly type: 'fail';
      readonly code: NotPaid['code'];
      readonly detail: Bilingual;
      readonly clause: string;
      readonly quote: string;
    }
  /** Through, but these facts are needed to decide the conditions. */
  | { readonly type: 'missing'; readonly facts: readonly FactName[] }
  | { readonly type: 'pass' };

/** What the gate looks at besides the rule and the achievement. */
export interface GateContext {
  readonly policy: CompiledPolicy;
  /** {@link windowStatus} of the policy on the date, worked out once per call. */
  readonly status: 'in_force' | ReasonCode;
  readonly window: ResolvedWindow;
  readonly history: readonly HistoryEntry[];
}

const PASS: GateOutcome = Object.freeze({ type: 'pass' });
const TOO_EARLY: GateOutcome = Object.freeze({ type: 'too_early' });

/**
 * Phase 2, gate: the policy's window on the date, the timing of the achievement against the policy's
 * start, then the eligibility and the rule's conditions. A definite failure wins over missing facts: a
 * reward that fails one condition is not paid, whatever the rest.
 */
export function gate(rule: CompiledRule, achievement: Achievement, context: GateContext): GateOutcome {
  if (context.status !== 'in_force') return { type: 'window', code: context.status };
  if (obtainedTooEarly(rule, context, achievement)) return TOO_EARLY;
  let missing: FactName[] | undefined;
  if (rule.conditions.length === 0) return PASS;
  const conditionContext = {
    policyId: context.policy.policy.id,
    ruleId: rule.rule.id,
    history: context.history,
  };
  for (const condition of rule.conditions) {
    const outcome = checkCondition(condition, achievement, conditionContext);
    if (outcome.status === 'fail') {
      return {
        type: 'fail',
        code: outcome.code,
        detail: outcome.detail,
        clause: condition.clause ?? rule.rule.clause,
        quote: condition.quote ?? rule.rule.quote,
      };
    }
    if (outcome.status === 'missing') (missing ??= []).push(...outcome.facts);
  }
  return missing ? { type: 'missing', facts: missing } : PASS;
}

function obtainedTooEarly(rule: CompiledRule, context: GateContext, achievement: Achievement): boolean {
  const start = context.window.start;
  if (start === null || rule.reachesBeforeStart) return false;
  const d = achievement.obtainedOn;
  return d < start || (d === start && !context.policy.policy.achievementTiming.startDayCounts);
}
