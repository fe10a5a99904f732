import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const reading = {
  id: 'pool-reading',
  question: { zh: '问', en: 'q' },
  literal: '就高',
  chosen: { zh: '选', en: 'c' },
  basis: { zh: '据', en: 'b' },
};
const policy = syntheticPolicy({
  rules: [
    fixedRule('big', 'laboratory_accreditation', 500_000),
    fixedRule('small', 'key_project', 100_000),
    fixedRule('each', 'standardization_pilot', 0, {
      amount: { type: 'per_item', yuanEach: 200_000, unit: { zh: '每项', en: 'each' } },
    }),
  ],
  stacking: [
    {
      type: 'highest_only',
      id: 'pool',
      clause: 'S',
      quote: 'Q',
      rules: ['big', 'small', 'each'],
      scope: 'ever',
      additiveRules: ['each'],
      reading,
    },
  ],
});
const { evaluate } = evaluatorFor(policy);
const ON = '2025-06-01';
const big = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' };
const small = { kind: 'key_project', obtainedOn: '2024-01-01' };
const pilot = (count: number, obtainedOn = '2024-01-01') => ({ kind: 'standardization_pilot', obtainedOn, count });

describe('就高: what a stop and a top-up say', () => {
  it('the stopped claim names the winner’s clause and amount', () => {
    const r = evaluate([small, big], 'testcity', ON);
    const stopped = r.notPaid.find((n) => n.citation?.ruleId === 'small');
    expect(stopped?.code).toBe('stacking_highest_only');
    expect(stopped?.message.zh).toContain('同一范围内最高的一项是 big（50万元）');
    expect(stopped?.message.en).toContain('the highest claim in the same scope is under big (500000.00 yuan)');
    expect(stopped?.stoppedBy).toEqual({ clause: 'S', quote: 'Q' });
  });

  it('a top-up over history says what was already paid', () => {
    const history = [{ policyId: 'test-city', ruleId: 'small', amountYuan: 100_000, obtainedOn: '2023-01-01' }];
    const r = evaluate(big, 'testcity', ON, { history });
    expect(r.awards[0]?.amount.fen).toBe(40_000_000);
    expect(r.awards[0]?.adjustments[0]?.message.zh).toContain('同一范围内已支付 10万元，本项只付高出部分');
    expect(r.awards[0]?.adjustments[0]?.message.en).toContain('100000.00 yuan already paid in the same scope');
  });

  it('history at or above the winner’s value: nothing more is paid', () => {
    const history = [{ policyId: 'test-city', ruleId: 'big', amountYuan: 500_000, obtainedOn: '2023-01-01' }];
    expect(evaluate(big, 'testcity', ON, { history }).total.fen).toBe(0);
  });

  it('the winner carries the pool’s reading when it beat another claim; a lone claim does not', () => {
    expect(evaluate([small, big], 'testcity', ON).awards[0]?.readings.map((x) => x.id)).toContain('pool-reading');
    expect(evaluate(big, 'testcity', ON).awards[0]?.readings.map((x) => x.id) ?? []).not.toContain('pool-reading');
  });

  it('a winner with nothing paid before in its scope is paid in full, with no adjustment', () => {
    expect(evaluate([small, big], 'testcity', ON).awards[0]?.adjustments).toEqual([]);
  });
});

describe('就高 with an additive rule: its claims add up and compete as one', () => {
  it('three items of 20万 (60万) beat a 50万 claim; the items are paid in full', () => {
    const r = evaluate([big, pilot(3)], 'testcity', ON);
    expect(r.awards.map((a) => [a.ruleId, a.amount.fen / 100])).toEqual([['each', 600_000]]);
  });

  it('two achievements of the additive rule (20万 + 20万 = 40万) lose to 50万 together', () => {
    const r = evaluate([pilot(1), big, pilot(1, '2024-02-01')], 'testcity', ON);
    expect(r.awards.map((a) => a.ruleId)).toEqual(['big']);
    expect(r.notPaid.filter((n) => n.code === 'stacking_highest_only')).toHaveLength(2);
  });

  it('history under the additive rule adds to its value, and is deducted from what is paid now', () => {
    const history = [{ policyId: 'test-city', ruleId: 'each', amountYuan: 400_000, obtainedOn: '2023-01-01' }];
    // bundle: 20万 now + 40万 history = 60万 > 50万; pays 60万 − 40万 = 20万
    const r = evaluate([big, pilot(1)], 'testcity', ON, { history });
    expect(r.awards.map((a) => [a.ruleId, a.amount.fen / 100])).toEqual([['each', 200_000]]);
  });

  it('the deduction is taken from the winner’s claims in turn', () => {
    const history = [{ policyId: 'test-city', ruleId: 'small', amountYuan: 300_000, obtainedOn: '2023-01-01' }];
    // bundle: 20万 + 20万 + 20万 = 60万; 30万 already paid → 30万 more: 0 + 10万 + 20万
    const r = evaluate([pilot(1), pilot(1, '2024-02-01'), pilot(1, '2024-03-01')], 'testcity', ON, { history });
    expect(r.total.fen).toBe(30_000_000);
    expect(r.awards.map((a) => a.amount.fen / 100)).toEqual([100_000, 200_000]);
  });
});

describe('就高 ties: equal amounts, the earlier obtained wins', () => {
  const tie = syntheticPolicy({
    rules: [fixedRule('a', 'laboratory_accreditation', 100_000), fixedRule('b', 'key_project', 100_000)],
    stacking: [{ type: 'highest_only', id: 'pool', clause: 'S', quote: 'Q', rules: ['a', 'b'], scope: 'ever' }],
  });
  it('b obtained first wins over a, whatever the order given', () => {
    const r = evaluatorFor(tie).evaluate(
      [
        { kind: 'laboratory_accreditation', obtainedOn: '2024-02-01' },
        { kind: 'key_project', obtainedOn: '2024-01-01' },
      ],
      'testcity',
      ON,
    );
    expect(r.awards.map((a) => a.ruleId)).toEqual(['b']);
  });
});

describe('就高 with an additive rule: the deduction follows claim order, not input order', () => {
  it('items given latest first: history is still deducted from the earliest obtained first', () => {
    const history = [{ policyId: 'test-city', ruleId: 'small', amountYuan: 300_000, obtainedOn: '2023-01-01' }];
    // bundle: 20万 ×3 = 60万; 30万 already paid → the 01-01 item pays 0, the 02-01 item 10万, the 03-01 item 20万
    const r = evaluate([pilot(1, '2024-03-01'), pilot(1, '2024-02-01'), pilot(1)], 'testcity', ON, { history });
    expect(r.awards.map((a) => [a.achievementIndex, a.amount.fen / 100])).toEqual([
      [0, 200_000],
      [1, 100_000],
    ]);
  });
});

describe('就高 and a payment in history without its date', () => {
  const undatedSmall = [{ policyId: 'test-city', ruleId: 'small', amountYuan: 100_000 }];
  it('same-year pool: the member claims wait for the date, naming the clause; a claim outside the pool is paid', () => {
    const yearly = syntheticPolicy({
      rules: [
        fixedRule('big', 'laboratory_accreditation', 500_000),
        fixedRule('small', 'key_project', 100_000),
        fixedRule('free', 'standardization_pilot', 70_000),
      ],
      stacking: [
        { type: 'highest_only', id: 'pool', clause: 'S', quote: 'Q', rules: ['big', 'small'], scope: 'same_year' },
      ],
    });
    const r = evaluatorFor(yearly).evaluate(
      [big, { kind: 'standardization_pilot', obtainedOn: '2024-01-01' }],
      'testcity',
      ON,
      {
        history: undatedSmall,
      },
    );
    expect(r.awards.map((a) => a.ruleId)).toEqual(['free']);
    const waiting = r.undetermined.find((u) => u.ruleId === 'big');
    expect(waiting?.missingFacts).toEqual(['history.obtainedOn']);
    expect(waiting?.message.zh).toContain('S 须知 history 中已付奖励的成果取得日（obtainedOn）');
    expect(waiting?.message.en).toContain('S needs the obtainedOn of the payment in history');
  });
  it('a pool over all time does not need the date: the payment is deducted', () => {
    const r = evaluate(big, 'testcity', ON, { history: undatedSmall });
    expect(r.awards.map((a) => [a.ruleId, a.amount.fen / 100])).toEqual([['big', 400_000]]);
  });
});
