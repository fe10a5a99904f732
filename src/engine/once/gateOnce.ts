import type { Achievement } from '../../schema/achievement.js';
import type { Once, Reading } from '../../schema/policy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import type { GateContext, GateOutcome } from '../phases/gate.js';
import { checkOnceAgainstHistory } from './paidOnce.js';

/**
 * The gate's last step for a rule that pays once (一次性): a matter `history` shows already paid stops
 * the claim (`already_paid`, citing the words); a `projectId` needed to tell the matter adds to the
 * missing facts. When history decided, the reading of 一次性 goes with the line.
 */
export function gateOnce(
  through: Extract<GateOutcome, { type: 'missing' | 'pass' }>,
  rule: CompiledRule,
  achievement: Achievement,
  context: GateContext,
): GateOutcome {
  const once = rule.rule.once;
  if (!once) return through;
  // The rule itself, not a copy: its once group is built once per (frozen) rule.
  const checked = checkOnceAgainstHistory(rule.rule as typeof rule.rule & { once: Once }, achievement, {
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
    gated = { type: 'missing', facts: [...facts, ...outcome.facts] };
  } else {
    if (!readings) return through;
    gated = through.type === 'missing' ? { type: 'missing', facts: through.facts } : { type: 'pass' };
  }
  if (readings) (gated as { readings?: readonly Reading[] }).readings = readings;
  return gated;
}
