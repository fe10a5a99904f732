import { describe, expect, it } from 'vitest';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  type Case,
  IN_KAIFENG,
  IN_ZHENGZHOU,
  at,
  evaluate,
  expectSingle,
  run,
  warnedReadings,
  warningFor,
} from './zhengzhou-2019.support.js';

// 一、质量品牌（第1—8条）

const mayor = { kind: 'government_quality_award', level: 'municipal', region: '410100', prize: 'award' } as const;

describe('第1条 质量提升示范区（项目）', () => {
  it.each<Case>([
    [
      '第1条 成功创建国家级质量提升示范区（项目）→ 100万元（“10 万元”按顺序读）',
      { kind: 'quality_brand_demonstration_zone', level: 'national' },
      'art1.national',
      1_000_000,
      ['zhengzhou.art1.national'],
    ],
    [
      '第1条 成功创建河南省质量提升示范区（项目）→ 50万元',
      { kind: 'quality_brand_demonstration_zone', level: 'provincial', region: '410000' },
      'art1.henan',
      500_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第1条 其他省份的省级示范区 → 本政策无对应条款', () => {
    expect(refused(run({ kind: 'quality_brand_demonstration_zone', level: 'provincial', region: '330000' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第1条 省级示范区未给出省份 → 待定，缺少 region', () => {
    const r = run({ kind: 'quality_brand_demonstration_zone', level: 'provincial' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art1.henan', ['region']]]);
    expect(r.undetermined[0]?.clauseAmount?.text).toBe('50万元');
  });
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

describe('第2条 中小学质量教育社会实践基地', () => {
  it.each<Case>([
    [
      '第2条 国家中小学质量教育社会实践基地 → 50万元',
      { kind: 'quality_education_base', level: 'national' },
      'art2.national',
      500_000,
      [],
    ],
    [
      '第2条 河南省中小学质量教育社会实践基地 → 30万元',
      { kind: 'quality_education_base', level: 'provincial', region: '410000' },
      'art2.henan',
      300_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
});

describe('第3条 中国质量奖、省长质量奖、市长质量奖', () => {
  it.each<Case>([
    [
      '第3条 中国质量奖 → 500万元（“50 万”按顺序读）',
      { kind: 'government_quality_award', level: 'national', prize: 'award' },
      'art3.cqa.award',
      5_000_000,
      ['zhengzhou.art3.cqa'],
    ],
    [
      '第3条 中国质量奖提名奖 → 200万元（“20 万元”按顺序读）',
      { kind: 'government_quality_award', level: 'national', prize: 'nomination' },
      'art3.cqa.nomination',
      2_000_000,
      ['zhengzhou.art3.cqa-nomination'],
    ],
    [
      '第3条 河南省省长质量奖 → 200万元（“20 万元”按顺序读）',
      { kind: 'government_quality_award', level: 'provincial', region: '410000', prize: 'award' },
      'art3.henan.award',
      2_000_000,
      ['zhengzhou.art3.henan'],
    ],
    [
      '第3条 郑州市市长质量奖 → 100万元（报道确认）',
      mayor,
      'art3.zhengzhou.award',
      1_000_000,
      ['zhengzhou.art3.zhengzhou'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
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
  it('第3条 个人获得中国质量奖 → 本条只奖励单位', () => {
    expect(
      refused(
        run({ kind: 'government_quality_award', level: 'national', prize: 'award', recipient: { type: 'individual' } }),
      ),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第3条 其他城市的市长质量奖 → 本政策无对应条款', () => {
    expect(refused(run({ ...mayor, region: '410200' }))).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第3条 本政策未规定就高：同一单位同年获中国质量奖与市长质量奖 → 两项均奖，600万元', () => {
    const r = run([at({ kind: 'government_quality_award', level: 'national', prize: 'award' }), at(mayor)]);
    expect(paid(r)).toEqual({ 'art3.cqa.award': 5_000_000, 'art3.zhengzhou.award': 1_000_000 });
    expect(totalYuan(r)).toBe(6_000_000);
  });
});

describe('第4条 专利奖', () => {
  const china = (prize: 'gold' | 'silver' | 'excellence') =>
    ({ kind: 'patent_award', level: 'national', prize, recipient: IN_ZHENGZHOU }) as const;
  const henan = (prize: 'special' | 'first' | 'second') =>
    ({ kind: 'patent_award', level: 'provincial', region: '410000', prize }) as const;
  it.each<Case>([
    ['第4条 我市专利获中国专利金奖 → 50万元', china('gold'), 'art4.china.gold', 500_000, ['zhengzhou.art4.in-city']],
    [
      '第4条 我市专利获中国专利银奖 → 30万元',
      china('silver'),
      'art4.china.silver',
      300_000,
      ['zhengzhou.art4.in-city'],
    ],
    [
      '第4条 我市专利获中国专利优秀奖 → 20万元',
      china('excellence'),
      'art4.china.excellence',
      200_000,
      ['zhengzhou.art4.in-city'],
    ],
    [
      '第4条 中国专利奖优秀组织奖 → 20万元',
      { kind: 'patent_award', level: 'national', subtype: 'organization_award', prize: 'award' },
      'art4.china.organization',
      200_000,
      [],
    ],
    ['第4条 河南省专利奖特等奖 → 30万元', henan('special'), 'art4.henan.special', 300_000, []],
    ['第4条 河南省专利奖一等奖 → 20万元', henan('first'), 'art4.henan.first', 200_000, []],
    ['第4条 河南省专利奖二等奖 → 10万元', henan('second'), 'art4.henan.second', 100_000, []],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第4条 专利人注册在开封（不在我市行政区域内）→ 不符合条件（ineligible_recipient），附解读', () => {
    const r = run({ kind: 'patent_award', level: 'national', prize: 'gold', recipient: IN_KAIFENG });
    expect(refused(r)).toEqual({ 'art4.china.gold': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('对在我市行政区域内的专利');
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('50万元');
    expect(warnedReadings(r)).toContain('zhengzhou.art4.in-city');
  });
  it('第4条 未给出专利人注册地 → 待定，缺少 registeredIn', () => {
    const r = run({ kind: 'patent_award', level: 'national', prize: 'silver' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art4.china.silver', ['registeredIn']]]);
  });
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
  it('第4条 个人专利人任职于开封 → 不符合条件（ineligible_recipient），指向“在我市行政区域内”', () => {
    const r = run({
      kind: 'patent_award',
      level: 'national',
      prize: 'silver',
      recipient: { type: 'individual', employedIn: '410200' },
    });
    expect(refused(r)).toEqual({ 'art4.china.silver': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('对在我市行政区域内的专利');
  });
  it('第4条 个人专利人未给出任职地 → 待定，缺少 employedIn（个人不看注册地）', () => {
    const r = run({
      kind: 'patent_award',
      level: 'national',
      prize: 'excellence',
      recipient: { type: 'individual', registeredIn: '410105' },
    });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art4.china.excellence', ['employedIn']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('第4条 单位专利人只看注册地：注册在开封、任职地无意义 → 不符合条件', () => {
    const r = run({
      kind: 'patent_award',
      level: 'national',
      prize: 'gold',
      recipient: { type: 'organization', registeredIn: '410200', employedIn: '410105' },
    });
    expect(refused(r)).toEqual({ 'art4.china.gold': 'ineligible_recipient' });
  });
  it('第4条 河南省专利奖三等奖 → 本条未列，无对应条款', () => {
    expect(refused(run({ kind: 'patent_award', level: 'provincial', region: '410000', prize: 'third' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('第5条 医药产品', () => {
  const listed = { inListedCategory: true } as const;
  it.each<Case>([
    [
      '第5条 所列类别药物获得临床试验批件 → 10万元（照印，另一读法100万元）',
      { kind: 'drug_approval', subtype: 'clinical_trial_approval', ...listed },
      'art5.clinical-trial',
      100_000,
      ['zhengzhou.art5.clinical'],
    ],
    [
      '第5条 所列类别药物获得生产批件 → 30万元（照印，另一读法300万元）',
      { kind: 'drug_approval', subtype: 'production_approval', ...listed },
      'art5.production',
      300_000,
      ['zhengzhou.art5.production'],
    ],
    [
      '第5条 医疗器械注册证书（诊断试剂类3类）→ 100万元（丢字标记）',
      { kind: 'drug_approval', subtype: 'medical_device_registration', ...listed },
      'art5.device-vet',
      1_000_000,
      ['zhengzhou.art5.device-vet'],
    ],
    [
      '第5条 新兽药1—4类新药证书 → 100万元（丢字标记）',
      { kind: 'drug_approval', subtype: 'veterinary_drug_certificate', ...listed },
      'art5.device-vet',
      1_000_000,
      ['zhengzhou.art5.device-vet'],
    ],
    [
      '第5条 新进入国家基本药物目录的独家品种 → 每个产品10万元',
      { kind: 'essential_drug_listing' },
      'art5.exclusive-variety',
      100_000,
      ['zhengzhou.art5.lost-bracket', 'zhengzhou.art5.exclusive-amount', 'zhengzhou.art5.exclusive-cap-period'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
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
  it('第5条 不在所列类别内的药物（如化学药5类）→ 不满足前提条件', () => {
    const r = run({ kind: 'drug_approval', subtype: 'production_approval', inListedCategory: false });
    expect(refused(r)).toEqual({ 'art5.production': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toContain('生物制品1—14类');
  });
  it('第5条 未说明是否属所列类别 → 待定，缺少 inListedCategory', () => {
    const r = run({ kind: 'drug_approval', subtype: 'clinical_trial_approval' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art5.clinical-trial', ['inListedCategory']],
    ]);
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
  it('第5条 年销售收入1000万元 → 50万元，恰在上限，不削减', () => {
    const r = run(sales(10_000_000));
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 500_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
  });
  it('第5条 年销售收入1200万元 → 5%为60万元，削减至上限50万元（cap_reached）', () => {
    const r = run(sales(12_000_000));
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 500_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('60万元');
    expect(r.awards[0]?.adjustments.map((a) => [a.code, a.clause, a.quote])).toEqual([
      ['cap_reached', '第5条', '同一企业三年内累计奖励总额最高不超过50 万元'],
    ]);
  });
  it('第5条 同年两个产品各30万元 → 30万元 + 20万元（第二个削减），合计50万元', () => {
    const r = run([at(sales(6_000_000), '2024-03-01'), at(sales(6_000_000), '2024-05-10')]);
    expect(r.awards.map((a) => [a.achievementIndex, a.amount.fen / 100])).toEqual([
      [0, 300_000],
      [1, 200_000],
    ]);
    expect(totalYuan(r)).toBe(500_000);
  });
  it('第5条 三年内：首笔30万元取得于2020-01-01，2022-12-31取得的30万元 → 只付20万元', () => {
    const r = evaluate(at(sales(6_000_000), '2022-12-31'), 'zhengzhou', '2023-03-01', {
      history: [paidBefore(300_000, '2020-01-01')],
    });
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 200_000 });
    expect(r.awards[0]?.adjustments[0]?.message.zh).toContain('期间自 2020-01-01 起');
  });
  it('第5条 三年期满：2023-01-01 取得的30万元属新一期 → 全额30万元', () => {
    const r = evaluate(at(sales(6_000_000), '2023-01-01'), 'zhengzhou', '2023-03-01', {
      history: [paidBefore(300_000, '2020-01-01')],
    });
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 300_000 });
  });
  it('第5条 三年内已付满50万元 → 不再支付（cap_reached），附起算解读', () => {
    const r = run(sales(2_000_000), { history: [paidBefore(500_000, '2023-06-01')] });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art5.industrialization-sales': 'cap_reached' });
    expect(r.notPaid[0]?.stoppedBy?.clause).toBe('第5条');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('zhengzhou.art5.three-years');
  });
  it('第5条 其他政策下的付款不计入本上限', () => {
    const r = run(sales(6_000_000), {
      history: [{ ...paidBefore(500_000, '2023-06-01'), policyId: 'some-other-policy' }],
    });
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 300_000 });
  });
  it('第5条 生产企业注册在开封（未在我市产业化）→ 不符合条件', () => {
    const r = run({ ...sales(6_000_000), recipient: IN_KAIFENG });
    expect(refused(r)).toEqual({ 'art5.industrialization-sales': 'ineligible_recipient' });
  });
  it('第5条 未给出年销售收入 → 待定，缺少 annualSalesRevenue', () => {
    const r = run({ kind: 'industrialized_product_sales', inListedCategory: true, recipient: IN_ZHENGZHOU });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art5.industrialization-sales', ['annualSalesRevenue']],
    ]);
  });
});

describe('第5条 独家品种每个产品10万元，同一企业最高不超过50万元', () => {
  // The products are told apart from those already paid by projectId (一次性: a paid product is not paid again).
  const listing = (count: number) => ({ kind: 'essential_drug_listing', count, projectId: 'new-products' }) as const;
  const paidBefore = (amountYuan: number) => ({
    policyId: 'zhengzhou-2019',
    ruleId: 'art5.exclusive-variety',
    amountYuan,
    obtainedOn: '2020-08-01',
    projectId: 'earlier-products',
  });
  it('第5条 五个产品 → 50万元，恰在上限', () => {
    const r = run(listing(5));
    expect(paid(r)).toEqual({ 'art5.exclusive-variety': 500_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
    expect(r.awards[0]?.basis).toBe('per_item');
  });
  it('第5条 六个产品 → 60万元削减至50万元', () => {
    const r = run(listing(6));
    expect(paid(r)).toEqual({ 'art5.exclusive-variety': 500_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('60万元');
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual([
      'zhengzhou.art5.lost-bracket',
      'zhengzhou.art5.exclusive-amount',
      'zhengzhou.art5.exclusive-cap-period',
    ]);
  });
  it('第5条 每个产品10万元照印（上限50万元完好），解读无另一读法', () => {
    const w = warningFor(run(listing(1)), 'zhengzhou.art5.exclusive-amount');
    expect(w?.reading?.literal).toBe(
      '独家品种或独家剂型，给予每个产品10 万元的一次性奖励，同一企业最高奖励不超过50万元',
    );
    expect(w?.reading?.chosen.zh).toBe('照印：每个产品10万元，同一企业最高50万元');
    expect(w?.reading?.alternative).toBeUndefined();
  });
  it('第5条 不限期间：五年前已付40万元，再有两个产品 → 只付10万元', () => {
    const r = run(listing(2), { history: [paidBefore(400_000)] });
    expect(paid(r)).toEqual({ 'art5.exclusive-variety': 100_000 });
  });
  it('第5条 已付满50万元 → 不再支付', () => {
    expect(refused(run(listing(1), { history: [paidBefore(500_000)] }))).toEqual({
      'art5.exclusive-variety': 'cap_reached',
    });
  });
  it('第5条 两项上限互不相干：销售奖励已满50万元，不影响独家品种奖励', () => {
    const r = run(listing(1), {
      history: [
        {
          policyId: 'zhengzhou-2019',
          ruleId: 'art5.industrialization-sales',
          amountYuan: 500_000,
          obtainedOn: '2023-06-01',
        },
      ],
    });
    expect(paid(r)).toEqual({ 'art5.exclusive-variety': 100_000 });
  });
});

describe('第6条 优质服务承诺标识知名服务品牌', () => {
  it.each<Case>([
    [
      '第6条 国家级知名服务品牌 → 100万元（按顺序读）',
      { kind: 'service_brand', level: 'national' },
      'art6.national',
      1_000_000,
      ['zhengzhou.art6.national'],
    ],
    [
      '第6条 省级（河南省）知名服务品牌 → 50万元',
      { kind: 'service_brand', level: 'provincial', region: '410000' },
      'art6.provincial',
      500_000,
      ['zhengzhou.provincial-henan'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第6条 “省级”指河南省：浙江省级知名服务品牌 → 本政策无对应条款', () => {
    expect(refused(run({ kind: 'service_brand', level: 'provincial', region: '330000' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
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

describe('第7条 质量强市、食品安全示范城市（县）', () => {
  it.each<Case>([
    [
      '第7条 全国质量强市示范城市 → 50万元',
      { kind: 'quality_city_honor', level: 'national', subtype: 'quality' },
      'art7.national',
      500_000,
      [],
    ],
    [
      '第7条 全国食品安全示范城市 → 50万元',
      { kind: 'quality_city_honor', level: 'national', subtype: 'food_safety' },
      'art7.national',
      500_000,
      [],
    ],
    [
      '第7条 河南省质量强县（市、区）示范县 → 30万元',
      { kind: 'quality_city_honor', level: 'provincial', region: '410000', subtype: 'quality' },
      'art7.henan',
      300_000,
      [],
    ],
    [
      '第7条 河南省食品安全示范县（市、区）→ 30万元',
      { kind: 'quality_city_honor', level: 'provincial', region: '410000', subtype: 'food_safety' },
      'art7.henan',
      300_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第7条 分别给予：同获两项全国荣誉 → 各50万元，合计100万元', () => {
    const r = run([
      at({ kind: 'quality_city_honor', level: 'national', subtype: 'quality' }),
      at({ kind: 'quality_city_honor', level: 'national', subtype: 'food_safety' }),
    ]);
    expect(r.awards.map((a) => a.amount.text)).toEqual(['50万元', '50万元']);
    expect(totalYuan(r)).toBe(1_000_000);
  });
});

describe('第8条 商标', () => {
  it.each<Case>([
    [
      '第8条 中国商标金奖 → 20万元（照印，另一读法200万元）',
      { kind: 'trademark_honor', subtype: 'china_trademark_gold_award' },
      'art8.gold-award',
      200_000,
      ['zhengzhou.art8.gold'],
    ],
    [
      '第8条 驰名商标 → 10万元（照印，另一读法100万元）',
      { kind: 'trademark_honor', subtype: 'well_known_trademark' },
      'art8.well-known',
      100_000,
      ['zhengzhou.art8.well-known'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第8条 驰名商标的另一读法提及2014年郑州政策的100万元', () => {
    const w = warningFor(
      run({ kind: 'trademark_honor', subtype: 'well_known_trademark' }),
      'zhengzhou.art8.well-known',
    );
    expect(w?.message.zh).toContain('另一读法：100万元（郑州市2014年政策对驰名商标奖励100万元）');
  });
});
