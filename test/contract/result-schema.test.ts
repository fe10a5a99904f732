import { describe, expect, it } from 'vitest';
import { evaluate, evaluationResultSchema, listJurisdictions, listPolicies, safeEvaluate } from '../../src/index.js';
import { jurisdictionListingSchema, policyListingSchema } from '../../src/result/listings.js';
import { checkedResults } from '../support/resultsMatchSchema.js';

const cqa = {
  kind: 'government_quality_award',
  level: 'national',
  prize: 'award',
  obtainedOn: '2024-05-10',
} as const;

describe('every result the suite produces matches the result schema', () => {
  it('the check is live: evaluate and safeEvaluate results are counted', () => {
    const before = checkedResults.count;
    evaluate(cqa, 'changle', '2024-06-01');
    safeEvaluate(cqa, 'changle', '2024-06-01');
    expect(checkedResults.count).toBe(before + 2);
  });
  it('the schema is strict: a result with a wrong amount or an extra field fails it', () => {
    const result = evaluate(cqa, 'changle', '2024-06-01');
    expect(evaluationResultSchema.safeParse(result).success).toBe(true);
    expect(evaluationResultSchema.safeParse({ ...result, total: { ...result.total, fen: 1.5 } }).success).toBe(false);
    expect(evaluationResultSchema.safeParse({ ...result, extra: 1 }).success).toBe(false);
  });
  it('listings match their schemas', () => {
    for (const p of listPolicies()) expect(policyListingSchema.parse(p)).toEqual(p);
    for (const j of listJurisdictions()) expect(jurisdictionListingSchema.parse(j)).toEqual(j);
  });
});
