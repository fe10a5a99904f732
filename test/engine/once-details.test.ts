import { describe, expect, it } from 'vitest';
import type { Reading } from '../../src/schema/policy.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * 一次性 in detail: what a line says when history or another achievement of the portfolio decided it (the
 * words of the detail, the clause and quote cited, the reading flagged or not), and how a condition's missing
 * facts and the matter's missing projectId add up.
 */

const ON = '2025-06-01';
const READING: Reading = {
  id: 'test.once',
  question: { zh: '一次性？', en: 'once?' },
  literal: '一次性',
  chosen: { zh: '每事项一次', en: 'once per matter' },
  alternative: { zh: '每单位一次', en: 'once per unit' },
  basis: { zh: '测试', en: 'test' },
};
const OWN: Reading = { ...READING, id: 'test.own' };
const alike = { per: 'matter', quote: '一次性', reading: READING } as const;
const filed = { type: 'fact_is', fact: 'filedWithAuthority', value: true, failure: 'prerequisite_not_met' } as const;
const policy = syntheticPolicy({
  rules: [
    fixedRule('approved', 'standard_innovation_base', 300_000, {
      quote: '获批建设',
      match: { kind: 'standard_innovation_base', stage: 'approved' },
      once: { per: 'matter', quote: '一次性', reading: READING, sameAs: ['accepted'] },
    }),
    fixedRule('accepted', 'standard_innovation_base', 500_000, {
      quote: '通过验收',
      match: { kind: 'standard_innovation_base', stage: 'accepted' },
      once: { per: 'matter', quote: '一次性', reading: READING, sameAs: ['approved'] },
    }),
    fixedRule('unit', 'brand_value_evaluation', 100_000, { once: { per: 'recipient', quote: '每单位一次' } }),
    fixedRule('unit-read', 'excellence_performance', 20_000, {
      once: { per: 'recipient', quote: '每单位一次', reading: READING },
    }),
    // Rule ids whose groups would read alike run together ('a'+'bc' and 'ab'+'c'): two rewards all the same.
    fixedRule('a', 'open_shared_laboratory', 1, { once: { ...alike, sameAs: ['bc'] } }),
    fixedRule('bc', 'inspection_center', 2, { once: { ...alike, sameAs: ['a'] } }),
    fixedRule('ab', 'key_testing_laboratory', 3, { once: { ...alike, sameAs: ['c'] } }),
    fixedRule('c', 'inspection_demonstration_zone', 4, { once: { ...alike, sameAs: ['ab'] } }),
    fixedRule('own', 'management_software', 30_000, {
      readings: [OWN],
      once: { per: 'matter', quote: '一次性', reading: READING },
    }),
    fixedRule('listed', 'patent_award', 10_000, {
      readings: [READING],
      once: { per: 'matter', quote: '一次性', reading: READING },
    }),
    fixedRule('filed', 'standard_drafting', 50_000, {
      conditions: [filed],
      once: { per: 'matter', quote: '一次性', reading: READING },
    }),
  ],
});
const { evaluate } = evaluatorFor(policy);
const base = (stage: 'approved' | 'accepted', obtainedOn: string, projectId?: string) => ({
  kind: 'standard_innovation_base',
  stage,
  obtainedOn,
  ...(projectId ? { projectId } : {}),
});
const history = (ruleId: string, extra: { projectId?: string; obtainedOn?: string } = {}) => ({
  policyId: 'test-city',
  ruleId,
  amountYuan: 300_000,
  ...extra,
});
const drafting = (extra: Record<string, unknown> = {}) => ({
  kind: 'standard_drafting',
  obtainedOn: '2024-01-01',
  ...extra,
});

describe('一次性 against history: the detail of already_paid', () => {
  it('paid before for the same matter, obtained 2023-01-01 → the detail names the rule, the matter and the day', () => {
    const r = evaluate(base('approved', '2024-01-01', 'b1'), 'testcity', ON, {
      history: [history('approved', { projectId: 'b1', obtainedOn: '2023-01-01' })],
    });
    expect(r.notPaid[0]?.message).toEqual({
      zh: '同一事项此前已获支付，本条不再重复支付：已按 approved 获得一次性奖励（事项 b1），成果取得日 2023-01-01。',
      en: 'The same matter has already been paid, and this clause does not pay it again: already paid once under approved (matter b1), achievement obtained 2023-01-01.',
    });
  });
  it('per recipient, paid before without a matter or a day → the detail names the rule only', () => {
    const r = evaluate({ kind: 'brand_value_evaluation', obtainedOn: '2024-01-01' }, 'testcity', ON, {
      history: [history('unit')],
    });
    expect(r.notPaid[0]?.message).toEqual({
      zh: '同一事项此前已获支付，本条不再重复支付：已按 unit 获得一次性奖励。',
      en: 'The same matter has already been paid, and this clause does not pay it again: already paid once under unit.',
    });
  });
  it('a rule whose 一次性 records no reading, decided by history → the line flags no reading', () => {
    const r = evaluate({ kind: 'brand_value_evaluation', obtainedOn: '2024-01-01' }, 'testcity', ON, {
      history: [history('unit')],
    });
    expect(refused(r)).toEqual({ unit: 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: 'unit', quote: '每单位一次' });
    expect(r.notPaid[0]?.readings).toEqual([]);
  });
});

describe('一次性 against history: a reading the rule lists already', () => {
  it('another matter paid before under a rule that lists the reading of 一次性 itself → the line lists it once', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01', projectId: 'p2' }, 'testcity', ON, {
      history: [history('listed', { projectId: 'p1' })],
    });
    expect(paid(r)).toEqual({ listed: 10_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('a rule with a reading of its own, another matter paid before → its own reading, then that of 一次性', () => {
    const r = evaluate({ kind: 'management_software', obtainedOn: '2024-01-01', projectId: 'p2' }, 'testcity', ON, {
      history: [history('own', { projectId: 'p1' })],
    });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['test.own', 'test.once']);
  });
  it('the same matter paid before under it → not paid, the reading listed once', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01', projectId: 'p1' }, 'testcity', ON, {
      history: [history('listed', { projectId: 'p1' })],
    });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
});

describe('一次性 against history: telling the matter', () => {
  it('neither the achievement nor the payment names a matter → undetermined on projectId, not already paid', () => {
    const r = evaluate(drafting({ filedWithAuthority: true }), 'testcity', ON, { history: [history('filed')] });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['filed', ['projectId']]]);
  });
  it('payments for matter p1 and for an unnamed matter, achievement p2 → undetermined on projectId (the unnamed one may be p2)', () => {
    const r = evaluate(drafting({ filedWithAuthority: true, projectId: 'p2' }), 'testcity', ON, {
      history: [history('filed', { projectId: 'p1' }), history('filed')],
    });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['filed', ['projectId']]]);
  });
  it('per recipient, decided by history, with a reading → the line flags the reading', () => {
    const r = evaluate({ kind: 'excellence_performance', obtainedOn: '2024-01-01' }, 'testcity', ON, {
      history: [history('unit-read')],
    });
    expect(refused(r)).toEqual({ 'unit-read': 'already_paid' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
});

describe('一次性 against history, with a condition that lacks its fact', () => {
  it('paid before under the rule, no projectId and filedWithAuthority not given → undetermined on both facts', () => {
    const r = evaluate(drafting(), 'testcity', ON, { history: [history('filed', { projectId: 'p1' })] });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['filed', ['filedWithAuthority', 'projectId']],
    ]);
    expect(r.undetermined[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('paid before for another matter, filedWithAuthority not given → undetermined on that fact, flagging the reading', () => {
    const r = evaluate(drafting({ projectId: 'p2' }), 'testcity', ON, {
      history: [history('filed', { projectId: 'p1' })],
    });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['filed', ['filedWithAuthority']]]);
    expect(r.undetermined[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('paid before for another matter, filed with the authority → paid, flagging the reading', () => {
    const r = evaluate(drafting({ projectId: 'p2', filedWithAuthority: true }), 'testcity', ON, {
      history: [history('filed', { projectId: 'p1' })],
    });
    expect(paid(r)).toEqual({ filed: 50_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['test.once']);
  });
  it('nothing paid before, filedWithAuthority not given → undetermined on that fact alone, no reading', () => {
    const r = evaluate(drafting({ projectId: 'p2' }), 'testcity', ON);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['filed', ['filedWithAuthority']]]);
    expect(r.undetermined[0]?.readings).toEqual([]);
  });
});

describe('一次性 within one portfolio: the line of the claim not paid', () => {
  it('approval (2024-01-01, #2) and acceptance (2024-06-01, #1) of matter b1 → acceptance refused, citing 一次性 and #2', () => {
    const r = evaluate([base('accepted', '2024-06-01', 'b1'), base('approved', '2024-01-01', 'b1')], 'testcity', ON);
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: 'accepted', quote: '一次性' });
    expect(r.notPaid[0]?.message).toEqual({
      zh: '同一事项此前已获支付，本条不再重复支付：同一事项已按第 2 项（approved，2024-01-01）计付。',
      en: 'The same matter has already been paid, and this clause does not pay it again: the same matter is paid under achievement #2 (approved, 2024-01-01).',
    });
  });
  it('two approvals without projectId → two matters, both paid', () => {
    const r = evaluate([base('approved', '2024-06-01'), base('approved', '2024-01-01')], 'testcity', ON);
    expect(r.awards.map((a) => a.achievementIndex)).toEqual([0, 1]);
    expect(r.notPaid).toEqual([]);
  });
  it('per recipient: two evaluations of the unit in one portfolio → only the earlier paid', () => {
    const r = evaluate(
      [
        { kind: 'brand_value_evaluation', obtainedOn: '2024-06-01', projectId: 'x' },
        { kind: 'brand_value_evaluation', obtainedOn: '2024-01-01', projectId: 'y' },
      ],
      'testcity',
      ON,
    );
    expect(r.awards.map((a) => a.achievementIndex)).toEqual([1]);
    expect(refused(r)).toEqual({ unit: 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: 'unit', quote: '每单位一次' });
  });
  it('two rules paying once, not named the same, one matter → both paid', () => {
    const r = evaluate(
      [base('approved', '2024-01-01', 'p1'), drafting({ filedWithAuthority: true, projectId: 'p1' })],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ approved: 300_000, filed: 50_000 });
  });
  it('rule groups whose ids would read alike joined without a separator (a+bc, ab+c) → different rewards, both paid', () => {
    const r = evaluate(
      [
        { kind: 'open_shared_laboratory', obtainedOn: '2024-01-01', projectId: 'p' },
        { kind: 'key_testing_laboratory', obtainedOn: '2024-01-01', projectId: 'p' },
      ],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ a: 1, ab: 3 });
    expect(r.awards.map((a) => a.readings)).toEqual([[], []]);
  });
  it('one approval beside a unit evaluation → neither meets another under its rules, so no reading is flagged', () => {
    const r = evaluate(
      [base('approved', '2024-01-01', 'b1'), { kind: 'brand_value_evaluation', obtainedOn: '2024-01-01' }],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ approved: 300_000, unit: 100_000 });
    expect(r.awards.map((a) => a.readings)).toEqual([[], []]);
  });
  it('two matters under the same rules → both paid, and the reading that told them apart is flagged on both', () => {
    const r = evaluate([base('approved', '2024-01-01', 'b1'), base('accepted', '2024-01-01', 'b2')], 'testcity', ON);
    expect(r.awards.map((a) => a.readings.map((x) => x.id))).toEqual([['test.once'], ['test.once']]);
  });
});
