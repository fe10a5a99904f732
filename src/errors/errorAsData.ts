import { type InputIssue, QualityRewardsError } from './QualityRewardsError.js';

/**
 * The {@link QualityRewardsError} `safeEvaluate` returns as data, made while no stack trace is recorded
 * (inside `withoutStackTraces`): a real error, whose `stack` reads as V8 writes one with no frames,
 * `QualityRewardsError: <message>`. V8 still prepares an empty trace when `Error.stackTraceLimit` is
 * 0, and that was most of what making the error cost; with a limit that is not a number it prepares
 * none, and the stack is written here instead. Where the limit cannot be changed, the error is made as
 * usual.
 */
export function errorAsData(issues: readonly [InputIssue, ...InputIssue[]]): QualityRewardsError {
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = undefined as unknown as number;
  } catch {
    return new QualityRewardsError(issues);
  }
  try {
    const error = new QualityRewardsError(issues);
    error.stack = `${error.name}: ${error.message}`;
    return error;
  } finally {
    Error.stackTraceLimit = limit;
  }
}
