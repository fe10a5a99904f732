import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shenzhenDraft } from '../policies/shenzhen-draft.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { EvaluateOptionsInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid, refused, totalYuan } from './support/lines.js';

const { evaluate } = evaluatorFor(shenzhenDraft);
const SOURCE = readFileSync(new URL('../policies/shenzhen-draft.source.txt', import.meta.url), 'utf8');

/** The text leaves the start blank: every in-force case assumes 2024-01-01 (→ last day 2028-12-31). */
const ASSUMED = { assumeStartDate: '2024-01-01' } as const;
const ON = '2024-06-01';
type Facts = Omit<AchievementInput, 'obtainedOn'>;
const at = (a: Facts, obtainedOn = '2024-05-10'): AchievementInput => ({ ...a, obtainedOn });
const run = (
  a: AchievementInput | AchievementInput[],
  date = ON,
  options: EvaluateOptionsInput = {},
): EvaluationResult => evaluate(a, 'shenzhen', date, { ...ASSUMED, ...options });
const warningCodes = (r: EvaluationResult) => r.warnings.map((w) => w.code);
const readingIds = (r: EvaluationResult) => r.warnings.map((w) => w.reading?.id).filter(Boolean);
const clauseOf = (ruleId: string) => shenzhenDraft.rules.find((x) => x.id === ruleId)?.clause;

type Case = readonly [name: string, achievement: Facts, ruleId: string, yuan: number];
/** One achievement, one award: exact amount, clause, upper limit and the draft/limit/assumed-start warnings. */
const expectSingle = ([, achievement, ruleId, yuan]: Case) => {
  const r = run(at(achievement));
  expect(paid(r)).toEqual({ [ruleId]: yuan });
  expect(totalYuan(r)).toBe(yuan);
  expect(r.awards[0]?.clause).toBe(clauseOf(ruleId));
  expect(r.awards[0]?.upTo).toBe(true);
  expect(r.totalIsUpperLimit).toBe(true);
  expect(warningCodes(r)).toEqual(expect.arrayContaining(['draft_policy', 'upper_limit', 'assumed_start_date']));
};

const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', firstTime: true } as const;
const brandValue = { kind: 'brand_value_evaluation' } as const;
const individual = { recipient: { type: 'individual' } } as const;

describe('(十四) 本措施自    年  月  日起实施，有效期5年', () => {
  const portfolio = [
    at(cqa),
    at({ kind: 'quality_innovation_project' }),
    at({ kind: 'high_end_certification', subtype: 'green', count: 2 }),
    at({ kind: 'regional_brand_certification', subtype: 'shenzhen_pin' }),
  ];

  it.each(['2024-06-01', '2026-01-01', '2035-12-31'])(
    '未假定施行日：%s 评估 → 每项候选奖励均不予支付（policy_start_date_blank），合计0元',
    (date) => {
      const r = evaluate(portfolio, '深圳市', date);
      expect(r.inForce).toBe(false);
      expect(totalYuan(r)).toBe(0);
      expect(r.awards).toEqual([]);
      expect(r.notComputable).toEqual([]);
      expect(r.notPaid.map((n) => [n.citation?.ruleId, n.code])).toEqual([
        ['cqa.award', 'policy_start_date_blank'],
        ['quality-innovation', 'policy_start_date_blank'],
        ['high-end-certification', 'policy_start_date_blank'],
        ['shenzhen-pin', 'policy_start_date_blank'],
      ]);
      expect(r.notPaid[0]?.clauseAmount?.text).toBe('300万元');
      expect(r.policy.window).toEqual({ start: null, end: null });
      expect(r.policy.startAssumed).toBe(false);
      expect(warningCodes(r)).not.toContain('assumed_start_date');
      expect(readingIds(r)).toContain('shenzhen.start-blank');
    },
  );

  it('假定施行日2024-01-01 → 有效期2024-01-01至2028-12-31，并提示施行日系假定', () => {
    const r = run(at(cqa));
    expect(r.inForce).toBe(true);
    expect(r.policy.window).toEqual({ start: '2024-01-01', end: '2028-12-31' });
    expect(r.policy.startAssumed).toBe(true);
    const assumed = r.warnings.find((w) => w.code === 'assumed_start_date');
    expect(assumed?.quote).toBe('本措施自    年  月  日起实施');
    expect(assumed?.clause).toBe('(十四)');
  });
  it('2023-12-31（假定施行日前一日）→ 政策尚未施行，0元', () => {
    const r = run(at(cqa, '2023-12-31'), '2023-12-31');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_not_in_force' });
  });
  it('2024-01-01（假定施行首日）取得并评估 → 首次获得中国质量奖 最高300万元', () => {
    const r = run(at(cqa, '2024-01-01'), '2024-01-01');
    expect(paid(r)).toEqual({ 'cqa.award': 3_000_000 });
  });
  it('2028-12-31（有效期5年的最后一日）→ 最高300万元', () => {
    const r = run(at(cqa, '2028-12-30'), '2028-12-31');
    expect(r.inForce).toBe(true);
    expect(paid(r)).toEqual({ 'cqa.award': 3_000_000 });
  });
  it('2029-01-01（有效期届满次日）→ 政策已失效（policy_not_in_force），0元', () => {
    const r = run(at(cqa, '2028-12-30'), '2029-01-01');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_not_in_force' });
  });
  it('假定施行日前（2023-12-31）取得的成果在施行后评估 → 不予奖励（achievement_before_policy，附解读）', () => {
    const r = run(at(cqa, '2023-12-31'));
    expect(refused(r)).toEqual({ 'cqa.award': 'achievement_before_policy' });
    expect(totalYuan(r)).toBe(0);
    expect(readingIds(r)).toContain('shenzhen.timing');
  });
  it('征求意见稿：每个结果都提示文本为草案', () => {
    const draft = run(at(cqa)).warnings.find((w) => w.code === 'draft_policy');
    expect(draft?.quote).toBe('（征求意见稿）');
    expect(evaluate(at(cqa), 'shenzhen', ON).warnings.map((w) => w.code)).toContain('draft_policy');
  });
  it('按名称、全称、拼音、代码均可找到深圳市', () => {
    for (const name of ['深圳市', '广东省深圳市', '深圳', 'Shenzhen', '440300']) {
      expect(evaluate(at(cqa), name, ON, ASSUMED).jurisdiction.code).toBe('440300');
    }
  });
});

describe('(十二) 涉及支持限额均为上限；不得重复享受；以申报指南为准', () => {
  it('所列金额均为上限：提示受年度资金预算总量控制', () => {
    const r = run(at(brandValue));
    const upper = r.warnings.find((w) => w.code === 'upper_limit');
    expect(upper?.quote).toBe('涉及支持限额均为上限');
    expect(upper?.clause).toBe('(十二)');
    expect(upper?.message.en).toContain('annual budget');
    expect(upper?.message.zh).toContain('年度资金预算');
  });
  it('提示：与深圳市其他支持政策不得重复享受；具体条件以配套文件及申报指南为准；(十三) 扶持措施可报批补充或取消', () => {
    const notices = run(at(brandValue)).warnings.filter((w) => w.code === 'notice');
    expect(notices.map((n) => [n.clause, n.quote])).toEqual([
      ['(十二)', '本措施规定的支持政策与深圳市其他支持政策不得重复享受'],
      ['(十二)', '本措施涉及支持项目具体条件，以配套文件及当年发布的申报指南为准'],
      ['(十三)', '因质量品牌建设事业发展变化需要补充或取消扶持措施的，报市政府批准后执行'],
    ]);
  });
  it('一组成果的每项奖励均为上限（upTo），合计亦为上限：300万+30万+3×5万+80万+30万+20万+30万+100万+50万 = 655万元', () => {
    const r = run([
      at({ kind: 'industry_chain_quality_service_project' }),
      at({ kind: 'quality_innovation_project' }),
      at({ kind: 'high_end_certification', subtype: 'new_field', count: 3 }),
      at({ kind: 'metrology_demonstration', level: 'national' }),
      at({ kind: 'international_accreditation' }),
      at({ kind: 'infrastructure_application_project' }),
      at({ kind: 'excellence_performance', subtype: 'high_maturity' }),
      at({ kind: 'quality_brand_demonstration_zone', level: 'national', firstTime: true }),
      at(brandValue),
    ]);
    expect(r.awards).toHaveLength(9);
    expect(r.awards.every((a) => a.upTo)).toBe(true);
    expect(r.totalIsUpperLimit).toBe(true);
    expect(totalYuan(r)).toBe(6_550_000);
  });
  it('“按照相关政策予以扶持”之外无奖励时，合计0元且不标为上限', () => {
    const r = run(at({ kind: 'regional_brand_certification', subtype: 'shenzhen_pin' }));
    expect(totalYuan(r)).toBe(0);
    expect(r.totalIsUpperLimit).toBe(false);
  });
});

describe('(一) 推进产业链质量提升', () => {
  it.each<Case>([
    [
      '(一) 为行业质量提升提供综合服务的项目 → 最高300万元',
      { kind: 'industry_chain_quality_service_project' },
      'industry-chain-service',
      3_000_000,
    ],
  ])('%s', (...c) => expectSingle(c));
});

describe('(二) 提升企业优质供给能力', () => {
  it.each<Case>([
    [
      '(二) 取得明显经济社会效益的质量技术、管理、工作法创新项目 → 最高30万元',
      { kind: 'quality_innovation_project' },
      'quality-innovation',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));
});

describe('(三) 以新供给适应引领新需求', () => {
  it.each<Case>([
    [
      '(三) 取得一项绿色认证 → 每项认证最高5万元',
      { kind: 'high_end_certification', subtype: 'green' },
      'high-end-certification',
      50_000,
    ],
    [
      '(三) 取得一项车规芯片等新领域高端权威认证 → 最高5万元',
      { kind: 'high_end_certification', subtype: 'new_field' },
      'high-end-certification',
      50_000,
    ],
    [
      '(三) 取得一项高端产品服务认证 → 最高5万元',
      { kind: 'high_end_certification', subtype: 'product_service' },
      'high-end-certification',
      50_000,
    ],
    [
      '(三) 解读：中国绿色产品认证属绿色认证 → 最高5万元',
      { kind: 'green_product_certification', subtype: 'china_green_product' },
      'green-product-certification',
      50_000,
    ],
    [
      '(三) 解读：节能产品认证属绿色认证 → 最高5万元',
      { kind: 'energy_certification', subtype: 'energy_saving_product' },
      'energy-product-certification',
      50_000,
    ],
    [
      '(三) 解读：低碳产品认证属绿色认证 → 最高5万元',
      { kind: 'energy_certification', subtype: 'low_carbon_product' },
      'energy-product-certification',
      50_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it.each([
    ['中国绿色产品认证', 'green_product_certification', 'china_green_product', 'green-product-certification'],
    ['低碳产品认证', 'energy_certification', 'low_carbon_product', 'energy-product-certification'],
  ])('(三) 解读：%s按绿色认证资助，附“绿色认证”解读', (_, kind, subtype, ruleId) => {
    const r = run(at({ kind, subtype, count: 2 }));
    expect(paid(r)).toEqual({ [ruleId]: 100_000 });
    expect(readingIds(r)).toContain('shenzhen.green-certification');
  });

  it('(三) 每项认证：同一企业取得三项绿色认证 → 3×5万 = 最高15万元', () => {
    const r = run(at({ kind: 'high_end_certification', subtype: 'green', count: 3 }));
    expect(paid(r)).toEqual({ 'high-end-certification': 150_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(r.awards[0]?.upTo).toBe(true);
    expect(readingIds(r)).toContain('shenzhen.green-certification');
  });
  it.each([
    ['绿色食品认证', 'green_product_certification', 'green_food', 'green-product-certification'],
    ['能源管理体系认证', 'energy_certification', 'energy_management_system', 'energy-product-certification'],
  ])(
    '(三) 解读：%s不属“绿色认证等高端认证” → 不予资助（prerequisite_not_met），并附解读',
    (_, kind, subtype, ruleId) => {
      const r = run(at({ kind, subtype }));
      expect(refused(r)).toEqual({ [ruleId]: 'prerequisite_not_met' });
      expect(r.notPaid[0]?.stoppedBy).toEqual({
        clause: '(三)',
        quote: '支持企业开展绿色产品认证、绿色金融认证、碳足迹认证等绿色认证活动',
      });
      expect(readingIds(r)).toContain('shenzhen.green-certification');
      expect(totalYuan(r)).toBe(0);
    },
  );
  it('(三) “绿色认证”解读的另一读法是实在的读法（含绿色食品、能源管理体系），而非“以申报指南为准”', () => {
    const reading = run(at({ kind: 'green_product_certification', subtype: 'green_food' })).warnings.find(
      (w) => w.reading?.id === 'shenzhen.green-certification',
    )?.reading;
    expect(reading?.alternative?.zh).toContain('绿色食品认证、能源管理体系认证亦每项最高5万元');
    expect(reading?.chosen.zh).toContain('不包括：绿色食品认证');
  });
  it('(三) 未给出绿色产品认证子类 → 待定，缺少 subtype', () => {
    const r = run(at({ kind: 'green_product_certification' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['green-product-certification', ['subtype']],
    ]);
  });
  it.each([
    ['high_end_certification', 'green', 'high-end-certification'],
    ['green_product_certification', 'china_green_product', 'green-product-certification'],
    ['energy_certification', 'low_carbon_product', 'energy-product-certification'],
  ])('(三) 个人取得 %s → 本条只资助企业（ineligible_recipient）', (kind, subtype, ruleId) => {
    const r = run(at({ kind, subtype, ...individual }));
    expect(refused(r)).toEqual({ [ruleId]: 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '(三)', quote: '对取得绿色认证等高端认证的企业' });
    expect(totalYuan(r)).toBe(0);
  });
  it('(三) 解读：“深圳标准认证”按相关政策扶持、不作高端认证；高端认证的奖励附此解读', () => {
    const r = run([
      at({ kind: 'high_end_certification', subtype: 'product_service' }),
      at({ kind: 'regional_brand_certification', subtype: 'shenzhen_standard' }),
    ]);
    expect(paid(r)).toEqual({ 'high-end-certification': 50_000 });
    expect(r.notComputable.map((n) => [n.ruleId, n.code])).toEqual([
      ['shenzhen-standard-certification', 'other_rules'],
    ]);
    expect(readingIds(r)).toContain('shenzhen.shenzhen-standard-not-high-end');
    expect(totalYuan(r)).toBe(50_000);
  });
  it.each([
    ['“圳品”', 'shenzhen_pin', 'shenzhen-pin'],
    ['“深圳标准认证”', 'shenzhen_standard', 'shenzhen-standard-certification'],
  ])('(三) 通过%s → 按照相关政策予以扶持：本文本无金额（other_rules），不计入合计', (_, subtype, ruleId) => {
    const r = run(at({ kind: 'regional_brand_certification', subtype }));
    expect(r.notComputable.map((n) => [n.ruleId, n.code, n.clause])).toEqual([[ruleId, 'other_rules', '(三)']]);
    expect(r.awards).toEqual([]);
    expect(totalYuan(r)).toBe(0);
  });
  it('(三) 个人通过“深圳标准认证” → 本条只扶持企业（ineligible_recipient）', () => {
    const r = run(at({ kind: 'regional_brand_certification', subtype: 'shenzhen_standard', ...individual }));
    expect(refused(r)).toEqual({ 'shenzhen-standard-certification': 'ineligible_recipient' });
    expect(r.notComputable).toEqual([]);
  });
  it('(三) “上海品牌”认证 → 本政策无对应条款', () => {
    expect(refused(run(at({ kind: 'regional_brand_certification', subtype: 'shanghai_brand' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('(五) 布局重大质量基础设施', () => {
  it.each([
    ['国家级', { level: 'national' }, 'public-technical-platform.national'],
    ['广东省', { level: 'provincial', region: '440000' }, 'public-technical-platform.guangdong'],
    ['深圳市', { level: 'municipal', region: '440300' }, 'public-technical-platform.shenzhen'],
  ] as const)(
    '(五) 经认定的%s产业公共技术服务平台 → 我市制造强市扶持政策予以资助：本文本无金额（other_rules）',
    (_, facts, ruleId) => {
      const r = run(at({ kind: 'public_technical_service_platform', ...facts }));
      expect(r.notComputable.map((n) => [n.ruleId, n.code, n.clause])).toEqual([[ruleId, 'other_rules', '(五)']]);
      expect(totalYuan(r)).toBe(0);
    },
  );
  it('(五) 解读：省、市级指广东省、深圳市 → 其他省份、其他城市认定的平台在本政策无对应条款', () => {
    for (const facts of [
      { level: 'provincial', region: '350000' },
      { level: 'municipal', region: '440100' },
    ] as const) {
      expect(refused(run(at({ kind: 'public_technical_service_platform', ...facts })))).toEqual({
        '-': 'no_rule_for_achievement',
      });
    }
    const platform = shenzhenDraft.rules.find((x) => x.id === 'public-technical-platform.shenzhen');
    expect(platform?.readings?.map((x) => x.id)).toEqual(['shenzhen.platform-levels']);
  });
  it('(五) 区级平台 → 本政策无对应条款', () => {
    expect(refused(run(at({ kind: 'public_technical_service_platform', level: 'district' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('(五) 未给出平台级别 → 待定，缺少 level（省、市级另缺 region）', () => {
    const r = run(at({ kind: 'public_technical_service_platform' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['public-technical-platform.national', ['level']],
      ['public-technical-platform.guangdong', ['level', 'region']],
      ['public-technical-platform.shenzhen', ['level', 'region']],
    ]);
  });
  it('(五) 市级平台未给出所在市 → 待定，缺少 region', () => {
    const r = run(at({ kind: 'public_technical_service_platform', level: 'municipal' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['public-technical-platform.shenzhen', ['region']],
    ]);
  });
});

describe('(六) 夯实产业升级技术基础', () => {
  it.each<Case>([
    [
      '(六) 主导制定国际建议 → 按项目最高80万元',
      { kind: 'metrology_regulation_drafting', level: 'international', rank: 1 },
      'metrology-regulation.international-national',
      800_000,
    ],
    [
      '(六) 参加国家计量检定规程制定（排名第五）→ 按项目最高80万元',
      { kind: 'metrology_regulation_drafting', level: 'national', rank: 5 },
      'metrology-regulation.international-national',
      800_000,
    ],
    [
      '(六) 参加广东省地方计量技术规范制定 → 按项目最高80万元',
      { kind: 'metrology_regulation_drafting', level: 'local', region: '440000' },
      'metrology-regulation.guangdong',
      800_000,
    ],
    [
      '(六) 主导制定广东省计量检定规程（level provincial）→ 按项目最高80万元',
      { kind: 'metrology_regulation_drafting', level: 'provincial', region: '440000', rank: 1 },
      'metrology-regulation.guangdong',
      800_000,
    ],
    [
      '(六) 承担计量技术委员会（TC）工作 → 按项目最高80万元',
      { kind: 'metrology_body_work', body: 'tc' },
      'metrology-body',
      800_000,
    ],
    [
      '(六) 承担计量技术分委会（SC）工作 → 按项目最高80万元',
      { kind: 'metrology_body_work', body: 'sc' },
      'metrology-body',
      800_000,
    ],
    [
      '(六) 获评全国工业计量示范和标杆 → 按项目最高80万元',
      { kind: 'metrology_demonstration', level: 'national' },
      'metrology-demonstration',
      800_000,
    ],
    [
      '(六) 新建深圳市社会公用计量标准 → 按项目最高80万元',
      { kind: 'public_measurement_standard', level: 'municipal', region: '440300' },
      'public-measurement-standard',
      800_000,
    ],
    [
      '(六) 获得 A2LA、NVLAP、UKAS 等知名国际认可 → 最高30万元',
      { kind: 'international_accreditation' },
      'international-accreditation',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('(六) 按项目：新建两项市级社会公用计量标准 → 2×80万 = 最高160万元（解读）', () => {
    const r = run(at({ kind: 'public_measurement_standard', level: 'municipal', region: '440300', count: 2 }));
    expect(paid(r)).toEqual({ 'public-measurement-standard': 1_600_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(readingIds(r)).toContain('shenzhen.metrology-per-project');
  });
  it('(六) 省计量规程按广东省读（附解读）；深圳市地方计量技术规范 → 本政策无对应条款', () => {
    expect(readingIds(run(at({ kind: 'metrology_regulation_drafting', level: 'local', region: '440000' })))).toContain(
      'shenzhen.metrology-province',
    );
    expect(refused(run(at({ kind: 'metrology_regulation_drafting', level: 'local', region: '440300' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('(六) 地方计量技术规范未给出发布地 → 待定，缺少 region', () => {
    const r = run(at({ kind: 'metrology_regulation_drafting', level: 'local' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['metrology-regulation.guangdong', ['region']],
    ]);
    expect(totalYuan(r)).toBe(0);
  });
  it('(六) 行业计量技术规范 → 本政策无对应条款（原文只列国际建议、国家、省）', () => {
    const r = run(at({ kind: 'metrology_regulation_drafting', level: 'industry' }));
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(totalYuan(r)).toBe(0);
  });
  it('(六) 解读：国际一级只列“国际建议”；“制定”含修订 → 国际、国家规程的奖励均附此二解读', () => {
    const international = readingIds(run(at({ kind: 'metrology_regulation_drafting', level: 'international' })));
    expect(international).toEqual(
      expect.arrayContaining(['shenzhen.metrology-international-recommendation', 'shenzhen.metrology-revision']),
    );
    const guangdong = readingIds(run(at({ kind: 'metrology_regulation_drafting', level: 'local', region: '440000' })));
    expect(guangdong).toContain('shenzhen.metrology-revision');
    expect(guangdong).not.toContain('shenzhen.metrology-international-recommendation');
  });
  it('(六) 计量技术专业机构只限（TC、SC）：工作组（WG）→ 本政策无对应条款；未给出机构类别 → 待定，缺少 body', () => {
    expect(refused(run(at({ kind: 'metrology_body_work', body: 'wg' })))).toEqual({ '-': 'no_rule_for_achievement' });
    const r = run(at({ kind: 'metrology_body_work' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['metrology-body', ['body']]]);
  });
  it('(六) “全国”示范和标杆：省级计量示范 → 本政策无对应条款', () => {
    expect(refused(run(at({ kind: 'metrology_demonstration', level: 'provincial', region: '440000' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('(六) 解读：“市级”社会公用计量标准指深圳市 → 广州市新建的 → 本政策无对应条款；未给出所在市 → 待定，缺少 region', () => {
    expect(refused(run(at({ kind: 'public_measurement_standard', level: 'municipal', region: '440100' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
    const r = run(at({ kind: 'public_measurement_standard', level: 'municipal' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['public-measurement-standard', ['region']],
    ]);
    expect(
      readingIds(run(at({ kind: 'public_measurement_standard', level: 'municipal', region: '440300' }))),
    ).toContain('shenzhen.municipal-measurement-standard');
  });
  it('(六) 获得三项知名国际认可（count 3）→ 仍为最高30万元（不按项计）', () => {
    const r = run(at({ kind: 'international_accreditation', count: 3 }));
    expect(paid(r)).toEqual({ 'international-accreditation': 300_000 });
    expect(r.awards[0]?.basis).not.toBe('per_item');
  });
  it.each([
    [
      '主导制定国家计量检定规程',
      { kind: 'metrology_regulation_drafting', level: 'national' },
      'metrology-regulation.international-national',
      '的组织，按项目予以最高80万元资助',
    ],
    ['承担 TC 工作', { kind: 'metrology_body_work', body: 'tc' }, 'metrology-body', '的组织，按项目予以最高80万元资助'],
    [
      '获评全国计量示范',
      { kind: 'metrology_demonstration', level: 'national' },
      'metrology-demonstration',
      '的组织，按项目予以最高80万元资助',
    ],
    [
      '新建深圳市社会公用计量标准',
      { kind: 'public_measurement_standard', level: 'municipal', region: '440300' },
      'public-measurement-standard',
      '的组织，按项目予以最高80万元资助',
    ],
    [
      '获得 UKAS 认可',
      { kind: 'international_accreditation' },
      'international-accreditation',
      '对获得A2LA、NVLAP、UKAS等知名国际认可的单位',
    ],
  ] as const)('(六) 个人%s → 本条只资助组织、单位（ineligible_recipient）', (_, facts, ruleId, quote) => {
    const r = run(at({ ...facts, ...individual }));
    expect(refused(r)).toEqual({ [ruleId]: 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '(六)', quote });
    expect(totalYuan(r)).toBe(0);
  });
  it('(六) “参与或主导国家标准、国际标准”未规定金额 → 主导国家标准在本政策无对应条款', () => {
    const r = run(at({ kind: 'standard_drafting', level: 'national', rank: 1, drafterRole: 'main' }));
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(totalYuan(r)).toBe(0);
  });
});

describe('(七) 建设协同应用示范基地', () => {
  it.each<Case>([
    [
      '(七) 创新质量基础设施集成应用场景、服务模式，具有示范推广价值的项目 → 最高20万元',
      { kind: 'infrastructure_application_project' },
      'infrastructure-application',
      200_000,
    ],
  ])('%s', (...c) => expectSingle(c));
});

describe('(八) 树立“深圳质量”新标杆（首次获得）', () => {
  const mayor = (prize: 'first' | 'second' | 'third') =>
    ({ kind: 'government_quality_award', level: 'municipal', region: '440300', prize, firstTime: true }) as const;
  it.each<Case>([
    ['(八) 首次获得中国质量奖 → 最高300万元', cqa, 'cqa.award', 3_000_000],
    ['(八) 首次获得中国质量奖提名奖 → 最高100万元', { ...cqa, prize: 'nomination' }, 'cqa.nomination', 1_000_000],
    [
      '(八) 首次获得广东省政府质量奖 → 最高100万元',
      { kind: 'government_quality_award', level: 'provincial', region: '440000', prize: 'award', firstTime: true },
      'guangdong-qa.award',
      1_000_000,
    ],
    [
      '(八) 首次获得广东省政府质量奖提名奖 → 最高10万元',
      { kind: 'government_quality_award', level: 'provincial', region: '440000', prize: 'nomination', firstTime: true },
      'guangdong-qa.nomination',
      100_000,
    ],
    ['(八) 首次获得深圳市市长质量奖（第一等次）→ 最高200万元', mayor('first'), 'mayor-qa.first', 2_000_000],
    ['(八) 首次获得深圳市市长质量奖（第二等次）→ 最高100万元', mayor('second'), 'mayor-qa.second', 1_000_000],
    ['(八) 首次获得深圳市市长质量奖（第三等次）→ 最高50万元', mayor('third'), 'mayor-qa.third', 500_000],
  ])('%s', (...c) => expectSingle(c));

  it('(八) 再次获得中国质量奖（firstTime: false）→ 非首次（not_first_time）', () => {
    const r = run(at({ ...cqa, firstTime: false }));
    expect(refused(r)).toEqual({ 'cqa.award': 'not_first_time' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('首次获得');
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 本措施已付过中国质量奖（history）→ 再次获得非首次（not_first_time）', () => {
    const { firstTime: _omitted, ...noFirstTime } = cqa;
    const r = run(at(noFirstTime), ON, {
      history: [{ policyId: 'shenzhen-draft', ruleId: 'cqa.award', amountYuan: 3_000_000, obtainedOn: '2024-02-01' }],
    });
    expect(refused(r)).toEqual({ 'cqa.award': 'not_first_time' });
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 未说明是否首次、亦无记录 → 待定，缺少 firstTime', () => {
    const { firstTime: _omitted, ...noFirstTime } = cqa;
    const r = run(at(noFirstTime));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['cqa.award', ['firstTime']]]);
    expect(r.undetermined[0]?.clauseAmount?.text).toBe('300万元');
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 同一组合中两次获得中国质量奖 → 只奖励较早一次', () => {
    const r = run([at(cqa, '2024-05-10'), at(cqa, '2024-03-01')]);
    expect(paid(r)).toEqual({ 'cqa.award': 3_000_000 });
    expect(r.awards[0]?.achievementIndex).toBe(1);
    expect(refused(r)).toEqual({ 'cqa.award': 'not_first_time' });
  });
  it('(八) 解读：曾获提名奖（已付100万元）、首次获得中国质量奖 → 仍为首次，最高300万元', () => {
    const r = run(at(cqa), ON, {
      history: [
        { policyId: 'shenzhen-draft', ruleId: 'cqa.nomination', amountYuan: 1_000_000, obtainedOn: '2024-02-01' },
      ],
    });
    expect(paid(r)).toEqual({ 'cqa.award': 3_000_000 });
    expect(readingIds(r)).toContain('shenzhen.first-time-scope');
  });
  it('(八) 解读：同一组合中首次获得中国质量奖提名奖和中国质量奖 → 两项均予奖励，100万+300万 = 最高400万元', () => {
    const r = run([at({ ...cqa, prize: 'nomination' }, '2024-03-01'), at(cqa, '2024-05-10')]);
    expect(paid(r)).toEqual({ 'cqa.nomination': 1_000_000, 'cqa.award': 3_000_000 });
    expect(totalYuan(r)).toBe(4_000_000);
    expect(readingIds(r)).toContain('shenzhen.first-time-scope');
  });
  it('(八) 解读“首次”引述 (八) 全部三句，并写明市长质量奖曾获任一等次（含以往政策下）即非首次', () => {
    const reading = run(at(cqa)).warnings.find((w) => w.reading?.id === 'shenzhen.first-time-scope')?.reading;
    expect(reading?.literal.startsWith('对首次获得中国质量奖')).toBe(true);
    expect(reading?.literal.endsWith('50万元奖励')).toBe(true);
    expect(reading?.literal).toContain('对首次获得广东省政府质量奖');
    expect(reading?.literal).toContain('对首次获得深圳市市长质量奖');
    expect(reading?.chosen.zh).toContain('包括在本措施施行前、依以往政策获得的等次');
    expect(reading?.chosen.en).toContain('under earlier policies');
  });
  it('(八) 市长质量奖：曾获任一等次 firstTime 为 false → 非首次（not_first_time）', () => {
    const r = run(at({ ...mayor('third'), firstTime: false }));
    expect(refused(r)).toEqual({ 'mayor-qa.third': 'not_first_time' });
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 广东省政府质量奖未给出 region → 待定，缺少 region', () => {
    const r = run(at({ kind: 'government_quality_award', level: 'provincial', prize: 'award', firstTime: true }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['guangdong-qa.award', ['region']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 解读：曾获市长质量奖第三等次（已付50万元），再获第一等次 → 非首次（not_first_time）', () => {
    const r = run(at(mayor('first')), ON, {
      history: [
        { policyId: 'shenzhen-draft', ruleId: 'mayor-qa.third', amountYuan: 500_000, obtainedOn: '2024-02-01' },
      ],
    });
    expect(refused(r)).toEqual({ 'mayor-qa.first': 'not_first_time' });
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 市长质量奖未给出等次 → 三个等次均待定，缺少 prize', () => {
    const { prize: _omitted, ...noPrize } = mayor('first');
    const r = run(at(noPrize));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts, u.clauseAmount?.text])).toEqual([
      ['mayor-qa.first', ['prize'], '200万元'],
      ['mayor-qa.second', ['prize'], '100万元'],
      ['mayor-qa.third', ['prize'], '50万元'],
    ]);
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 市长质量奖按等次：附等次对应的解读', () => {
    expect(readingIds(run(at(mayor('second'))))).toContain('shenzhen.mayor-grades');
  });
  it('(八) 个人获得中国质量奖 → 本条只奖励单位（ineligible_recipient）', () => {
    const r = run(at({ ...cqa, ...individual }));
    expect(refused(r)).toEqual({ 'cqa.award': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('对首次获得中国质量奖、中国质量奖提名奖的单位');
    expect(totalYuan(r)).toBe(0);
  });
  it('(八) 其他省份的省政府质量奖、其他城市的市长质量奖 → 本政策无对应条款', () => {
    expect(
      refused(
        run(
          at({
            kind: 'government_quality_award',
            level: 'provincial',
            region: '350000',
            prize: 'award',
            firstTime: true,
          }),
        ),
      ),
    ).toEqual({ '-': 'no_rule_for_achievement' });
    expect(refused(run(at({ ...mayor('first'), region: '350100' })))).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('(九) 培育质量型企业梯队', () => {
  it.each<Case>([
    [
      '(九) 按《卓越绩效准则》经评价达到较高成熟度 → 最高30万元',
      { kind: 'excellence_performance', subtype: 'high_maturity' },
      'excellence-maturity',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('(九) 个人 → 本条只资助单位（ineligible_recipient）', () => {
    const r = run(at({ kind: 'excellence_performance', subtype: 'high_maturity', ...individual }));
    expect(refused(r)).toEqual({ 'excellence-maturity': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy?.clause).toBe('(九)');
    expect(totalYuan(r)).toBe(0);
  });
  it('(九) 仅导入卓越绩效并有效实施 → 本政策无对应条款', () => {
    expect(refused(run(at({ kind: 'excellence_performance', subtype: 'effective_implementation' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('(九) 未说明成熟度 → 待定，缺少 subtype', () => {
    const r = run(at({ kind: 'excellence_performance' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['excellence-maturity', ['subtype']]]);
  });
});

describe('(十) 创建区域质量品牌名片（一次性）', () => {
  const national = { kind: 'quality_brand_demonstration_zone', level: 'national' } as const;
  const guangdong = { kind: 'quality_brand_demonstration_zone', level: 'provincial', region: '440000' } as const;
  const paidBefore = (ruleId: string, amountYuan: number, projectId = 'zone-a') => ({
    history: [{ policyId: 'shenzhen-draft', ruleId, amountYuan, obtainedOn: '2024-02-01', projectId }],
  });
  it.each<Case>([
    ['(十) 国家级质量品牌提升示范区 → 一次性最高100万元', national, 'demonstration-zone.national', 1_000_000],
    ['(十) 广东省级质量品牌提升示范区 → 一次性最高50万元', guangdong, 'demonstration-zone.guangdong', 500_000],
  ])('%s', (...c) => expectSingle(c));
  it('(十) 市级示范区 → 本政策无对应条款', () => {
    expect(refused(run(at({ kind: 'quality_brand_demonstration_zone', level: 'municipal' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('(十) 解读：省级指广东省 → 其他省份的省级示范区 → 本政策无对应条款；未给出 region → 待定', () => {
    expect(refused(run(at({ ...guangdong, region: '350000' })))).toEqual({ '-': 'no_rule_for_achievement' });
    const { region: _omitted, ...noRegion } = guangdong;
    const r = run(at(noRegion));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['demonstration-zone.guangdong', ['region']],
    ]);
    expect(readingIds(run(at(guangdong)))).toContain('shenzhen.zone-province');
  });
  it('(十) 个人 → 本条只奖励项目组织单位（ineligible_recipient）', () => {
    const r = run(at({ ...national, ...individual }));
    expect(refused(r)).toEqual({ 'demonstration-zone.national': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({
      clause: '(十)',
      quote: '对获得国家级、省级质量品牌提升示范区等荣誉称号的项目组织单位',
    });
  });
  it('(十) 解读“一次性”：本措施已付过同一国家级示范区（history，同一 projectId）→ 再次申报不予奖励（already_paid）', () => {
    const r = run(at({ ...national, projectId: 'zone-a' }), ON, paidBefore('demonstration-zone.national', 1_000_000));
    expect(refused(r)).toEqual({ 'demonstration-zone.national': 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '(十)', quote: '一次性' });
    expect(readingIds(r)).toContain('shenzhen.one-off-zone');
    expect(totalYuan(r)).toBe(0);
  });
  it('(十) 解读“一次性”：不再要求 firstTime → 未说明是否首次亦最高100万元；history 有本条付款而无 projectId → 待定，缺少 projectId', () => {
    const r = run(at(national));
    expect(paid(r)).toEqual({ 'demonstration-zone.national': 1_000_000 });
    expect(r.undetermined).toEqual([]);
    const unknown = run(at(national), ON, {
      history: [
        {
          policyId: 'shenzhen-draft',
          ruleId: 'demonstration-zone.national',
          amountYuan: 1_000_000,
          obtainedOn: '2024-02-01',
        },
      ],
    });
    expect(unknown.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['demonstration-zone.national', ['projectId']],
    ]);
  });
  it('(十) 解读“分别”：同一示范区已按省级付50万元、其后获国家级 → 国家级全额最高100万元（不只补差额）', () => {
    const r = run(at({ ...national, projectId: 'zone-a' }), ON, paidBefore('demonstration-zone.guangdong', 500_000));
    expect(paid(r)).toEqual({ 'demonstration-zone.national': 1_000_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
  });
  it('(十) 同一组合中同一示范区两次获得国家级称号（同一 projectId）→ 只奖励较早一次（already_paid）', () => {
    const r = run([
      at({ ...national, projectId: 'zone-a' }, '2024-05-10'),
      at({ ...national, projectId: 'zone-a' }, '2024-03-01'),
    ]);
    expect(paid(r)).toEqual({ 'demonstration-zone.national': 1_000_000 });
    expect(r.awards[0]?.achievementIndex).toBe(1);
    expect(refused(r)).toEqual({ 'demonstration-zone.national': 'already_paid' });
    expect(readingIds(r)).toContain('shenzhen.one-off-zone');
  });
  it('(十) 解读：“等荣誉称号”只匹配质量品牌提升示范区，随每项奖励提示', () => {
    expect(readingIds(run(at(national)))).toContain('shenzhen.zone-honours');
  });
});

describe('(十一) 擦亮时代性“深圳品牌”（一次性）', () => {
  it.each<Case>([
    [
      '(十一) 依据品牌价值评价等国际标准、国家标准评估达到规定条件 → 一次性最高50万元',
      brandValue,
      'brand-value',
      500_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('(十一) 解读“一次性”：同一品牌在同一组合中两次评价达到条件 → 只资助较早一次（already_paid），合计最高50万元', () => {
    const r = run([
      at({ ...brandValue, projectId: 'brand-a' }, '2024-05-10'),
      at({ ...brandValue, projectId: 'brand-a' }, '2024-03-01'),
    ]);
    expect(paid(r)).toEqual({ 'brand-value': 500_000 });
    expect(r.awards[0]?.achievementIndex).toBe(1);
    expect(refused(r)).toEqual({ 'brand-value': 'already_paid' });
    expect(readingIds(r)).toContain('shenzhen.one-off-brand-value');
    expect(totalYuan(r)).toBe(500_000);
  });
  it('(十一) 解读“一次性”：不同品牌各为一事项 → 各最高50万元', () => {
    const r = run([at({ ...brandValue, projectId: 'brand-a' }), at({ ...brandValue, projectId: 'brand-b' })]);
    expect(totalYuan(r)).toBe(1_000_000);
    expect(readingIds(r)).toContain('shenzhen.one-off-brand-value');
  });
  it('(十一) 解读“一次性”：同一品牌已按本条付过（history，金额低于上限亦同）→ 不再资助（already_paid）', () => {
    const r = run(at({ ...brandValue, projectId: 'brand-a' }), ON, {
      history: [
        {
          policyId: 'shenzhen-draft',
          ruleId: 'brand-value',
          amountYuan: 300_000,
          obtainedOn: '2024-02-01',
          projectId: 'brand-a',
        },
      ],
    });
    expect(refused(r)).toEqual({ 'brand-value': 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '(十一)', quote: '一次性' });
    expect(readingIds(r)).toContain('shenzhen.one-off-brand-value');
    expect(totalYuan(r)).toBe(0);
  });
  it('(十一) 未说明是否首次达到规定条件 → 不再待定：最高50万元', () => {
    const r = run(at({ kind: 'brand_value_evaluation' }));
    expect(r.undetermined).toEqual([]);
    expect(totalYuan(r)).toBe(500_000);
  });
});

describe('文本对照', () => {
  const quotes: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'quote' || key === 'literal' || key === 'statusQuote') && typeof v === 'string') quotes.push(v);
        else collect(v);
      }
    }
  };
  collect(shenzhenDraft);

  it('每条规则、条件、提示、解读的引文均逐字出现在原文中', () => {
    expect(quotes.length).toBeGreaterThan(40);
    expect(quotes.filter((q) => !SOURCE.includes(q))).toEqual([]);
  });
  it('(一)至(十一) 共有23条计算金额的规则、5条转至其他政策的规则；(四)(十三) 无金额', () => {
    const computable = shenzhenDraft.rules.filter((r) => r.amount.type !== 'not_computable');
    expect(computable).toHaveLength(23);
    expect(shenzhenDraft.rules.filter((r) => r.amount.type === 'not_computable').map((r) => r.id)).toEqual([
      'shenzhen-pin',
      'shenzhen-standard-certification',
      'public-technical-platform.national',
      'public-technical-platform.guangdong',
      'public-technical-platform.shenzhen',
    ]);
    expect(new Set(shenzhenDraft.rules.map((r) => r.clause))).toEqual(
      new Set(['(一)', '(二)', '(三)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)', '(十一)']),
    );
  });
  it('(三)(六)(八)(九)(十) 点名企业、组织、单位的条款，每条规则都只奖励组织（recipientType organization）', () => {
    const named = shenzhenDraft.rules.filter((r) => ['(三)', '(六)', '(八)', '(九)', '(十)'].includes(r.clause));
    expect(named).toHaveLength(21);
    const lacking = named.filter(
      (r) =>
        !r.conditions?.some(
          (c) =>
            c.type === 'fact_in' &&
            c.fact === 'recipientType' &&
            c.failure === 'ineligible_recipient' &&
            c.values.join() === 'organization',
        ),
    );
    expect(lacking.map((r) => r.id)).toEqual([]);
  });
  it('(十)(十一) 每项“一次性”奖励都按 once 原语只付一次并附“一次性”解读，不再有首次条件', () => {
    const oneOff = shenzhenDraft.rules.filter((r) => r.clause === '(十)' || r.clause === '(十一)');
    expect(oneOff.map((r) => r.id)).toEqual([
      'demonstration-zone.national',
      'demonstration-zone.guangdong',
      'brand-value',
    ]);
    expect(oneOff.some((r) => r.conditions?.some((c) => c.type === 'first_time'))).toBe(false);
    expect(oneOff.map((r) => r.once?.reading?.id)).toEqual([
      'shenzhen.one-off-zone',
      'shenzhen.one-off-zone',
      'shenzhen.one-off-brand-value',
    ]);
  });
  it('(八) 每项奖励都有“首次”条件', () => {
    const clause8 = shenzhenDraft.rules.filter((r) => r.clause === '(八)');
    expect(clause8).toHaveLength(7);
    expect(clause8.every((r) => r.conditions?.some((c) => c.type === 'first_time'))).toBe(true);
  });
});
