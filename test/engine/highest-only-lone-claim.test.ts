import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * 就高 with a lone claim: nothing to settle (it is the highest, nothing is deducted, the pool's reading
 * decides nothing) unless history paid under the pool, or the claim adds up several items of an
 * additive rule. The engine tells this before it builds anything; these cases pin where it must not.
 */

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
    fixedRule('outside', 'key_project', 100_000),
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
      rules: ['big', 'each'],
      scope: 'ever',
      additiveRules: ['each'],
      reading,
    },
  ],
});
const { evaluate } = evaluatorFor(policy);
const ON = '2025-06-01';
const big = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' };
const pilot = (count: number) => ({ kind: 'standardization_pilot', obtainedOn: '2024-01-01', count });
const readingsOf = (r: ReturnType<typeof evaluate>) => r.awards.flatMap((a) => a.readings.map((x) => x.id));

describe('就高, one claim in the pool', () => {
  it('one 50万 claim, no history → paid in full, no adjustment, the pool reading not relied on', () => {
    const r = evaluate(big, 'testcity', ON);
    expect(r.awards.map((a) => [a.amount.fen, a.adjustments.length])).toEqual([[50_000_000, 0]]);
    expect(readingsOf(r)).toEqual([]);
  });
  it('one claim of the additive rule adding up 3 items → the pool reading decides it', () => {
    const r = evaluate(pilot(3), 'testcity', ON);
    expect(r.total.fen).toBe(60_000_000);
    expect(readingsOf(r)).toEqual(['pool-reading']);
  });
  it('one claim of the additive rule for 1 item → the pool reading decides nothing', () => {
    expect(readingsOf(evaluate(pilot(1), 'testcity', ON))).toEqual([]);
  });
  it('one 50万 claim, 10万 paid before under the pool → only the 40万 above it', () => {
    const history = [{ policyId: 'test-city', ruleId: 'each', amountYuan: 100_000, obtainedOn: '2023-01-01' }];
    expect(evaluate(big, 'testcity', ON, { history }).total.fen).toBe(40_000_000);
  });
  it('history outside the pool, or under another policy → nothing deducted', () => {
    const history = [
      { policyId: 'test-city', ruleId: 'outside', amountYuan: 100_000, obtainedOn: '2023-01-01' },
      { policyId: 'elsewhere', ruleId: 'each', amountYuan: 100_000, obtainedOn: '2023-01-01' },
    ];
    expect(evaluate(big, 'testcity', ON, { history }).total.fen).toBe(50_000_000);
  });
  it('two 50万 claims under one rule → the pool pays one of them', () => {
    const r = evaluate([big, { ...big, obtainedOn: '2024-02-01' }], 'testcity', ON);
    expect(r.awards).toHaveLength(1);
    expect(r.total.fen).toBe(50_000_000);
  });
});
