import { describe, expect, it } from 'vitest';
import { evaluateRequest, QualityRewardsError } from '../src/index.js';

const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };

function issuesOf(request: unknown) {
  try {
    evaluateRequest(request);
  } catch (error) {
    if (error instanceof QualityRewardsError) return error.issues.map((i) => [i.code, i.path.join('.')]);
    throw error;
  }
  return [];
}

describe('one request envelope: { id?, achievements | achievement, jurisdiction, date, options? }', () => {
  it('a single achievement is evaluated as evaluate() would', () => {
    const r = evaluateRequest({ id: 'A-1', achievement: cqa, jurisdiction: '长乐区', date: '2024-06-01' });
    expect(r.total.text).toBe('200万元');
  });
  it('a portfolio in achievements', () => {
    const r = evaluateRequest({ achievements: [cqa], jurisdiction: 'changle', date: '2024-06-01' });
    expect(r.awards).toHaveLength(1);
  });
  it('issues are named by the request’s own field', () => {
    expect(issuesOf({ achievements: [{ ...cqa, kind: 'nope' }], jurisdiction: 'changle', date: '2024-06-01' })).toEqual(
      [['unknown_achievement_kind', 'achievements.0.kind']],
    );
  });
  it('neither or both of achievement / achievements is an error', () => {
    expect(issuesOf({ jurisdiction: 'changle', date: '2024-06-01' })).toEqual([['missing_field', 'achievements']]);
    expect(issuesOf({ achievement: cqa, achievements: [cqa], jurisdiction: 'changle', date: '2024-06-01' })).toEqual([
      ['invalid_value', 'achievements'],
    ]);
  });
  it('an unknown envelope field, or no object at all, is an error', () => {
    expect(issuesOf({ achievement: cqa, jurisdiction: 'changle', date: '2024-06-01', when: 1 })).toEqual([
      ['unknown_field', 'when'],
    ]);
    expect(issuesOf(null)).toEqual([['invalid_type', '']]);
  });
});
