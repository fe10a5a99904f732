import { describe, expect, it } from 'vitest';
import { paid } from './support/lines.js';
import {
  IN_ZHENGZHOU,
  at,
  evaluate,
  run,
  warningFor,
} from './zhengzhou-2019.support.js';

// 一、质量品牌（第1—8条）

const mayor = { kind: 'government_quality_award', level: 'municipal', region: '410100', prize: 'award' } as const;

describe('第1条 质量提升示范区（项目）', () => {
  it('第1条 解读提示给出原文、采用的金额与依据', () => {
    const w = warningFor(
      run({ kind: 'quality_brand_demonstration_zone', level: 'national' }),
      'zhengzhou.art1.national',
    );
    expect(w?.message.zh).toContain('原文：“分别给予创建主体10 万元、50万元”');
    expect(w?.message.zh).toContain('国家级100万元');
    expect(w?.message.zh).toContain('按金额顺序');
  });
});

describe('第3条 中国质量奖、省长质量奖、市长质量奖', () => {
  it('第3条 中国质量奖的解读提示照印的另一读法（50万元）', () => {
    const w = warningFor(
      run({ kind: 'government_quality_award', level: 'national', prize: 'award' }),
      'zhengzhou.art3.cqa',
    );
    expect(w?.message.en).toContain('Text: "分别给予50 万、20 万元的一次性奖励"');
    expect(w?.message.en).toContain('5,000,000 yuan');
    expect(w?.message.en).toContain('alternative: as printed: 500,000 yuan');
  });
  it('第3条 市长质量奖的依据为公开报道', () => {
    expect(warningFor(run(mayor), 'zhengzhou.art3.zhengzhou')?.reading?.basis.zh).toContain('报道');
  });
});

describe('第4条 专利奖', () => {
  it('第4条 个人专利人任职于郑州市（金水区）→ 中国专利金奖50万元，按任职地判断，附解读', () => {
    const r = run({
      kind: 'patent_award',
      level: 'national',
      prize: 'gold',
      recipient: { type: 'individual', employedIn: '410105' },
    });
    expect(paid(r)).toEqual({ 'art4.china.gold': 500_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['zhengzhou.art4.in-city']);
    expect(warningFor(r, 'zhengzhou.art4.in-city')?.reading?.chosen.zh).toContain('个人专利人任职于郑州市');
  });
});

describe('第5条 医药产品', () => {
  it('第5条 医疗器械证书的解读：丢字标记，照印10万元为另一读法', () => {
    const w = warningFor(
      run({ kind: 'drug_approval', subtype: 'medical_device_registration', inListedCategory: true }),
      'zhengzhou.art5.device-vet',
    );
    expect(w?.reading?.literal).toBe('新兽药1—4 类新药证书的一次性给予10\u00a0 万元补贴');
    expect(w?.message.en).toContain('alternative: as printed: 100,000 yuan');
    expect(w?.reading?.basis).toEqual({
      zh: '丢字标记：“10”后为不间断空格加空格',
      en: 'loss mark: "10" is followed by a non-breaking space and a space',
    });
  });
});

describe('第5条 产业化后按年销售收入的5%，同一企业三年内累计不超过50万元', () => {
  const sales = (revenue: number | string) =>
    ({
      kind: 'industrialized_product_sales',
      inListedCategory: true,
      annualSalesRevenue: revenue,
      recipient: IN_ZHENGZHOU,
    }) as const;
  const paidBefore = (amountYuan: number, obtainedOn: string) => ({
    policyId: 'zhengzhou-2019',
    ruleId: 'art5.industrialization-sales',
    amountYuan,
    obtainedOn,
  });

  it('第5条 年销售收入1,234,567.89元 → 5% = 61,728.39元（四舍五入到分），附上限与起算解读', () => {
    const r = run(sales('1234567.89'));
    expect(r.awards.map((a) => [a.ruleId, a.amount.yuan, a.basis])).toEqual([
      ['art5.industrialization-sales', '61728.39', 'percentage'],
    ]);
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual([
      'zhengzhou.art5.sales-cap',
      'zhengzhou.art5.three-years',
      'zhengzhou.art5.industrialized-in-city',
    ]);
    expect(warningFor(r, 'zhengzhou.art5.sales-cap')?.message.en).toContain('alternative: 5,000,000 yuan');
  });
  it('第5条 年销售收入1200万元 → 5%为60万元，削减至上限50万元（cap_reached）', () => {
    const r = run(sales(12_000_000));
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 500_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('60万元');
    expect(r.awards[0]?.adjustments.map((a) => [a.code, a.clause, a.quote])).toEqual([
      ['cap_reached', '第5条', '同一企业三年内累计奖励总额最高不超过50 万元'],
    ]);
  });
  it('第5条 三年内：首笔30万元取得于2020-01-01，2022-12-31取得的30万元 → 只付20万元', () => {
    const r = evaluate(at(sales(6_000_000), '2022-12-31'), 'zhengzhou', '2023-03-01', {
      history: [paidBefore(300_000, '2020-01-01')],
    });
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 200_000 });
    expect(r.awards[0]?.adjustments[0]?.message.zh).toContain('期间自 2020-01-01 起');
  });
});

describe('第5条 独家品种每个产品10万元，同一企业最高不超过50万元', () => {
  // The products are told apart from those already paid by projectId (一次性: a paid product is not paid again).
  const listing = (count: number) => ({ kind: 'essential_drug_listing', count, projectId: 'new-products' }) as const;
  it('第5条 每个产品10万元照印（上限50万元完好），解读无另一读法', () => {
    const w = warningFor(run(listing(1)), 'zhengzhou.art5.exclusive-amount');
    expect(w?.reading?.literal).toBe(
      '独家品种或独家剂型，给予每个产品10 万元的一次性奖励，同一企业最高奖励不超过50万元',
    );
    expect(w?.reading?.chosen.zh).toBe('照印：每个产品10万元，同一企业最高50万元');
    expect(w?.reading?.alternative).toBeUndefined();
  });
});

describe('第6条 优质服务承诺标识知名服务品牌', () => {
  it('第6条 省级知名服务品牌未给出省份 → 待定，缺少 region；解读给出另一读法（任何省份）', () => {
    const r = run({ kind: 'service_brand', level: 'provincial' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art6.provincial', ['region']]]);
    const w = warningFor(
      run({ kind: 'service_brand', level: 'provincial', region: '410000' }),
      'zhengzhou.provincial-henan',
    );
    expect(w?.reading?.chosen.zh).toContain('410000');
    expect(w?.reading?.alternative?.zh).toContain('任何省份');
  });
});

describe('第8条 商标', () => {
  it('第8条 驰名商标的另一读法提及2014年郑州政策的100万元', () => {
    const w = warningFor(
      run({ kind: 'trademark_honor', subtype: 'well_known_trademark' }),
      'zhengzhou.art8.well-known',
    );
    expect(w?.message.zh).toContain('另一读法：100万元（郑州市2014年政策对驰名商标奖励100万元）');
  });
});
