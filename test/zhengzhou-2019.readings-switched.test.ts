import { describe, expect, it } from 'vitest';
import { QualityRewardsError } from '../src/errors/QualityRewardsError.js';
import { evaluationResultSchema } from '../src/result/types.js';
import { paid, refused } from './support/lines.js';
import { at, type Facts, IN_ZHENGZHOU, run, warnedReadings } from './zhengzhou-2019.support.js';

/**
 * What-if by reading (`options.readings`): each 郑州 reading with a computable alternative, switched,
 * clause by clause. Each case evaluates the same facts under the library's reading and under the
 * alternative, so the difference is what the reading is worth.
 */
const alternative = (id: string) => ({ readings: { [id]: 'alternative' as const } });

/** Paid under the library's reading, and under the alternative of `id`. */
const both = (a: Facts, id: string) => {
  const library = run(a);
  const switched = run(a, alternative(id));
  evaluationResultSchema.parse(switched);
  return { library, switched };
};

const CQA = { kind: 'government_quality_award', level: 'national', recipient: IN_ZHENGZHOU } as const;

describe('第3条 获得中国质量奖、中国质量奖提名奖的单位，分别给予50 万、20 万元…（损坏的金额）', () => {
  it.each([
    [
      '第3条 中国质量奖：本库 500万元，照印 50万元',
      { ...CQA, prize: 'award' },
      'zhengzhou.art3.cqa',
      'art3.cqa.award',
      5_000_000,
      500_000,
    ],
    [
      '第3条 中国质量奖提名奖：本库 200万元，照印 20万元',
      { ...CQA, prize: 'nomination' },
      'zhengzhou.art3.cqa-nomination',
      'art3.cqa.nomination',
      2_000_000,
      200_000,
    ],
    [
      '第3条 河南省省长质量奖：本库 200万元，照印 20万元',
      { ...CQA, level: 'provincial', region: '410000', prize: 'award' },
      'zhengzhou.art3.henan',
      'art3.henan.award',
      2_000_000,
      200_000,
    ],
    [
      '第3条 郑州市市长质量奖：本库 100万元，照印 10万元',
      { ...CQA, level: 'municipal', region: '410100', prize: 'award' },
      'zhengzhou.art3.zhengzhou',
      'art3.zhengzhou.award',
      1_000_000,
      100_000,
    ],
  ] as const)('%s', (_, facts, readingId, ruleId, libraryYuan, printedYuan) => {
    const { library, switched } = both(facts as Facts, readingId);
    expect(paid(library)).toEqual({ [ruleId]: libraryYuan });
    expect(paid(switched)).toEqual({ [ruleId]: printedYuan });
    expect(library.readingsSwitched).toBeUndefined();
    expect(switched.readingsSwitched?.map((r) => r.id)).toEqual([readingId]);
  });

  it('第3条 中国质量奖，照印：结果列出切换的读法（所用读法与未用的本库读法），该行与提示中的读法为所用读法', () => {
    const { switched } = both({ ...CQA, prize: 'award' }, 'zhengzhou.art3.cqa');
    expect(switched.readingsSwitched).toEqual([
      {
        id: 'zhengzhou.art3.cqa',
        literal: '分别给予50 万、20 万元的一次性奖励',
        used: { zh: '照印：50万元', en: 'as printed: 500,000 yuan' },
        insteadOf: { zh: '中国质量奖500万元', en: 'China Quality Award 5,000,000 yuan' },
      },
    ]);
    const reading = switched.awards[0]?.readings.find((r) => r.id === 'zhengzhou.art3.cqa');
    expect(reading?.chosen.zh).toBe('照印：50万元');
    expect(reading?.alternative?.zh).toBe('中国质量奖500万元');
    expect(warnedReadings(switched)).toContain('zhengzhou.art3.cqa');
  });

  it('第3条 中国质量奖 与 提名奖 各切换：只有被切换的读法改变金额', () => {
    const portfolio = [
      at({ ...CQA, prize: 'award', projectId: 'a' }),
      at({ ...CQA, prize: 'nomination', projectId: 'n' }),
    ];
    const r = run(portfolio, alternative('zhengzhou.art3.cqa-nomination'));
    expect(paid(r)).toEqual({ 'art3.cqa.award': 5_000_000, 'art3.cqa.nomination': 200_000 });
  });

  it("第3条 'chosen' 即本库读法：金额不变，结果不列切换", () => {
    const r = run({ ...CQA, prize: 'award' }, { readings: { 'zhengzhou.art3.cqa': 'chosen' } });
    expect(paid(r)).toEqual({ 'art3.cqa.award': 5_000_000 });
    expect(r.readingsSwitched).toBeUndefined();
  });
});

describe('第5条 临床试验批件10万元、生产批件30万元、医疗器械/新兽药10 万元；三年内累计不超过50 万元', () => {
  const drug = { kind: 'drug_approval', inListedCategory: true } as const;
  it.each([
    [
      '第5条 临床试验批件：照印 10万元，另一读法 100万元',
      { ...drug, subtype: 'clinical_trial_approval' },
      'zhengzhou.art5.clinical',
      'art5.clinical-trial',
      100_000,
      1_000_000,
    ],
    [
      '第5条 生产批件：照印 30万元，另一读法 300万元',
      { ...drug, subtype: 'production_approval' },
      'zhengzhou.art5.production',
      'art5.production',
      300_000,
      3_000_000,
    ],
    [
      '第5条 医疗器械注册证书：本库 100万元，照印 10万元',
      { ...drug, subtype: 'medical_device_registration' },
      'zhengzhou.art5.device-vet',
      'art5.device-vet',
      1_000_000,
      100_000,
    ],
  ] as const)('%s', (_, facts, readingId, ruleId, libraryYuan, otherYuan) => {
    const { library, switched } = both(facts as Facts, readingId);
    expect(paid(library)).toEqual({ [ruleId]: libraryYuan });
    expect(paid(switched)).toEqual({ [ruleId]: otherYuan });
  });

  it('第5条 年销售收入2,000万元的5%（100万元）：累计上限照印 50万元 → 50万元；另一读法 500万元 → 100万元', () => {
    const sales = {
      kind: 'industrialized_product_sales',
      inListedCategory: true,
      annualSalesRevenue: 20_000_000,
      recipient: IN_ZHENGZHOU,
    } as const;
    const { library, switched } = both(sales, 'zhengzhou.art5.sales-cap');
    expect(paid(library)).toEqual({ 'art5.industrialization-sales': 500_000 });
    expect(paid(switched)).toEqual({ 'art5.industrialization-sales': 1_000_000 });
  });
});

describe('第8条 中国商标金奖20 万元、驰名商标10 万元（照印）', () => {
  it.each([
    [
      '第8条 中国商标金奖：照印 20万元，另一读法 200万元',
      'china_trademark_gold_award',
      'zhengzhou.art8.gold',
      'art8.gold-award',
      200_000,
      2_000_000,
    ],
    [
      '第8条 驰名商标：照印 10万元，另一读法 100万元',
      'well_known_trademark',
      'zhengzhou.art8.well-known',
      'art8.well-known',
      100_000,
      1_000_000,
    ],
  ] as const)('%s', (_, subtype, readingId, ruleId, libraryYuan, otherYuan) => {
    const { library, switched } = both({ kind: 'trademark_honor', subtype }, readingId);
    expect(paid(library)).toEqual({ [ruleId]: libraryYuan });
    expect(paid(switched)).toEqual({ [ruleId]: otherYuan });
  });
});

describe('第12条 承担国家级、省级、市级标准化试点示范项目的（验收时还是获批时奖励）', () => {
  const pilot = { kind: 'standardization_pilot', level: 'national' } as const;
  it('第12条 国家级试点获批（stage approved）：本库不付；另一读法（获批即奖励）50万元', () => {
    const { library, switched } = both({ ...pilot, stage: 'approved' }, 'zhengzhou.art12.pilot-accepted');
    expect(refused(library)).toEqual({ 'art12.pilot.national': 'prerequisite_not_met' });
    expect(paid(switched)).toEqual({ 'art12.pilot.national': 500_000 });
  });
  it('第12条 国家级试点通过验收（stage accepted）：本库 50万元；另一读法（验收不再奖励）不付', () => {
    const { library, switched } = both({ ...pilot, stage: 'accepted' }, 'zhengzhou.art12.pilot-accepted');
    expect(paid(library)).toEqual({ 'art12.pilot.national': 500_000 });
    expect(refused(switched)).toEqual({ 'art12.pilot.national': 'prerequisite_not_met' });
  });
});

describe('第14条 被评为企业标准领跑者并连续保持一年以上', () => {
  it('第14条 郑州市领跑者连续保持满1年：本库（“以上”含本数）40万元；另一读法（须超过1年）不付', () => {
    const leader = {
      kind: 'enterprise_standard_leader',
      level: 'municipal',
      region: '410100',
      consecutiveYearsHeld: 1,
    } as const;
    const { library, switched } = both(leader, 'zhengzhou.art14.one-year');
    expect(paid(library)).toEqual({ 'art14.leader.zhengzhou': 400_000 });
    expect(refused(switched)).toEqual({ 'art14.leader.zhengzhou': 'prerequisite_not_met' });
    expect(paid(run({ ...leader, consecutiveYearsHeld: 2 }, alternative('zhengzhou.art14.one-year')))).toEqual({
      'art14.leader.zhengzhou': 400_000,
    });
  });
});

describe('第15条 获得国家产业计量测试中心（获批筹建还是验收建立）', () => {
  it('第15条 国家产业计量测试中心获批筹建：本库不付；另一读法（筹建即获得）50万元', () => {
    const center = { kind: 'industrial_metrology_center', level: 'national', stage: 'approved' } as const;
    const { library, switched } = both(center, 'zhengzhou.art15.center-accepted');
    expect(refused(library)).toEqual({ 'art15.national': 'prerequisite_not_met' });
    expect(paid(switched)).toEqual({ 'art15.national': 500_000 });
  });
});

describe('第23条 通过仿制药质量和疗效一致性评价的医药品种给予20  万元', () => {
  it('第23条 两个品种（count 2）：本库每品种200万元 → 400万元；照印每品种20万元 → 40万元', () => {
    const { library, switched } = both(
      { kind: 'generic_drug_consistency_evaluation', count: 2 },
      'zhengzhou.art23.generic',
    );
    expect(paid(library)).toEqual({ 'art23.generic-drug': 4_000_000 });
    expect(paid(switched)).toEqual({ 'art23.generic-drug': 400_000 });
  });
});

describe('第23条 对获得节能产品、低碳产品认证的企业，给予10 万元的一次性奖励（每项认证还是每家企业一次）', () => {
  const certificate = (projectId: string) =>
    at({ kind: 'energy_certification', subtype: 'low_carbon_product', projectId });
  it('第23条 同一企业两项低碳产品认证：本库（每项认证一次）20万元；另一读法（每家企业一次）10万元，另一项已付（already_paid）', () => {
    const portfolio = [certificate('c-1'), certificate('c-2')];
    expect(run(portfolio).total.text).toBe('20万元');
    const r = run(portfolio, alternative('zhengzhou.art23.energy-low-carbon-once'));
    expect([r.total.text, r.notPaid.map((n) => n.code)]).toEqual(['10万元', ['already_paid']]);
  });
  it('第23条 高端产品服务认证，history 已有另一证书的奖励：本库照付20万元；另一读法（每家企业一次）不再付', () => {
    const history = [{ policyId: 'zhengzhou-2019', ruleId: 'art23.high-end', amountYuan: 200_000, projectId: 'h-1' }];
    const claim = at({ kind: 'high_end_certification', subtype: 'product_service', projectId: 'h-2' });
    expect(paid(run([claim], { history }))).toEqual({ 'art23.high-end': 200_000 });
    const r = run([claim], { history, ...alternative('zhengzhou.art23.high-end-once') });
    expect(refused(r)).toEqual({ 'art23.high-end': 'already_paid' });
  });
});

describe('options.readings：未知读法与不可计算的另一读法是输入错误', () => {
  const award = { ...CQA, prize: 'award' } as const;
  const issuesOf = (readings: Record<string, 'chosen' | 'alternative'>) => {
    try {
      run(award, { readings });
    } catch (error) {
      if (error instanceof QualityRewardsError) return error.issues;
    }
    throw new Error('no error');
  };
  it('未知的读法 id → unknown_reading，指向 options.readings.<id>，附相近 id', () => {
    const [issue] = issuesOf({ 'zhengzhou.art3.cq': 'alternative' });
    expect(issue?.code).toBe('unknown_reading');
    expect(issue?.path).toEqual(['options', 'readings', 'zhengzhou.art3.cq']);
    expect(issue?.suggestions).toContain('zhengzhou.art3.cqa');
  });
  it('第11条 “按标准起草量”决定金额（本文未给算法）→ reading_not_computable，不悄悄按本库读法计算', () => {
    const [issue] = issuesOf({ 'zhengzhou.art11.municipal-per-year': 'alternative' });
    expect(issue?.code).toBe('reading_not_computable');
    expect(issue?.path).toEqual(['options', 'readings', 'zhengzhou.art11.municipal-per-year']);
  });
  it("没有另一读法的读法 'chosen' 可以传（等于不传）", () => {
    expect(
      paid(run(award, { readings: { 'zhengzhou.art3.cqa': 'chosen', 'zhengzhou.art1.national': 'chosen' } })),
    ).toEqual({ 'art3.cqa.award': 5_000_000 });
  });
});
