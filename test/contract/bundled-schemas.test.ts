import { describe, expect, it } from 'vitest';
import { achievementSchema, evaluateRequestSchema, portfolioSchema } from '../../src/index.js';

/* The exported zod schemas of the bundled vocabulary, built on first use: each is the schema it names. */

const award = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };

describe('achievementSchema: one achievement of the bundled vocabulary', () => {
  it('a kind of the vocabulary parses, its date kept as written', () => {
    expect(achievementSchema.parse(award)).toMatchObject({
      kind: 'government_quality_award',
      obtainedOn: '2024-05-10',
    });
  });
  it('a kind not in the vocabulary is refused', () => {
    expect(achievementSchema.safeParse({ ...award, kind: 'goverment_quality_award' }).success).toBe(false);
  });
});

describe('portfolioSchema: one applicant’s achievements, a non-empty list', () => {
  it('a list of achievements parses to a list of the same length', () => {
    expect(portfolioSchema.parse([award, { ...award, obtainedOn: '2023-01-02' }])).toHaveLength(2);
  });
  it('an empty list, or one with an achievement of no known kind, is refused', () => {
    expect(portfolioSchema.safeParse([]).success).toBe(false);
    expect(portfolioSchema.safeParse([{ ...award, kind: 'x' }]).success).toBe(false);
  });
});

describe('evaluateRequestSchema: one evaluation request for the bundled policies', () => {
  it('an achievement, a jurisdiction and a date parse', () => {
    const request = { achievement: award, jurisdiction: 'changle', date: '2024-06-01' };
    expect(evaluateRequestSchema.parse(request)).toMatchObject({ jurisdiction: 'changle', date: '2024-06-01' });
  });
  it('a request with neither achievement nor achievements is refused', () => {
    expect(evaluateRequestSchema.safeParse({ jurisdiction: 'changle', date: '2024-06-01' }).success).toBe(false);
  });
});
