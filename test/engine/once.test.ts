import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../src/schema/policy.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused, totalYuan } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const ON = '2025-06-01';
const READING: Reading = {
  id: 'test.once',
  question: { zh: '一次性？', en: 'once?' },
  literal: '一次性',
  chosen: { zh: '每事项一次', en: 'once per matter' },
  alternative: { zh: '每单位一次', en: 'once per unit' },
  basis: { zh: '测试', en: 'test' },
};
const once = { per: 'matter', quote: '一次性', reading: READING } as const;
const policy = syntheticPolicy({
  rules: [
    fixedRule('approved', 'standard_innovation_base', 300_000, {
      match: { kind: 'standard_innovation_base', stage: 'approved' },
      once: { ...once, sameAs: ['accepted'] },
    }),
    fixedRule('accepted', 'standard_innovation_base', 500_000, {
      match: { kind: 'standard_innovation_base', stage: 'accepted' },
      once: { ...once, sameAs: ['approved'] },
    }),
    fixedRule('unit', 'brand_value_evaluation', 100_000, { once: { per: 'recipient', quote: '一次性' } }),
    fixedRule('plain', 'key_project', 70_000),
  ],
});
const { evaluate } = evaluatorFor(policy);
const paidBefore = (ruleId: string, projectId?: string) => ({
  policyId: 'test-city',
  ruleId,
  amountYuan: 300_000,
  obtainedOn: '2023-01-01',
  ...(projectId ? { projectId } : {}),
});
const base = (stage: 'approved' | 'accepted', obtainedOn: string, projectId?: string) => ({
  kind: 'standard_innovation_base',
  stage,
  obtainedOn,
  ...(projectId ? { projectId } : {}),
});

describe('once (一次性) against history', () => {
  it('a matter paid under the rule (same projectId) → already_paid, citing the words, with the reading', () => {
    const r = evaluate(base('approved', '2024-01-01', 'b1'), 'testcity', ON, {
      history: [paidBefore('approved', 'b1')],
    });
    expect(refused(r)).toEqual({ approved: 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: 'approved', quote: '一次性' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('a matter paid at another stage (sameAs rule) is the same matter → already_paid', () => {
    const r = evaluate(base('accepted', '2024-01-01', 'b1'), 'testcity', ON, {
      history: [paidBefore('approved', 'b1')],
    });
    expect(refused(r)).toEqual({ accepted: 'already_paid' });
  });
  it('another matter (other projectId) is paid, and the reading that decided it is flagged', () => {
    const r = evaluate(base('approved', '2024-01-01', 'b2'), 'testcity', ON, {
      history: [paidBefore('approved', 'b1')],
    });
    expect(paid(r)).toEqual({ approved: 300_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('history under the rules but no projectId on either side → undetermined, missing projectId', () => {
    const a = evaluate(base('approved', '2024-01-01'), 'testcity', ON, { history: [paidBefore('approved', 'b1')] });
    expect(a.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['approved', ['projectId']]]);
    const b = evaluate(base('approved', '2024-01-01', 'b1'), 'testcity', ON, { history: [paidBefore('approved')] });
    expect(b.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['approved', ['projectId']]]);
  });
  it('no payment under these rules in history → paid, and the reading is not flagged (it decides nothing)', () => {
    const r = evaluate(base('approved', '2024-01-01'), 'testcity', ON, { history: [paidBefore('plain')] });
    expect(paid(r)).toEqual({ approved: 300_000 });
    expect(r.awards[0]?.readings).toEqual([]);
  });
  it('history under another policy id does not count', () => {
    const r = evaluate(base('approved', '2024-01-01', 'b1'), 'testcity', ON, {
      history: [{ ...paidBefore('approved', 'b1'), policyId: 'elsewhere' }],
    });
    expect(paid(r)).toEqual({ approved: 300_000 });
  });
  it("per: 'recipient' → any earlier payment under the rule stops it, whatever the matter", () => {
    const r = evaluate({ kind: 'brand_value_evaluation', obtainedOn: '2024-01-01', projectId: 'x' }, 'testcity', ON, {
      history: [paidBefore('unit', 'y')],
    });
    expect(refused(r)).toEqual({ unit: 'already_paid' });
  });
});

describe('once (一次性) within one portfolio', () => {
  it('approval and acceptance of one matter → only the earlier is paid', () => {
    const r = evaluate([base('accepted', '2024-06-01', 'b1'), base('approved', '2024-01-01', 'b1')], 'testcity', ON);
    expect(paid(r)).toEqual({ approved: 300_000 });
    expect(refused(r)).toEqual({ accepted: 'already_paid' });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('two matters (different projectId, or none) → both paid', () => {
    const r = evaluate([base('approved', '2024-06-01', 'b1'), base('accepted', '2024-01-01', 'b2')], 'testcity', ON);
    expect(totalYuan(r)).toBe(800_000);
    const none = evaluate([base('approved', '2024-06-01'), base('approved', '2024-01-01')], 'testcity', ON);
    expect(totalYuan(none)).toBe(600_000);
  });
  it('same day, same matter → the larger amount is paid, in either input order', () => {
    const a = base('approved', '2024-06-01', 'b1');
    const b = base('accepted', '2024-06-01', 'b1');
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const r = evaluate(order, 'testcity', ON);
      expect(paid(r)).toEqual({ accepted: 500_000 });
      expect(refused(r)).toEqual({ approved: 'already_paid' });
    }
  });
  it('property: the total never depends on the order of the portfolio', () => {
    const item = fc.record({
      stage: fc.constantFrom('approved' as const, 'accepted' as const),
      day: fc.integer({ min: 1, max: 3 }),
      project: fc.constantFrom('b1', 'b2', undefined),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (items) => {
        const list = items.map((i) => base(i.stage, `2024-01-0${i.day}`, i.project));
        const forward = evaluate(list, 'testcity', ON);
        const backward = evaluate([...list].reverse(), 'testcity', ON);
        expect(backward.total).toEqual(forward.total);
        expect(Object.entries(paid(backward)).sort()).toEqual(Object.entries(paid(forward)).sort());
      }),
      { numRuns: 60 },
    );
  });
});
