import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorAsData } from '../../src/errors/errorAsData.js';
import { inputIssue, QualityRewardsError } from '../../src/errors/QualityRewardsError.js';
import { safeEvaluate } from '../../src/index.js';

const issues = [inputIssue('unknown_jurisdiction', ['jurisdiction'], { value: 'atlantis' })] as const;
const saved = { limit: Error.stackTraceLimit, prepare: Error.prepareStackTrace };

// The test runner installs its own prepareStackTrace (for source maps); Node has none unless a caller sets one.
beforeEach(() => {
  Reflect.set(Error, 'prepareStackTrace', undefined);
});
afterEach(() => {
  Error.stackTraceLimit = saved.limit;
  Reflect.set(Error, 'prepareStackTrace', saved.prepare);
});

describe('the error safeEvaluate returns as data', () => {
  it('a real QualityRewardsError whose stack is its name and message, with no frames, not enumerable', () => {
    const error = errorAsData(issues);
    expect(error).toBeInstanceOf(QualityRewardsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.stack).toBe(`QualityRewardsError: ${error.message}`);
    expect(Object.keys(error)).not.toContain('stack');
    expect(Object.getOwnPropertyDescriptor(error, 'stack')).toMatchObject({ writable: true, configurable: true });
  });

  it('Error.stackTraceLimit is the caller’s again afterwards', () => {
    Error.stackTraceLimit = 7;
    errorAsData(issues);
    expect(Error.stackTraceLimit).toBe(7);
    expect(safeEvaluate({} as never, 'atlantis', '2024-06-01').success).toBe(false);
    expect(Error.stackTraceLimit).toBe(7);
  });

  it('a caller’s Error.prepareStackTrace is asked for the stack, with no frames, as before', () => {
    const frames: number[] = [];
    Error.prepareStackTrace = (error, callSites) => {
      frames.push(callSites.length);
      return `custom ${(error as Error).name}`;
    };
    const outcome = safeEvaluate({} as never, 'atlantis', '2024-06-01');
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.stack).toBe('custom QualityRewardsError');
    expect(frames).toContain(0);
  });
});
