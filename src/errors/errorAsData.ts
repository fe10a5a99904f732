import { type InputIssue, QualityRewardsError } from './QualityRewardsError.js';
import { withoutStackTraces } from './withoutStackTraces.js';

/**
 * The {@link QualityRewardsError} `safeEvaluate` returns as data: a real error, whose `stack` reads as
 * V8 writes one with no frames, `QualityRewardsError: <message>`. Made with no trace prepared at all
 * (see {@link withoutStackTraces}): even the empty trace of a limit of 0 was most of what making the
 * error cost.
 */
export function errorAsData(issues: readonly [InputIssue, ...InputIssue[]]): QualityRewardsError {
  return withoutStackTraces(() => {
    const error = new QualityRewardsError(issues);
    error.stack = `${error.name}: ${error.message}`;
    return error;
  }, true);
}
