import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { evaluateRequestSchemaFor, requiresOneAchievementField } from '../../src/schema/request.js';

/* The request schema a caller's own validator (or the HTTP service's contract) uses: one request for one
 * applicant, with exactly one of `achievement` and `achievements`. */

const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const base = { jurisdiction: 'changle', date: '2024-06-01' };
/**
 * The schema is built once per vocabulary and kept: each test asks for it with a vocabulary of its own, so
 * that each builds (and so checks) the schema itself rather than finding the one an earlier test built.
 */
const freshSchema = () => evaluateRequestSchemaFor([...vocabulary]);

describe('evaluateRequestSchemaFor: achievement or achievements, exactly one', () => {
  it('one achievement, or a portfolio → valid', () => {
    const schema = evaluateRequestSchemaFor(vocabulary);
    expect(schema.safeParse({ ...base, achievement: cqa }).success).toBe(true);
    expect(schema.safeParse({ ...base, achievements: [cqa] }).success).toBe(true);
  });
  it('both, or neither → one issue at `achievements`, coded invalid_value', () => {
    const schema = freshSchema();
    for (const request of [{ ...base, achievement: cqa, achievements: [cqa] }, base]) {
      const parsed = schema.safeParse(request);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.code, i.path, (i as { params?: unknown }).params])).toEqual([
        ['custom', ['achievements'], { code: 'invalid_value' }],
      ]);
    }
  });
  it('a field more → refused (the envelope is strict)', () => {
    const parsed = freshSchema().safeParse({ ...base, achievement: cqa, extra: 1 });
    expect(parsed.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
  it('the schema is marked as one whose JSON Schema states the rule as oneOf; others are not', () => {
    expect(requiresOneAchievementField(evaluateRequestSchemaFor(vocabulary))).toBe(true);
    expect(requiresOneAchievementField({})).toBe(false);
  });
});
