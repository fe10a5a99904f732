import * as core from 'zod/v4/core';

/** A parse's outcome: the output, or zod's issues (finalized, as `safeParse` would report them). */
export type ParseOutcome<T> =
  { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: core.$ZodIssue[] };

/**
 * zod's `safeParse`, returning the issues themselves. `safeParse` wraps them in an error object built
 * on first read, whose constructor writes every issue out as JSON for its message; the boundary reads
 * only the issues, and that message was a third of a failing call.
 *
 * `reportInput` copies into each issue the input it is about (to tell a missing field from a wrong one,
 * and say what was received). Measured, it makes some valid inputs slower to parse (a history of
 * payments by a fifth), so where that shows, {@link parseReportingIssues} asks for it only after a
 * failure.
 */
export function parseToIssues<T = unknown>(
  schema: core.$ZodType,
  value: unknown,
  reportInput: boolean,
): ParseOutcome<T> {
  // A context of one shape, made here (`safeParse` spreads the caller's into a new object).
  // Stryker disable next-line BooleanLiteral: every schema here is synchronous, so `async` changes nothing (see below).
  const ctx = { async: false, reportInput };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  // Every schema of the boundary is synchronous; an async one here would be a library bug.
  // The guard narrows the type, and stays should a schema ever hand back a promise of its own.
  // Stryker disable next-line ConditionalExpression: zod itself throws this error first, for an async check met in a synchronous parse.
  if (result instanceof Promise) throw new core.$ZodAsyncError();
  if (result.issues.length === 0) return { success: true, data: result.value as T };
  const config = core.config();
  return { success: false, issues: result.issues.map((issue) => core.util.finalizeIssue(issue, ctx, config)) };
}

/** {@link parseToIssues} without the input, and again with it only when there are issues to explain. */
export function parseReportingIssues<T = unknown>(schema: core.$ZodType, value: unknown): ParseOutcome<T> {
  // Stryker disable next-line BooleanLiteral: reporting the input in the first parse too changes only its speed (the same output; on failure, the same issues as the second parse).
  const quick = parseToIssues<T>(schema, value, false);
  return quick.success ? quick : parseToIssues<T>(schema, value, true);
}
