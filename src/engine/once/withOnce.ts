import type { ConditionOutcome } from '../checkCondition.js';
import type { Verdict } from '../evaluatePolicy.js';

/**
 * Folds the 一次性 check into the verdict of a rule's conditions: a definite failure of the conditions
 * stands; else an earlier payment of the same matter stops the claim; a fact it needs adds to the missing.
 */
export function withOnce(
  verdict: Verdict,
  once: ConditionOutcome | undefined,
  by: { readonly clause: string; readonly quote: string },
): Verdict {
  if (once === undefined || verdict.type === 'fail' || once.status === 'pass') return verdict;
  if (once.status === 'fail') return { type: 'fail', code: once.code, detail: once.detail, ...by };
  const facts = verdict.type === 'missing' ? verdict.facts : [];
  return { type: 'missing', facts: [...facts, ...once.facts] };
}
