import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused, totalYuan } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** 累计不超过: the cap serves claims in the order obtained, whatever the order of the portfolio. */
describe('第5条 同一企业最高奖励不超过50万元 (独家品种, cumulative cap served in date order)', () => {
  const listing = (id: string, obtainedOn: string, count: number) =>
    ({ id, kind: 'essential_drug_listing', obtainedOn, count }) as const;

  it('[B 2024-03-01 ×4, A 2024-01-01 ×3] → A 30万元 in full, B cut to 20万元', () => {
    const r = evaluate([listing('B', '2024-03-01', 4), listing('A', '2024-01-01', 3)], '410100', '2024-06-01');
    const byId = Object.fromEntries(r.awards.map((a) => [a.achievementId, a.amount.fen / 100]));
    expect(byId).toEqual({ A: 300_000, B: 200_000 });
    expect(r.awards.find((a) => a.achievementId === 'B')?.adjustments[0]?.code).toBe('cap_reached');
  });

  it('the same portfolio in date order pays the same', () => {
    const r = evaluate([listing('A', '2024-01-01', 3), listing('B', '2024-03-01', 4)], '410100', '2024-06-01');
    expect(totalYuan(r)).toBe(500_000);
    expect(r.awards.find((a) => a.achievementId === 'A')?.amount.fen).toBe(30_000_000);
  });

  it('history already at the cap, no current member claim → nothing cut, other rewards untouched', () => {
    const r = evaluate({ kind: 'service_brand', level: 'national', obtainedOn: '2024-01-01' }, '410100', '2024-06-01', {
      history: [
        { policyId: 'zhengzhou-2019', ruleId: 'art5.exclusive-variety', amountYuan: 500_000, obtainedOn: '2023-01-01' },
      ],
    });
    expect(paid(r)).toEqual({ 'art6.national': 1_000_000 });
  });

  it('history already at the cap → a new listing is stopped with cap_reached', () => {
    const r = evaluate(listing('C', '2024-01-01', 1), '410100', '2024-06-01', {
      history: [
        { policyId: 'zhengzhou-2019', ruleId: 'art5.exclusive-variety', amountYuan: 500_000, obtainedOn: '2023-01-01' },
      ],
    });
    expect(refused(r)).toEqual({ 'art5.exclusive-variety': 'cap_reached' });
  });
});

describe('cumulative_cap over periods of N years from the first claim', () => {
  const policy = syntheticPolicy({
    rules: [fixedRule('m', 'key_project', 300_000)],
    stacking: [
      {
        type: 'cumulative_cap',
        id: 'cap',
        clause: 'C',
        quote: 'C',
        rules: ['m'],
        capYuan: 500_000,
        period: { type: 'years_from_first', years: 3 },
      },
    ],
  });
  const { evaluate: run } = evaluatorFor(policy);
  const at = (obtainedOn: string) => ({ kind: 'key_project', obtainedOn });

  it('the day before the third anniversary is in the first period; the anniversary starts the next', () => {
    const inFirst = run([at('2021-03-01'), at('2024-02-29')], 'testcity', '2025-01-01');
    expect(totalYuan(inFirst)).toBe(500_000);
    const inSecond = run([at('2021-03-01'), at('2024-03-01')], 'testcity', '2025-01-01');
    expect(totalYuan(inSecond)).toBe(600_000);
  });

  it('the third period starts at the sixth anniversary of the first claim', () => {
    const r = run([at('2021-03-01'), at('2024-03-01'), at('2027-02-28'), at('2027-03-01')], 'testcity', '2028-01-01');
    // periods: [2021-03-01 …], [2024-03-01 …] holds 2024-03-01 and 2027-02-28, [2027-03-01 …]
    expect(r.awards.map((a) => a.amount.fen / 100)).toEqual([300_000, 300_000, 200_000, 300_000]);
  });

  it('a cut names the period in its message', () => {
    const r = run([at('2021-03-01'), at('2022-03-01')], 'testcity', '2025-01-01');
    expect(r.awards[1]?.adjustments[0]?.message.zh).toContain('期间自 2021-03-01 起');
    expect(r.awards[1]?.adjustments[0]?.message.en).toContain('period from 2021-03-01');
  });
});
