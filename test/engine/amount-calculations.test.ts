import { describe, expect, it } from 'vitest';
import { reckonAmount } from '../../src/engine/reckonAmount.js';
import { type AchievementInput, anyKindAchievementSchema } from '../../src/schema/achievement.js';

/*
 * Every amount primitive shows how it reckoned: the basis and the calculation in both languages are what
 * a caller reads beside the number, so each is checked word for word.
 */

const a = (input: Omit<AchievementInput, 'obtainedOn'> & { obtainedOn?: string }) =>
  anyKindAchievementSchema.parse({ obtainedOn: '2024-05-10', ...input });

describe('amount primitives: basis and calculation', () => {
  it('fixed 30万元 → one_off, 一次性 30万元', () => {
    expect(reckonAmount({ type: 'fixed', yuan: 300_000 }, a({ kind: 'x' }))).toStrictEqual({
      status: 'ok',
      fen: 30_000_000,
      basis: 'one_off',
      calculation: { zh: '一次性 30万元', en: 'one-off 300000.00 yuan' },
    });
  });
  it('per item 2万元 each, 3 items → per_item, 每项 2万元 × 3 = 6万元', () => {
    const perItem = { type: 'per_item', yuanEach: 20_000, unit: { zh: '每项', en: 'per item' } } as const;
    expect(reckonAmount(perItem, a({ kind: 'x', count: 3 }))).toStrictEqual({
      status: 'ok',
      fen: 6_000_000,
      basis: 'per_item',
      calculation: { zh: '每项 2万元 × 3 = 6万元', en: '20000.00 yuan per item × 3 = 60000.00 yuan' },
    });
  });
  it('10万元 a year for 3 consecutive years → per_year, 30万元, one instalment a year', () => {
    expect(reckonAmount({ type: 'per_year', yuanPerYear: 100_000, years: 3 }, a({ kind: 'x' }))).toStrictEqual({
      status: 'ok',
      fen: 30_000_000,
      basis: 'per_year',
      calculation: {
        zh: '10万元/年 × 连续3年 = 30万元',
        en: '100000.00 yuan a year × 3 consecutive years = 300000.00 yuan',
      },
      schedule: [
        { year: 1, fen: 10_000_000 },
        { year: 2, fen: 10_000_000 },
        { year: 3, fen: 10_000_000 },
      ],
    });
  });
  it('5% of annual sales revenue of 1234567.89元 → percentage, rounded half up to the 分', () => {
    const pct = { type: 'percentage', numerator: 5, denominator: 100, of: 'annualSalesRevenue' } as const;
    expect(reckonAmount(pct, a({ kind: 'x', annualSalesRevenue: '1234567.89' }))).toStrictEqual({
      status: 'ok',
      fen: 6_172_839,
      basis: 'percentage',
      calculation: {
        zh: '年销售收入 1234567.89元 × 5/100 = 61728.39元（四舍五入到分）',
        en: 'annual sales revenue 1234567.89 yuan × 5/100 = 61728.39 yuan (rounded half up to the fen)',
      },
    });
  });
  it('state funding matched 1:1, at most 20万元: 15万元 → 15万元; 50万元 → 20万元', () => {
    const match = { type: 'matching', numerator: 1, denominator: 1, of: 'stateFunding', maxYuan: 200_000 } as const;
    expect(reckonAmount(match, a({ kind: 'x', stateFunding: 150_000 }))).toStrictEqual({
      status: 'ok',
      fen: 15_000_000,
      basis: 'matching',
      calculation: {
        zh: '国家下拨项目经费 150000.00元 按 1:1 配套 = 150000.00元，不高于 20万元 → 150000.00元',
        en: 'state project funding 150000.00 yuan matched 1:1 = 150000.00 yuan, at most 200000.00 → 150000.00 yuan',
      },
    });
    expect(reckonAmount(match, a({ kind: 'x', stateFunding: 500_000 }))).toMatchObject({ fen: 20_000_000 });
    expect(reckonAmount(match, a({ kind: 'x' }))).toStrictEqual({ status: 'missing', facts: ['stateFunding'] });
  });
  it('an amount left to another procedure → not computable, with its reason and note', () => {
    const note = { zh: '按其他政策', en: 'under other rules' };
    expect(reckonAmount({ type: 'not_computable', reason: 'other_rules', note }, a({ kind: 'x' }))).toStrictEqual({
      status: 'not_computable',
      reason: 'other_rules',
      note,
    });
  });
});
