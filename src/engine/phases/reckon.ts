import { money, type Money } from '../../money/money.js';
import type { Achievement } from '../../schema/achievement.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import { reckonAmount, type ReckonOutcome } from '../reckonAmount.js';

/** An amount reckoned for a matched rule, with the clause amount a line shows where there is one. */
export interface ReckonedForRule {
  readonly reckoned: ReckonOutcome;
  readonly clauseAmount: Money | undefined;
}

/**
 * Phase 3, reckon: what the rule's amount gives for the achievement, in integer 分. A fixed amount
 * was reckoned when the policy was compiled, and that very object is the answer (nothing is built per
 * call); the others read the achievement's facts.
 */
export function reckon(rule: CompiledRule, achievement: Achievement): ReckonedForRule {
  if (rule.fixed) return rule.fixed;
  const reckoned = reckonAmount(rule.rule.amount, achievement);
  return { reckoned, clauseAmount: reckoned.status === 'ok' ? money(reckoned.fen) : undefined };
}
