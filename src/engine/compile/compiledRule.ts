import type { Money } from '../../money/money.js';
import { money } from '../../money/money.js';
import type { Condition, Policy, Reading, Rule } from '../../schema/policy.js';
import type { ClauseCitation } from '../../result/types.js';
import { readsContext } from '../checkCondition.js';
import { type Selector, selectorsOf } from '../matchRule.js';
import { type Reckoned, reckonFixed } from '../reckonAmount.js';

/**
 * A rule with everything a call needs worked out once: its citation, selectors, the conditions it
 * is judged by (the policy's eligibility first), the readings its lines carry, and a fixed amount
 * already reckoned. Frozen, shared by every call.
 */
export interface CompiledRule {
  readonly rule: Rule;
  readonly citation: ClauseCitation;
  readonly selectors: readonly Selector[];
  /** The policy's eligibility, then the rule's own conditions. */
  readonly conditions: readonly Condition[];
  /** Some condition reads the rule, the policy or history ({@link readsContext}), not only the achievement. */
  readonly conditionsReadContext: boolean;
  /** The rule's readings and its amount's reading: what a line stopped before the conditions relies on. */
  readonly readings: readonly Reading[];
  /** {@link readings} and the readings of {@link conditions}: what a judged line relies on. */
  readonly lineReadings: readonly Reading[];
  /** {@link readings} and the policy's achievement-timing reading, for a line stopped by that timing. */
  readonly timingReadings: readonly Reading[];
  /** The rule's own window reaches before the policy's start, so the policy-wide timing rule does not apply. */
  readonly reachesBeforeStart: boolean;
  /** The amount when it does not depend on the achievement (`fixed`), with its clause amount. */
  readonly fixed: { readonly reckoned: Reckoned; readonly clauseAmount: Money } | undefined;
  /** 最高: the policy's amounts are upper limits, or this rule's is. */
  readonly upTo: boolean;
}

/** Compiles one rule of a policy. */
export function compileRule(policy: Policy, rule: Rule): CompiledRule {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a not_computable amount has no reading; the check only narrows the type.
  const amountReading = rule.amount.type !== 'not_computable' ? rule.amount.reading : undefined;
  const readings = [...(rule.readings ?? []), ...(amountReading ? [amountReading] : [])];
  const conditions = [...(policy.eligibility ?? []), ...(rule.conditions ?? [])];
  const timing = policy.achievementTiming.reading;
  // A fixed amount reads no fact of the achievement, so any achievement gives the same answer.
  const fixed = rule.amount.type === 'fixed' ? Object.freeze(reckonFixed(rule.amount)) : undefined;
  return Object.freeze({
    rule,
    citation: Object.freeze({ ruleId: rule.id, clause: rule.clause, quote: rule.quote, title: rule.title }),
    selectors: Object.freeze(selectorsOf(rule.match).map((s) => Object.freeze(s))),
    conditions: Object.freeze(conditions),
    conditionsReadContext: conditions.some(readsContext),
    readings: Object.freeze(readings),
    lineReadings: Object.freeze([...readings, ...conditions.flatMap((c) => (c.reading ? [c.reading] : []))]),
    timingReadings: Object.freeze(timing ? [...readings, timing] : readings),
    // Stryker disable next-line ArrayDeclaration: a made-up element is no obtained_within, so some() finds none, as in the empty list.
    reachesBeforeStart: (rule.conditions ?? []).some(
      // Stryker disable next-line ConditionalExpression: only obtained_within has reachesBeforePolicyStart; the type test only narrows.
      (c) => c.type === 'obtained_within' && c.reachesBeforePolicyStart,
    ),
    // Frozen all the way down: its calculation was frozen as it was reckoned.
    fixed: fixed && Object.freeze({ reckoned: fixed, clauseAmount: money(fixed.fen) }),
    upTo:
      policy.upperLimits !== undefined ||
      // Stryker disable next-line ConditionalExpression,StringLiteral: a not_computable amount has no upTo; the type test only narrows.
      (rule.amount.type !== 'not_computable' && rule.amount.upTo === true),
  });
}
