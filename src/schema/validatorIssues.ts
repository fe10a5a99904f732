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
  const raw: core.$ZodRawIssue[] = [];
  for (let i = 0; i < parts.length; i += 4) {
    const path = parts[i] as PropertyKey[];
    const result = (parts[i + 1] as core.$ZodType)._zod.run({ value: parts[i + 2], issues: [] }, ctx);
    // Every schema of the boundary is synchronous; should one not be, zod's own parse says so.
    if (result instanceof Promise) return UNDECIDED;
    for (const issue of result.issues as { path?: PropertyKey[] }[]) {
      issue.path = issue.path ? path.concat(issue.path) : path.slice();
      raw.push(issue as core.$ZodRawIssue);
    }
    if (parts[i + 3] === true && result.issues.length === 0) {
      raw.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: path.slice() } as never);
    }
  }
  if (raw.length === 0) return UNDECIDED;
  const config = core.config();
  const issues: core.$ZodIssue[] = [];
  for (let i = 0; i < raw.length; i++) issues.push(core.util.finalizeIssue(raw[i] as core.$ZodRawIssue, ctx, config));
  return issues;
}
