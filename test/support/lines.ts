import type { EvaluationResult } from '../../src/result/types.js';

/** The rule ids and amounts (in 元) paid, for compact assertions. */
export function paid(result: EvaluationResult): Record<string, number> {
  return Object.fromEntries(result.awards.map((a) => [a.ruleId, a.amount.fen / 100]));
}

/** The rule ids not paid with their reason codes (`null` rule id shown as `-`). */
export function refused(result: EvaluationResult): Record<string, string> {
  return Object.fromEntries(result.notPaid.map((n) => [n.citation?.ruleId ?? '-', n.code]));
}

/** Total paid, in 元. */
export function totalYuan(result: EvaluationResult): number {
  return result.total.fen / 100;
}
