/**
 * Runs `work` while V8 records no stack trace for the errors made meanwhile, and restores the limit
 * after. For an error that is returned as data (`safeEvaluate`'s), never thrown to a caller: recording
 * the frames cost more than the evaluation itself. Where `Error.stackTraceLimit` cannot be changed
 * (frozen intrinsics), the work runs as it is.
 */
export function withoutStackTraces<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    return work();
  }
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
