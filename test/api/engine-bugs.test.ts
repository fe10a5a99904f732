import { afterEach, describe, expect, it, vi } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { createEvaluator } from '../../src/api/createEvaluator.js';
import { evaluatePolicy } from '../../src/engine/evaluatePolicy.js';
import { defineLibrary } from '../../src/engine/library.js';
import { AmountOutOfRangeError } from '../../src/money/money.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/* A bug in the engine (anything but bad input) is never dressed as an input error: `evaluate` and
 * `safeEvaluate` throw it as it is, with its stack, for someone to fix. The engine is replaced by a spy
 * that fails on demand; otherwise it runs as written. */

vi.mock('../../src/engine/evaluatePolicy.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/evaluatePolicy.js')>();
  return { ...original, evaluatePolicy: vi.fn(original.evaluatePolicy) };
});
afterEach(() => {
  vi.mocked(evaluatePolicy).mockReset();
});

const evaluatorOf = () =>
  createEvaluator(
    defineLibrary({ kinds: vocabulary, policies: [syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] })] }),
  );
const args = [{ kind: 'key_project', obtainedOn: '2024-01-01' } as never, 'testcity', '2024-06-01'] as const;
const bug = () => {
  throw new TypeError('engine bug');
};

describe('evaluate: an engine bug is thrown as it is', () => {
  it('a TypeError in the engine → that TypeError, not out_of_range', () => {
    vi.mocked(evaluatePolicy).mockImplementation(bug);
    expect(() => evaluatorOf().evaluate(...args)).toThrow(new TypeError('engine bug'));
  });
  it('an AmountOutOfRangeError in the engine → QualityRewardsError out_of_range (the control)', () => {
    vi.mocked(evaluatePolicy).mockImplementation(() => {
      throw new AmountOutOfRangeError(2 ** 53);
    });
    expect(() => evaluatorOf().evaluate(...args)).toThrow(expect.objectContaining({ name: 'QualityRewardsError' }));
  });
});

describe('safeEvaluate: an engine bug is thrown, not returned as a failure', () => {
  it('a TypeError in the engine → thrown, with the frames of its stack', () => {
    vi.mocked(evaluatePolicy).mockImplementation(bug);
    let thrown: unknown;
    try {
      evaluatorOf().safeEvaluate(...args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).stack).toMatch(/\n\s+at /);
  });
  it('the call is run again through evaluate to throw it: a failure that does not recur → the second run’s result', () => {
    vi.mocked(evaluatePolicy).mockImplementationOnce(bug);
    const result = evaluatorOf().safeEvaluate(...args);
    expect(result.success && result.data.total.fen).toBe(100);
    expect(vi.mocked(evaluatePolicy)).toHaveBeenCalledTimes(2);
  });
});
