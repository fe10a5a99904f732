import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, QualityRewardsError, safeEvaluate } from '../../src/index.js';
import { withoutStackTraces } from '../../src/errors/withoutStackTraces.js';

const bad = { kind: 'standard_drafting', level: 'national', obtainedOn: '2024-02-30' } as never;
const limit = Error.stackTraceLimit;
afterEach(() => {
  Error.stackTraceLimit = limit;
});

describe('safeEvaluate returns its error as data, without the stack trace a throw would need', () => {
  it('the returned error has no frames; the thrown one of evaluate has them', () => {
    const returned = safeEvaluate(bad, '350112', '2024-06-01');
    expect(returned.success).toBe(false);
    if (returned.success) return;
    expect(returned.error).toBeInstanceOf(QualityRewardsError);
    expect(returned.error.stack).not.toContain('\n    at ');
    let thrown: unknown;
    try {
      evaluate(bad, '350112', '2024-06-01');
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).stack).toContain('\n    at ');
    expect((thrown as QualityRewardsError).issues).toEqual(returned.error.issues);
  });
  it("the stack trace limit is the caller's again after a success and after a failure", () => {
    Error.stackTraceLimit = 7;
    safeEvaluate(bad, '350112', '2024-06-01');
    expect(Error.stackTraceLimit).toBe(7);
    safeEvaluate(
      { kind: 'standard_drafting', level: 'national', obtainedOn: '2024-05-10' } as never,
      '350112',
      '2024-06-01',
    );
    expect(Error.stackTraceLimit).toBe(7);
  });
});

describe('withoutStackTraces', () => {
  it('errors made inside have no frames, and the limit is restored when the work throws', () => {
    Error.stackTraceLimit = 9;
    expect(() =>
      withoutStackTraces(() => {
        const error = new Error('inside');
        expect(error.stack).toBe('Error: inside');
        throw error;
      }),
    ).toThrow('inside');
    expect(Error.stackTraceLimit).toBe(9);
  });
  it('where the limit cannot be changed, the work runs all the same', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit') as PropertyDescriptor;
    Object.defineProperty(Error, 'stackTraceLimit', { value: 10, writable: false, configurable: true });
    try {
      expect(withoutStackTraces(() => 42)).toBe(42);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
  });
});
