import { type InputIssue, QualityRewardsError } from './QualityRewardsError.js';
import { withoutStackTraces } from './withoutStackTraces.js';

/**
 * The {@link QualityRewardsError} `safeEvaluate` returns as data: a real error whose `stack` reads as V8
 * writes one with no frames, `QualityRewardsError: <message>`, as it did when made at a limit of 0. Made
 * with no trace prepared at all (see {@link withoutStackTraces}): even the empty trace of a limit of 0
 * was most of what making the error cost.
 */
export function errorAsData(issues: readonly [InputIssue, ...InputIssue[]]): QualityRewardsError {
  // A caller's `Error.prepareStackTrace` writes `stack`: it is asked, at the limit of 0, as before.
  if (Error.prepareStackTrace !== undefined) return new QualityRewardsError(issues);
  return withoutStackTraces(() => {
    const error = new QualityRewardsError(issues);
    // Unset only when the limit could be unset: a frozen limit leaves the trace V8 recorded, as before.
    // Defined, not assigned: a V8 that made no own `stack` must not get an enumerable one.
    if (error.stack === undefined) {
      Object.defineProperty(error, 'stack', {
        value: `${error.name}: ${error.message}`,
        writable: true,
        configurable: true,
      });
    }
    return error;
  }, true);
}
