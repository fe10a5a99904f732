import type { Achievement } from '../../schema/achievement.js';
import type { Once, Reading } from '../../schema/policy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import type { GateContext, GateOutcome } from '../phases/gate.js';
import { checkOnceAgainstHistory, paidRuleIds, paidUnderOnceGroup } from './paidOnce.js';

/**
 * The gate's last step for a rule that pays once (一次性): a matter `history` shows already paid stops
 * the claim (`already_paid`, citing the words); a `projectId` needed to tell the matter adds to the
 * missing facts. When history decided, the reading of 一次性 goes with the line. Asked by the gate only
 * for a rule with 一次性 and a call with history.
 */
export function gateOnce(
  through: Extract<GateOutcome, { type: 'missing' | 'pass' }>,
  rule: CompiledRule,
  achievement: Achievement,
  context: GateContext,
): GateOutcome {
  // The gate calls this only for a rule with 一次性 and some history (with none, it lets every claim through).
  const onceRule = rule.rule as typeof rule.rule & { once: Once };
  const once = onceRule.once;
  // Most rules paid once have nothing paid under them: told by the payments' rules, worked out once per
  // call, rather than by a walk through history for each (the check would pass, history deciding nothing).
  const paid = (context.paidRules ??= paidRuleIds(context.history, context.policy.policy.id));
  // Stryker disable next-line ConditionalExpression: a shortcut only: without it the walk below finds nothing paid, and the claim passes as `through`.
  if (!paidUnderOnceGroup(onceRule, paid)) return through;
  // The rule itself, not a copy: its once group is built once per (frozen) rule.
  const checked = checkOnceAgainstHistory(onceRule, achievement, {
    policyId: context.policy.policy.id,
    history: context.history,
  });
  const readings = checked.decided && once.reading ? [once.reading] : undefined;
  const outcome = checked.outcome;
  // Each outcome a literal, the readings added only when history decided (no object spread: V8 copies a
  // spread source, above all the frozen pass, through a slow generic path).
  let gated: Exclude<GateOutcome, { type: 'window' | 'too_early' }>;
  if (outcome.status === 'fail') {
    gated = {
      type: 'fail',
      code: outcome.code,
      detail: outcome.detail,
      clause: rule.rule.clause,
      quote: once.quote,
    };
  } else if (outcome.status === 'missing') {
    const facts = through.type === 'missing' ? through.facts : [];
    // Spreads, not `concat`: the facts history misses are a shared frozen list, and V8 concatenates a
    // frozen array through a slow generic path (~150 ns; the spreads ~40 ns).
    gated = { type: 'missing', facts: [...facts, ...outcome.facts] };
  } else {
    // Stryker disable next-line ConditionalExpression: a shortcut only: without it an equal outcome is built below.
    if (!readings) return through;
    if (through.type === 'missing') gated = { type: 'missing', facts: through.facts };
    else {
      // Stryker disable next-line ObjectLiteral,StringLiteral: a pass is told by being none of the other outcomes; its type is only ever read as "not missing".
      gated = { type: 'pass' };
    }
  }
  // Stryker disable next-line ConditionalExpression: setting `readings: undefined` reads the same as leaving it out.
  if (readings) (gated as { readings?: readonly Reading[] }).readings = readings;
  return gated;
}
