import type { ReasonCode } from '../../explain/reasonCodes.js';
import type { Achievement } from '../../schema/achievement.js';
import type { FactName } from '../../schema/facts.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { NotPaid } from '../../result/types.js';
import type { Bilingual } from '../../schema/primitives.js';
import type { Condition, Reading } from '../../schema/policy.js';
import { checkCondition, type ConditionContext, type UNDETAILED } from '../checkCondition.js';
import { NONE } from '../none.js';
import { gateOnce } from '../once/gateOnce.js';
import type { paidRuleIds } from '../once/paidOnce.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import type { ResolvedWindow } from '../resolveWindow.js';

/** Why the gate stopped a matched rule, or what it let through. */
export type GateOutcome =
  /** The policy is not in force on the date (or its start is blank). */
  | { readonly type: 'window'; readonly code: ReasonCode }
  /** The achievement was obtained before the policy's start. */
  | { readonly type: 'too_early' }
  /** A condition (the policy's eligibility or the rule's own) fails, or 一次性 finds the matter paid. */
  | {
      readonly type: 'fail';
      readonly code: NotPaid['code'];
      readonly detail: Bilingual;
      readonly clause: string;
      readonly quote: string;
      /** Readings the gate relied on beyond the rule's own (the reading of 一次性 when history decided). */
      readonly readings?: readonly Reading[];
    }
  /** Through, but these facts are needed to decide the conditions. */
  | { readonly type: 'missing'; readonly facts: readonly FactName[]; readonly readings?: readonly Reading[] }
  | { readonly type: 'pass'; readonly readings?: readonly Reading[] };

/** What the gate looks at besides the rule and the achievement. */
export interface GateContext {
  readonly policy: CompiledPolicy;
  /** {@link windowStatus} of the policy on the date, worked out once per call. */
  readonly status: 'in_force' | ReasonCode;
  readonly window: ResolvedWindow;
  readonly history: readonly HistoryEntry[];
  /**
   * {@link paidRuleIds} of history under the policy: worked out by the first once check of the call that
   * needs it and kept for the others (a call without history, or without a rule paid once, never does).
   */
  paidRules?: ReadonlySet<string> | undefined;
}

// Stryker disable next-line ObjectLiteral,StringLiteral: a pass is told by being none of the other outcomes; its type is only ever read as "not missing".
const PASS: GateOutcome = Object.freeze({ type: 'pass' });
const TOO_EARLY: GateOutcome = Object.freeze({ type: 'too_early' });
/** The context given to conditions that do not read one (see {@link CompiledRule.conditionsReadContext}). */
const UNREAD_CONTEXT: ConditionContext = Object.freeze({ policyId: '', ruleId: '', history: NONE });

/**
 * Phase 2, gate: the policy's window on the date, the timing of the achievement against the policy's
 * start, then the eligibility and the rule's conditions. A definite failure wins over missing facts: a
 * reward that fails one condition is not paid, whatever the rest. With `detailed` false a failed
 * condition's detail is left out ({@link UNDETAILED}); gating again with it gives the same outcome, worded.
 */
export function gate(rule: CompiledRule, achievement: Achievement, context: GateContext, detailed = true): GateOutcome {
  if (context.status !== 'in_force') return { type: 'window', code: context.status };
  if (obtainedTooEarly(rule, context, achievement)) return TOO_EARLY;
  let missing: FactName[] | undefined;
  // Stryker disable next-line ConditionalExpression: a shortcut only: with no condition and no 一次性 the steps below pass it too.
  if (rule.conditions.length === 0 && !rule.rule.once) return PASS;
  // Built only for conditions that read it (首次): the others are judged on the achievement alone.
  const conditionContext = rule.conditionsReadContext
    ? { policyId: context.policy.policy.id, ruleId: rule.rule.id, history: context.history }
    : UNREAD_CONTEXT;
  // Indexed, not for…of: iterating a frozen array (as compiled lists are) makes an iterator each time in V8.
  const conditions = rule.conditions;
  for (let i = 0; i < conditions.length; i += 1) {
    const condition = conditions[i] as Condition;
    const outcome = checkCondition(condition, achievement, conditionContext, detailed);
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
  const through = missing ? ({ type: 'missing', facts: missing } as const) : (PASS as { readonly type: 'pass' });
  // With no payment before, nothing can be paid already and the reading of 一次性 decides nothing: told
  // here, so a call without history (the first of a process among them) does not compile gateOnce.
  return rule.rule.once && context.history.length > 0 ? gateOnce(through, rule, achievement, context) : through;
}

function obtainedTooEarly(rule: CompiledRule, context: GateContext, achievement: Achievement): boolean {
  const start = context.window.start;
  if (
    // Stryker disable next-line ConditionalExpression: the null test states the blank start; without it `d < null` and `d === null` are false anyway.
    start === null ||
    rule.reachesBeforeStart
  )
    return false;
  const d = achievement.obtainedOn;
  return d < start || (d === start && !context.policy.policy.achievementTiming.startDayCounts);
}
