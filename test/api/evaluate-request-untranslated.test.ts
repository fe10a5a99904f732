import { describe, expect, it, vi } from 'vitest';
import { evaluateRequest } from '../../src/api/evaluateRequest.js';
import { inputIssue, QualityRewardsError } from '../../src/errors/QualityRewardsError.js';

// Every envelope issue zod reports translates to at least one issue today; should a translation ever give
// none, the caller must still get an error, not an empty one (or none).
vi.mock('../../src/errors/fromZodIssues.js', () => ({ fromZodIssues: () => [] }));

describe('an envelope zod refuses but whose issues translate to nothing', () => {
  it('is still refused: one invalid_type at the root, "expected an object"', () => {
    let error: unknown;
    try {
      evaluateRequest({ evaluate: () => undefined as never }, 'not an envelope');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QualityRewardsError);
    expect((error as QualityRewardsError).issues).toEqual([
      inputIssue('invalid_type', [], { zh: '应为对象', en: 'expected an object' }),
    ]);
  });
});
