import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkArgument } from '../../src/errors/checkArgument.js';
import { QualityRewardsError } from '../../src/errors/QualityRewardsError.js';

/* An exported function's argument checked against its schema: a wrong argument is a QualityRewardsError
 * naming it, with a wrong value told apart from a missing one. */

function issuesOf(schema: z.ZodMiniType, value: unknown) {
  try {
    checkArgument(schema, value, 'options');
  } catch (error) {
    expect(error).toBeInstanceOf(QualityRewardsError);
    return (error as QualityRewardsError).issues.map((i) => [i.code, i.path.join('.')]);
  }
  return [];
}
const schema = z.strictObject({ within: z.number(), from: z.optional(z.string()) });

describe('checkArgument', () => {
  it('a valid argument → nothing thrown', () => {
    expect(issuesOf(schema, { within: 30 })).toEqual([]);
  });
  it('a value of the wrong type → invalid_type at the field (not “missing”, the value was there)', () => {
    expect(issuesOf(schema, { within: 'thirty' })).toEqual([['invalid_type', 'options.within']]);
  });
  it('a field left out → missing_field; the argument itself wrong → invalid_type at the argument', () => {
    expect(issuesOf(schema, {})).toEqual([['missing_field', 'options.within']]);
    expect(issuesOf(schema, 'x')).toEqual([['invalid_type', 'options']]);
  });
});
