/**
 * Runs `work` while V8 records no stack trace for the errors made meanwhile, and restores the limit
 * after. For an error that is returned as data (`safeEvaluate`'s), never thrown to a caller: recording
 * the frames cost more than the evaluation itself. Where `Error.stackTraceLimit` cannot be changed
 * (frozen intrinsics), the work runs as it is.
 *
 * With `noTraceAtAll`, the limit is not a number while the work runs: V8 then prepares no trace at all
 * (for a limit of 0 it still prepares an empty one), and an error's `stack` is `undefined` until written.
 */
export function withoutStackTraces<T>(work: () => T, noTraceAtAll = false): T {
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = noTraceAtAll ? (undefined as unknown as number) : 0;
  } catch {
    return work();
  }
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
