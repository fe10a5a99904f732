import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as core from 'zod/v4/core';
import { parseReportingIssues, parseToIssues } from '../../src/api/parseToIssues.js';

/** The boundary's parse: zod's `safeParse` outcome, with the issues themselves instead of an error object. */
const point = z.strictObject({ x: z.number(), y: z.optional(z.string()) });

describe('parseToIssues', () => {
  it('valid input: the output', () => {
    expect(parseToIssues(point, { x: 1 }, false)).toStrictEqual({ success: true, data: { x: 1 } });
  });

  it("invalid input: the issues as safeParse reports them (finalized, with zod's messages)", () => {
    const reference = point.safeParse({ x: 'one', z: 1 });
    const outcome = parseToIssues(point, { x: 'one', z: 1 }, false);
    expect(outcome.success).toBe(false);
    expect(outcome.success ? [] : outcome.issues).toStrictEqual(reference.error?.issues);
    expect(outcome.success ? [] : outcome.issues.map((i) => i.message)).toEqual([
      'Invalid input: expected number, received string',
      'Unrecognized key: "z"',
    ]);
  });

  it('reportInput: each issue carries the input it is about; without it, none does', () => {
    const withInput = parseToIssues(point, { x: 'one' }, true);
    const without = parseToIssues(point, { x: 'one' }, false);
    expect(withInput.success ? [] : withInput.issues.map((i) => i.input)).toEqual(['one']);
    expect(without.success ? [] : without.issues.map((i) => 'input' in i)).toEqual([false]);
  });

  it('an asynchronous schema is a library bug: zod’s own async error, not a wrong answer', () => {
    const later = z.string().check(z.refine(async () => true));
    expect(() => parseToIssues(later, 'x', false)).toThrow(core.$ZodAsyncError);
  });
});

describe('parseReportingIssues', () => {
  it('valid input: the output, as without the input', () => {
    expect(parseReportingIssues(point, { x: 2, y: 'b' })).toStrictEqual({ success: true, data: { x: 2, y: 'b' } });
  });

  it('invalid input: parsed again to report the input in each issue', () => {
    const outcome = parseReportingIssues(point, { x: null });
    expect(outcome).toStrictEqual(parseToIssues(point, { x: null }, true));
    expect(outcome.success ? 'none' : outcome.issues[0]?.input).toBeNull();
  });
});
