import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused, totalYuan } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** 累计不超过: the cap serves claims in the order obtained, whatever the order of the portfolio. */
describe('第5条 同一企业最高奖励不超过50万元 (独家品种, cumulative cap served in date order)', () => {
  const listing = (id: string, obtainedOn: string, count: number) =>
    // Each product is its own matter (一次性 is paid once per matter, told apart by projectId).
    ({ id, kind: 'essential_drug_listing', obtainedOn, count, projectId: `product-${id}` }) as const;

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
        {
          policyId: 'zhengzhou-2019',
          ruleId: 'art5.exclusive-variety',
          amountYuan: 500_000,
          obtainedOn: '2023-01-01',
          projectId: 'product-A',
        },
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

describe('cumulative_cap: what a cut says, and which claims carry the cap’s reading', () => {
  const reading = {
    id: 'cap-reading',
    question: { zh: '问', en: 'q' },
    literal: '累计不超过',
    chosen: { zh: '选', en: 'c' },
    basis: { zh: '据', en: 'b' },
  };
  const policy = syntheticPolicy({
    rules: [fixedRule('m', 'key_project', 300_000), fixedRule('free', 'laboratory_accreditation', 1)],
    stacking: [
      {
        type: 'cumulative_cap',
        id: 'cap',
        clause: 'C',
        quote: 'Q',
        rules: ['m'],
        capYuan: 500_000,
        period: { type: 'ever' },
        reading,
      },
    ],
  });
  const { evaluate: run } = evaluatorFor(policy);
  const at = (obtainedOn: string) => ({ kind: 'key_project', obtainedOn });

  it('a cut under a cap with no period names the cap and what was already counted', () => {
    const r = run([at('2021-03-01'), at('2022-03-01')], 'testcity', '2025-01-01');
    expect(r.awards[1]?.adjustments[0]).toMatchObject({
      code: 'cap_reached',
      clause: 'C',
      quote: 'Q',
      before: { fen: 30_000_000 },
      after: { fen: 20_000_000 },
    });
    expect(r.awards[1]?.adjustments[0]?.message.zh).toContain('累计上限 50万元，此前已计 30万元');
    expect(r.awards[1]?.adjustments[0]?.message.en).toContain('cap 500000.00 yuan; 300000.00 yuan already counted');
  });

  it('every member claim carries the cap’s reading, cut or not; other rules do not', () => {
    const r = run(
      [at('2021-03-01'), { kind: 'laboratory_accreditation', obtainedOn: '2021-03-01' }],
      'testcity',
      '2025-01-01',
    );
    expect(r.awards.find((a) => a.ruleId === 'm')?.readings.map((x) => x.id)).toEqual(['cap-reading']);
    expect(r.awards.find((a) => a.ruleId === 'free')?.readings).toEqual([]);
  });

  it('claims that exactly fill the cap are paid in full, with no adjustment', () => {
    const exact = syntheticPolicy({
      rules: [fixedRule('m', 'key_project', 250_000)],
      stacking: [
        {
          type: 'cumulative_cap',
          id: 'cap',
          clause: 'C',
          quote: 'Q',
          rules: ['m'],
          capYuan: 500_000,
          period: { type: 'ever' },
        },
      ],
    });
    const r = evaluatorFor(exact).evaluate([at('2021-03-01'), at('2022-03-01')], 'testcity', '2025-01-01');
    expect(r.awards.map((a) => [a.amount.fen, a.adjustments.length])).toEqual([
      [25_000_000, 0],
      [25_000_000, 0],
    ]);
  });
});

describe('cumulative_cap: the first period starts at the earliest claim, current or in history', () => {
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
  const history = (obtainedOn: string) => [{ policyId: 'test-city', ruleId: 'm', amountYuan: 300_000, obtainedOn }];

  it('a current claim three years before the history entry opens the first period: paid in full', () => {
    const r = run({ kind: 'key_project', obtainedOn: '2021-01-01' }, 'testcity', '2025-06-01', {
      history: history('2024-06-01'),
    });
    expect(totalYuan(r)).toBe(300_000);
  });

  it('a history entry in the same period as the claim counts against it', () => {
    const r = run({ kind: 'key_project', obtainedOn: '2023-01-01' }, 'testcity', '2025-06-01', {
      history: history('2022-06-01'),
    });
    expect(totalYuan(r)).toBe(200_000);
  });

  it('history under another policy id or another rule does not count', () => {
    const other = [
      { policyId: 'elsewhere', ruleId: 'm', amountYuan: 500_000, obtainedOn: '2022-06-01' },
      { policyId: 'test-city', ruleId: 'x', amountYuan: 500_000, obtainedOn: '2022-06-01' },
    ];
    expect(() =>
      run({ kind: 'key_project', obtainedOn: '2023-01-01' }, 'testcity', '2025-06-01', { history: other }),
    ).toThrow(/unknown_rule|no rule with this id/);
    const r = run({ kind: 'key_project', obtainedOn: '2023-01-01' }, 'testcity', '2025-06-01', {
      history: other.slice(0, 1),
    });
    expect(totalYuan(r)).toBe(300_000);
  });
});

describe('累计不超过 is a cap, not 就高: history under one member is not deducted from another member’s claim', () => {
  const { evaluate: capped } = evaluatorFor(
    syntheticPolicy({
      rules: [fixedRule('a', 'laboratory_accreditation', 300_000), fixedRule('b', 'key_project', 500_000)],
      stacking: [
        {
          type: 'cumulative_cap',
          id: 'cap',
          clause: 'C',
          quote: 'C',
          rules: ['a', 'b'],
          capYuan: 1_000_000,
          period: { type: 'ever' },
        },
      ],
    }),
  );
  it('30万 paid under a for the project, 50万 now under b, cap 100万 → b paid 50万 in full', () => {
    const history = [
      { policyId: 'test-city', ruleId: 'a', amountYuan: 300_000, obtainedOn: '2023-01-01', projectId: 'p' },
    ];
    const r = capped({ kind: 'key_project', obtainedOn: '2024-01-01', projectId: 'p' }, 'testcity', '2025-06-01', {
      history,
    });
    expect(paid(r)).toEqual({ b: 500_000 });
  });
});
