import { describe, expect, it } from 'vitest';
import { compare, comparisonSchema, evaluate, listJurisdictions, QualityRewardsError } from '../src/index.js';

/** 中国质量奖, won by an enterprise registered where it claims. */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' } as const;

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof QualityRewardsError) return error.issues.map((i) => [i.code, i.path.join('.')]);
    throw error;
  }
  throw new Error('expected a QualityRewardsError');
}

describe('compare: one achievement against several jurisdictions on one date', () => {
  it('长乐区 三(二)1 and 郑州市 第3条: 中国质量奖 → 200万元 and 500万元, in the order asked', () => {
    const [zhengzhou, changle] = compare(cqa, ['zhengzhou', '长乐区'], '2024-06-01');
    expect([zhengzhou?.jurisdiction.code, zhengzhou?.total.text, zhengzhou?.awards[0]?.clause]).toEqual([
      '410100',
      '500万元',
      '第3条',
    ]);
    expect([changle?.jurisdiction.code, changle?.total.text, changle?.awards[0]?.clause]).toEqual([
      '350112',
      '200万元',
      '三(二)1',
    ]);
  });

  it("'all' gives one result per jurisdiction, each equal to evaluate's", () => {
    const all = compare(cqa, 'all', '2024-06-01');
    expect(all.map((r) => r.jurisdiction.code)).toEqual(listJurisdictions().map((j) => j.code));
    for (const r of all) expect(r).toEqual(evaluate(cqa, r.jurisdiction.code, '2024-06-01'));
    expect(comparisonSchema.safeParse(all).success).toBe(true);
  });

  it('深圳 (十四) 施行日空白: assumeStartDate reaches the Shenzhen draft only, not the texts that state their start', () => {
    const [changle, shenzhen] = compare([cqa], ['changle', 'shenzhen'], '2024-06-01', {
      assumeStartDate: '2024-01-01',
    });
    expect(changle?.policy.startAssumed).toBe(false);
    expect(changle?.total.text).toBe('200万元');
    expect(shenzhen?.policy.startAssumed).toBe(true);
    expect(shenzhen?.inForce).toBe(true);
    // The same call to evaluate alone refuses the option for 长乐区, whose text states its start.
    expect(issuesOf(() => evaluate(cqa, 'changle', '2024-06-01', { assumeStartDate: '2024-01-01' }))).toEqual([
      ['start_date_not_blank', 'options.assumeStartDate'],
    ]);
  });

  it('深圳 (十四) without an assumed start: the comparison still answers, not in force', () => {
    const [shenzhen] = compare(cqa, ['shenzhen'], '2024-06-01');
    expect(shenzhen?.inForce).toBe(false);
    expect(shenzhen?.notPaid.map((n) => n.code)).toContain('policy_start_date_blank');
  });

  it('an unknown jurisdiction is named by its place in the list; the achievement issues are reported once', () => {
    expect(issuesOf(() => compare(cqa, ['changle', 'atlantis', 'mu'], '2024-06-01'))).toEqual([
      ['unknown_jurisdiction', 'jurisdictions.1'],
      ['unknown_jurisdiction', 'jurisdictions.2'],
    ]);
    expect(issuesOf(() => compare({ ...cqa, kind: 'nobel_prize' } as never, 'all', '2024-06-01'))).toEqual([
      ['unknown_achievement_kind', 'achievement.kind'],
    ]);
    expect(issuesOf(() => compare(cqa, [], '2024-06-01'))).toEqual([['invalid_type', 'jurisdictions']]);
    expect(issuesOf(() => compare(cqa, 'all', '2024-02-30'))).toEqual([['invalid_date', 'date']]);
  });
});

describe('compare: what one jurisdiction cannot take is left out for it, not an error for all', () => {
  it('a bad achievement with assumeStartDate: the achievement is the issue; 长乐区 stating its start is not one', () => {
    const bad = { ...cqa, level: 'galactic' } as never;
    expect(
      issuesOf(() => compare(bad, ['changle', 'shenzhen'], '2024-06-01', { assumeStartDate: '2024-01-01' })),
    ).toEqual([['invalid_value', 'achievement.level']]);
  });

  it('a reading each policy records: each jurisdiction gets its own (郑州 第3条 照印 50万元), and the other is left out', () => {
    const readings = { 'zhengzhou.art3.cqa': 'alternative', 'changle.provincial-municipal': 'alternative' } as const;
    const [zhengzhou, changle] = compare(cqa, ['zhengzhou', 'changle'], '2024-06-01', { readings });
    expect(zhengzhou).toEqual(
      evaluate(cqa, 'zhengzhou', '2024-06-01', { readings: { 'zhengzhou.art3.cqa': 'alternative' } }),
    );
    expect(zhengzhou?.total.text).toBe('50万元');
    expect(changle).toEqual(
      evaluate(cqa, 'changle', '2024-06-01', { readings: { 'changle.provincial-municipal': 'alternative' } }),
    );
  });

  it('a reading left out keeps the other options: 郑州 第3条 paid before (history) stays paid, 一次性', () => {
    const history = [{ policyId: 'zhengzhou-2019', ruleId: 'art3.cqa.award', amountYuan: 5_000_000 }];
    const options = { history, readings: { 'changle.provincial-municipal': 'alternative' } } as const;
    const [zhengzhou] = compare(cqa, ['zhengzhou', 'changle'], '2024-06-01', options);
    expect(zhengzhou).toEqual(evaluate(cqa, 'zhengzhou', '2024-06-01', { history }));
    expect(zhengzhou?.total.fen).toBe(0);
  });

  it('a reading one policy records but cannot compute stays an issue; the reading another records does not', () => {
    const readings = { 'zhengzhou.art3.cqa': 'alternative', 'changle.one-off': 'alternative' } as const;
    expect(issuesOf(() => compare(cqa, ['zhengzhou', 'changle'], '2024-06-01', { readings }))).toEqual([
      ['reading_not_computable', 'options.readings.changle.one-off'],
    ]);
  });

  it("neither 'all' nor a non-empty list: invalid_type, saying what was expected in both languages", () => {
    try {
      compare(cqa, [], '2024-06-01');
      expect.unreachable();
    } catch (error) {
      expect((error as QualityRewardsError).issues.map((i) => i.message)).toEqual([
        {
          zh: "jurisdictions：类型错误（应为 'all' 或非空的地区列表）",
          en: "jurisdictions: wrong type (expected 'all' or a non-empty list of jurisdictions)",
        },
      ]);
    }
  });
});
