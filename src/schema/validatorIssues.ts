import * as core from 'zod/v4/core';
import { UNDECIDED } from './generatedValidator.js';

/** A locator (see `validatorLocator.ts`): the failing parts, four entries each, or `UNDECIDED`. */
export type Locator = (input: unknown) => readonly unknown[] | typeof UNDECIDED;

/**
 * zod's issues for `input`, as a parse with `reportInput` finalizes them (see `parseToIssues`), with zod
 * run only on the parts the locator lists: each part's issues with its path before theirs, as zod's
 * object and array parsers prefix them, and for a required key that is absent and whose schema takes
 * `undefined`, the issue zod's object adds then. `UNDECIDED` where the locator is, or nothing fails.
 */
export function locatedIssues(locate: Locator, input: unknown): core.$ZodIssue[] | typeof UNDECIDED {
  const parts = locate(input);
  if (parts === UNDECIDED || parts.length === 0) return UNDECIDED;
  const ctx = { async: false, reportInput: true };
  const config = core.config();
  // Finalized as found: zod finalizes each issue on its own (its message, then the input it reports).
  const issues: core.$ZodIssue[] = [];
  for (let i = 0; i < parts.length; i += 4) {
    const path = parts[i] as PropertyKey[];
    const result = (parts[i + 1] as core.$ZodType)._zod.run({ value: parts[i + 2], issues: [] }, ctx);
    // Every schema of the boundary is synchronous; should one not be, zod's own parse says so.
    if (result instanceof Promise) return UNDECIDED;
    const found = result.issues as (core.$ZodRawIssue & { path?: PropertyKey[] })[];
    for (let j = 0; j < found.length; j++) {
      const issue = found[j] as core.$ZodRawIssue & { path?: PropertyKey[] };
      issue.path = issue.path ? path.concat(issue.path) : path.slice();
      issues.push(core.util.finalizeIssue(issue, ctx, config));
    }
    if (parts[i + 3] === true && found.length === 0) {
      const absent = { code: 'invalid_type', expected: 'nonoptional', input: undefined, path: path.slice() };
      issues.push(core.util.finalizeIssue(absent as never, ctx, config));
    }
  }
  if (issues.length === 0) return UNDECIDED;
  return issues;
}
