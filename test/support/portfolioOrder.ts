import type { Evaluator } from '../../src/api/createEvaluator.js';
import type { EvaluationResult } from '../../src/result/types.js';
import type { AchievementInput } from '../../src/schema/achievement.js';
import type { Policy } from '../../src/schema/policy.js';
import { baseOptions } from './arbitraries.js';

/** What was paid, independent of the order of the portfolio: `id:rule:fen`, sorted. */
export function paidSet(result: EvaluationResult, ids: readonly (string | undefined)[]): string[] {
  return result.awards.map((a) => `${ids[a.achievementIndex]}:${a.ruleId}:${a.amount.fen}`).sort();
}

/**
 * Evaluates a portfolio of two achievements in both orders and describes any difference (`null` when
 * the order does not matter): in the total only, or (`what: 'awards'`) in which rules pay how much.
 */
export function orderDifference(
  evaluator: Pick<Evaluator, 'evaluate'>,
  policy: Policy,
  pair: readonly [AchievementInput, AchievementInput],
  date: string,
  what: 'total' | 'awards' = 'total',
): string | null {
  const [a, b] = pair;
  const ab = evaluator.evaluate([a, b], policy.jurisdiction.code, date, baseOptions(policy));
  const ba = evaluator.evaluate([b, a], policy.jurisdiction.code, date, baseOptions(policy));
  const one = paidSet(ab, [a.id, b.id]);
  const other = paidSet(ba, [b.id, a.id]);
  // Two claims under one rule for one amount are the same reward, whichever achievement carries it.
  const rulesPaid = (set: string[]) =>
    set
      .map((line) => line.replace(/^[^:]*:/, ''))
      .sort()
      .join();
  if (ab.total.fen === ba.total.fen && (what === 'total' || rulesPaid(one) === rulesPaid(other))) return null;
  return `[${a.id}, ${b.id}] pays ${ab.total.fen} (${one.join(' ')}); [${b.id}, ${a.id}] pays ${ba.total.fen} (${other.join(' ')})`;
}
