import type { EvaluationResult } from '../result/types.js';

/**
 * The status of a whole result, so that a result nothing could be decided for never reads as a plain
 * 0元: `not_in_force` when the policy is not in force on the date, `partial` when any reward is
 * undetermined (a fact is missing), else `complete`.
 */
export function resultStatus(
  inForce: boolean,
  lines: Pick<EvaluationResult, 'undetermined'>,
): EvaluationResult['status'] {
  if (!inForce) return 'not_in_force';
  return lines.undetermined.length > 0 ? 'partial' : 'complete';
}
