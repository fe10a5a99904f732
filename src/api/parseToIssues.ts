import * as core from 'zod/v4/core';

/** A parse's outcome: the output, or zod's issues (finalized, as `safeParse` would report them). */
export type ParseOutcome<T> =
  { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: core.$ZodIssue[] };

/**
 * zod's `safeParse`, returning the issues themselves. `safeParse` wraps them in an error object built on
 * first read, whose constructor writes every issue out as JSON for its message; the boundary reads only
 * the issues, and that message was a third of a failing call. `reportInput` copies the input into each
 * issue (to say what was received); it is asked only after a failure, since zod's compiled object
 * parser runs slower when asked for it, even on valid input.
 */
export function parseToIssues<T = unknown>(
  schema: core.$ZodType,
  value: unknown,
  reportInput = false,
): ParseOutcome<T> {
  const ctx = reportInput ? { async: false, reportInput: true } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  // Every schema of the boundary is synchronous; an async one here would be a library bug.
  if (result instanceof Promise) throw new core.$ZodAsyncError();
  if (result.issues.length === 0) return { success: true, data: result.value as T };
  const config = core.config();
  return { success: false, issues: result.issues.map((issue) => core.util.finalizeIssue(issue, ctx, config)) };
}

/** {@link parseToIssues}: quickly, and again reporting the input only when there are issues to explain. */
export function parseReportingIssues<T = unknown>(schema: core.$ZodType, value: unknown): ParseOutcome<T> {
  const quick = parseToIssues<T>(schema, value);
  return quick.success ? quick : parseToIssues<T>(schema, value, true);
}
