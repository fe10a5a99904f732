import { describe, expect, it } from 'vitest';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  type Case,
  IN_KAIFENG,
  IN_ZHENGZHOU,
  at,
  expectSingle,
  run,
  warnedReadings,
  warningFor,
} from './zhengzhou-2019.support.js';

// 三、计量（第15—18条）；四、检验检测（第19—21条）；五、认证管理（第22—24条）

describe('第15条 产业计量测试中心', () => {
  it.each<Case>([
    [
      '第15条 国家产业计量测试中心（验收批准建立）→ 50万元',
      { kind: 'industrial_metrology_center', level: 'national', stage: 'accepted' },
      'art15.national',
      500_000,
      ['zhengzhou.art15.other-platforms', 'zhengzhou.art15.center-accepted'],
    ],
    [
      '第15条 省级（河南省）产业计量测试中心（验收批准建立）→ 20万元',
      { kind: 'industrial_metrology_center', level: 'provincial', region: '410000', stage: 'accepted' },
      'art15.provincial',
      200_000,
      ['zhengzhou.provincial-henan', 'zhengzhou.art15.center-accepted'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it.each<[string, 'national' | 'provincial']>([
    ['国家产业计量测试中心', 'national'],
    ['省级产业计量测试中心', 'provincial'],
  ])('第15条 个人获得%s → 本条只奖励单位，无对应条款', (_, level) => {
    expect(refused(run({ kind: 'industrial_metrology_center', level, recipient: { type: 'individual' } }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第15条 仅获批筹建（stage approved）→ 不满足前提条件，附解读', () => {
    const r = run({ kind: 'industrial_metrology_center', level: 'national', stage: 'approved' });
    expect(refused(r)).toEqual({ 'art15.national': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('获得国家产业计量测试中心');
    expect(warnedReadings(r)).toContain('zhengzhou.art15.center-accepted');
  });
  it('第15条 同一省级中心筹建时与建立时各报告一次 → 只付一次20万元', () => {
    const center = { kind: 'industrial_metrology_center', level: 'provincial', region: '410000' } as const;
    const r = run([at({ ...center, stage: 'approved' }, '2021-06-01'), at({ ...center, stage: 'accepted' })]);
    expect(r.awards.map((a) => [a.achievementIndex, a.ruleId, a.amount.fen / 100])).toEqual([
      [1, 'art15.provincial', 200_000],
    ]);
    expect(totalYuan(r)).toBe(200_000);
  });
  it('第15条 未给出阶段 → 待定，缺少 stage', () => {
    const r = run({ kind: 'industrial_metrology_center', level: 'national' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art15.national', ['stage']]]);
  });
  it('第15条 “省级”指河南省：浙江省级产业计量测试中心 → 无对应条款；未给出省份 → 待定', () => {
    expect(
      refused(run({ kind: 'industrial_metrology_center', level: 'provincial', region: '330000', stage: 'accepted' })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
    const r = run({ kind: 'industrial_metrology_center', level: 'provincial', stage: 'accepted' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art15.provincial', ['region']]]);
  });
  it('第15条 市级产业计量测试中心 → 本政策无对应条款', () => {
    expect(refused(run({ kind: 'industrial_metrology_center', level: 'municipal' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('第16条 计量技术组织落户郑州', () => {
  it.each<Case>([
    [
      '第16条 国际性计量技术组织落户郑州 → 100万元（按顺序读）',
      { kind: 'metrology_organization_settlement', level: 'international', recipient: IN_ZHENGZHOU },
      'art16.international',
      1_000_000,
      ['zhengzhou.art16.international'],
    ],
    [
      '第16条 国家计量专业技术委员会落户郑州 → 50万元',
      { kind: 'metrology_organization_settlement', level: 'national', recipient: IN_ZHENGZHOU },
      'art16.national',
      500_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第16条 落户开封 → 不符合条件', () => {
    const r = run({ kind: 'metrology_organization_settlement', level: 'national', recipient: IN_KAIFENG });
    expect(refused(r)).toEqual({ 'art16.national': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('落户郑州');
  });
});

describe('第17条 制（修）订计量技术法规的起草者（前三位）', () => {
  const regulation = (level: 'international' | 'national' | 'local', rank: number) =>
    ({ kind: 'metrology_regulation_drafting', level, rank, drafterRole: 'main' }) as const;
  const LOCAL = ['zhengzhou.art17.local-any-region'];
  it.each<Case>([
    [
      '第17条 国际计量技术法规和国际建议被采用、主要起草者第一位 → 100万元（按顺序读）',
      regulation('international', 1),
      'art17.international.rank1',
      1_000_000,
      ['zhengzhou.art17.international-adopted', 'zhengzhou.art17.international-first'],
    ],
    [
      '第17条 国际计量技术法规和国际建议被采用、第二位 → 80万元',
      regulation('international', 2),
      'art17.international.rank2',
      800_000,
      ['zhengzhou.art17.international-adopted'],
    ],
    [
      '第17条 国际计量技术法规和国际建议被采用、第三位 → 60万元',
      regulation('international', 3),
      'art17.international.rank3',
      600_000,
      ['zhengzhou.art17.international-adopted'],
    ],
    [
      '第17条 国家计量技术法规主导起草者第一位 → 30万元',
      regulation('national', 1),
      'art17.national.rank1',
      300_000,
      ['zhengzhou.art17.national'],
    ],
    [
      '第17条 国家计量技术法规主导起草者第二位 → 20万元',
      regulation('national', 2),
      'art17.national.rank2',
      200_000,
      ['zhengzhou.art17.national'],
    ],
    [
      '第17条 国家计量技术法规主导起草者第三位 → 10万元',
      regulation('national', 3),
      'art17.national.rank3',
      100_000,
      ['zhengzhou.art17.national'],
    ],
    ['第17条 地方计量技术法规主要起草者第一位 → 5万元', regulation('local', 1), 'art17.local.rank1', 50_000, LOCAL],
    ['第17条 地方计量技术法规主要起草者第二位 → 3万元', regulation('local', 2), 'art17.local.rank2', 30_000, LOCAL],
    ['第17条 地方计量技术法规主要起草者第三位 → 2万元', regulation('local', 3), 'art17.local.rank3', 20_000, LOCAL],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第17条 个人起草者同样适用：国家计量技术法规第一位（个人）→ 30万元', () => {
    expect(paid(run({ ...regulation('national', 1), recipient: { type: 'individual' } }))).toEqual({
      'art17.national.rank1': 300_000,
    });
  });
  it('第17条 参与（非主要/主导）起草者排名第二 → 本条只奖励主要起草者，无对应条款', () => {
    const r = run({ ...regulation('national', 2), drafterRole: 'participating' });
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(totalYuan(r)).toBe(0);
  });
  it('第17条 未给出起草角色 → 待定，缺少 drafterRole', () => {
    const r = run({ kind: 'metrology_regulation_drafting', level: 'national', rank: 2 });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art17.national.rank2', ['drafterRole']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('第17条 国家计量技术法规“30 万元、20 万元、10 万元的的”照印，解读无另一读法', () => {
    const w = warningFor(run(regulation('national', 1)), 'zhengzhou.art17.national');
    expect(w?.message.zh).toContain('原文：“分别给予30 万元、20 万元、10 万元的的一次性奖励”');
    expect(w?.reading?.alternative).toBeUndefined();
  });
  it('第17条 “国际建议被采用”：本库不核验“被采用”，解读提示调用方核实', () => {
    const w = warningFor(run(regulation('international', 2)), 'zhengzhou.art17.international-adopted');
    expect(w?.reading?.literal).toBe('参与制 （修）订国际计量技术法规和国际建议被采用的主要起草者 （前三位）');
    expect(w?.reading?.chosen.en).toContain('does NOT check it');
    expect(w?.reading?.alternative?.zh).toContain('只限定国际建议');
  });
  it('第17条 地方计量技术法规不限地区（解读）：陕西省地方计量技术法规第一位 → 5万元', () => {
    const r = run({ ...regulation('local', 1), region: '610000' });
    expect(paid(r)).toEqual({ 'art17.local.rank1': 50_000 });
    const w = warningFor(r, 'zhengzhou.art17.local-any-region');
    expect(w?.reading?.chosen.zh).toContain('不限地区');
    expect(w?.reading?.alternative?.zh).toContain('只限河南省');
  });
  it('第17条 第四位起草者 → 不在前三位，无奖励（rank_not_eligible）', () => {
    const r = run(regulation('national', 4));
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({
      'art17.national.rank1': 'rank_not_eligible',
      'art17.national.rank2': 'rank_not_eligible',
      'art17.national.rank3': 'rank_not_eligible',
    });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('（前三位）');
  });
  it('第17条 未给出排名 → 待定，缺少 rank', () => {
    const r = run({ kind: 'metrology_regulation_drafting', level: 'local', drafterRole: 'main' });
    expect(r.undetermined.map((u) => u.missingFacts)).toEqual([['rank'], ['rank'], ['rank']]);
    expect(totalYuan(r)).toBe(0);
  });
});

describe('第18条 测量管理体系认证（涵盖能源计量）', () => {
  it.each<Case>([
    [
      '第18条 首次认证AAA级 → 10万元',
      { kind: 'measurement_management_certification', grade: 'AAA', cycle: 'initial' },
      'art18.aaa',
      100_000,
      ['zhengzhou.art18.energy-scope', 'zhengzhou.art18.initial'],
    ],
    [
      '第18条 首次认证AA级 → 5万元',
      { kind: 'measurement_management_certification', grade: 'AA', cycle: 'initial' },
      'art18.aa',
      50_000,
      ['zhengzhou.art18.energy-scope', 'zhengzhou.art18.initial'],
    ],
    [
      '第18条 首次认证A级 → 3万元',
      { kind: 'measurement_management_certification', grade: 'A', cycle: 'initial' },
      'art18.a',
      30_000,
      ['zhengzhou.art18.energy-scope', 'zhengzhou.art18.initial'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第18条 “涵盖能源计量”不核验：解读明言本库不检查，须由调用方核实', () => {
    const w = warningFor(
      run({ kind: 'measurement_management_certification', grade: 'AA', cycle: 'initial' }),
      'zhengzhou.art18.energy-scope',
    );
    expect(w?.reading?.literal).toBe('获得测量管理体系认证 （涵盖能源计量）');
    expect(w?.reading?.chosen.zh).toContain('本库不核验');
    expect(w?.reading?.chosen.zh).toContain('调用方须自行核实');
    expect(w?.reading?.chosen.en).toContain('NOT checked');
    expect(w?.reading?.chosen.en).toContain('the caller must verify it');
  });
  it('第18条 个人 → 本条只奖励企业，无对应条款', () => {
    expect(
      refused(run({ kind: 'measurement_management_certification', grade: 'AAA', recipient: { type: 'individual' } })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第18条 复评审（cycle renewal）AAA级 → 不满足前提条件（只奖首次认证），附解读', () => {
    const r = run({ kind: 'measurement_management_certification', grade: 'AAA', cycle: 'renewal' });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art18.aaa': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('获得测量管理体系认证');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('zhengzhou.art18.initial');
    const w = warningFor(r, 'zhengzhou.art18.initial');
    expect(w?.reading?.chosen.zh).toContain('只奖励首次获得认证');
    expect(w?.reading?.alternative?.zh).toContain('含复评审');
  });
  it('第18条 未给出认证周期 → 待定，缺少 cycle', () => {
    const r = run({ kind: 'measurement_management_certification', grade: 'A' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art18.a', ['cycle']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('第18条 未给出等级 → 待定，缺少 grade', () => {
    expect(
      run({ kind: 'measurement_management_certification', cycle: 'initial' }).undetermined.map((u) => [
        u.ruleId,
        u.missingFacts,
      ]),
    ).toEqual([
      ['art18.aaa', ['grade']],
      ['art18.aa', ['grade']],
      ['art18.a', ['grade']],
    ]);
  });
});

describe('第19条 国家级检验检测认证公共服务平台示范区', () => {
  it.each<Case>([
    [
      '第19条 成功创建国家级检验检测认证公共服务平台示范区 → 50万元',
      { kind: 'inspection_demonstration_zone', level: 'national' },
      'art19.demonstration-zone',
      500_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
});

describe('第20条 建成国家级、省级检验检测机构', () => {
  it.each<Case>([
    [
      '第20条 建成国家级检验检测机构 → 100万元',
      { kind: 'inspection_center', level: 'national', stage: 'accepted' },
      'art20.national',
      1_000_000,
      ['zhengzhou.art20.built'],
    ],
    [
      '第20条 建成省级（河南省）检验检测机构 → 50万元',
      { kind: 'inspection_center', level: 'provincial', region: '410000', stage: 'accepted' },
      'art20.provincial',
      500_000,
      ['zhengzhou.provincial-henan', 'zhengzhou.art20.built'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第20条 仅获批筹建、尚未建成 → 不满足前提条件', () => {
    const r = run({ kind: 'inspection_center', level: 'national', stage: 'approved' });
    expect(refused(r)).toEqual({ 'art20.national': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('100万元');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toEqual(['zhengzhou.art20.built']);
    const w = warningFor(r, 'zhengzhou.art20.built');
    expect(w?.reading?.literal).toBe('建成国家级、省级检验检测机构');
    expect(w?.reading?.chosen.zh).toContain('仅获批筹建（stage approved）不予奖励');
    expect(w?.reading?.basis.zh).toContain('taizhou.keylab-built');
  });
  it('第20条 “省级”指河南省：浙江省级检验检测机构 → 无对应条款', () => {
    expect(
      refused(run({ kind: 'inspection_center', level: 'provincial', region: '330000', stage: 'accepted' })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('第21条 CNAS认可、强制性产品认证指定实验室、检测结果互认', () => {
  it.each<Case>([
    [
      '第21条 首次通过CNAS认可的实验室 → 10万元',
      { kind: 'laboratory_accreditation', cycle: 'initial' },
      'art21.cnas',
      100_000,
      ['zhengzhou.art21.cnas-initial'],
    ],
    [
      '第21条 强制性产品认证指定实验室，一类产品 → 10万元',
      { kind: 'ccc_designated_laboratory' },
      'art21.ccc-laboratory',
      100_000,
      [],
    ],
    [
      '第21条 签署国际知名技术机构间检测结果互认 → 20万元',
      { kind: 'mutual_recognition_agreement' },
      'art21.mutual-recognition',
      200_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第21条 CNAS复评审（cycle renewal）→ 不满足前提条件（只奖首次认可），附解读', () => {
    const r = run({ kind: 'laboratory_accreditation', cycle: 'renewal' });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art21.cnas': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('对通过 CNAS 认可的实验室，一次性给予 10 万元奖励');
    const w = warningFor(r, 'zhengzhou.art21.cnas-initial');
    expect(w?.reading?.chosen.zh).toContain('只奖励首次通过CNAS认可');
    expect(w?.reading?.basis.zh).toContain('taizhou.cnas-initial');
  });
  it('第21条 CNAS未给出认可周期 → 待定，缺少 cycle', () => {
    const r = run({ kind: 'laboratory_accreditation' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts, u.clauseAmount?.text])).toEqual([
      ['art21.cnas', ['cycle'], '10万元'],
    ]);
  });
  it('第21条 每类产品10万元：指定三类产品 → 30万元', () => {
    const r = run({ kind: 'ccc_designated_laboratory', count: 3 });
    expect(paid(r)).toEqual({ 'art21.ccc-laboratory': 300_000 });
    expect(r.awards[0]?.calculation.zh).toContain('每类产品');
  });
});

describe('第22条 卓越绩效孵化基地、管理软件、卓越绩效管理模式', () => {
  it.each<Case>([
    [
      '第22条 被选定为卓越绩效管理孵化基地 → 30万元',
      { kind: 'quality_management_incubation_base', subtype: 'excellence_performance' },
      'art22.incubation-base',
      300_000,
      [],
    ],
    [
      '第22条 自主研发管理软件获著作权或专利权并实施 → 30万元',
      { kind: 'management_software' },
      'art22.management-software',
      300_000,
      [],
    ],
    [
      '第22条 导入卓越绩效管理模式并经认定有效实施 → 10万元',
      { kind: 'excellence_performance', subtype: 'effective_implementation' },
      'art22.excellence',
      100_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第22条 先进质量管理孵化基地 → 本条只列卓越绩效管理孵化基地，无对应条款', () => {
    expect(
      refused(run({ kind: 'quality_management_incubation_base', subtype: 'advanced_quality_management' })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第22条 孵化基地未说明类别 → 待定，缺少 subtype', () => {
    const r = run({ kind: 'quality_management_incubation_base' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art22.incubation-base', ['subtype']]]);
  });
  it('第22条 卓越绩效“较高成熟度”评价 → 本条未列，无对应条款', () => {
    expect(refused(run({ kind: 'excellence_performance', subtype: 'high_maturity' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('第23条 节能低碳、高端认证、能源管理、一致性评价、食品安全认证', () => {
  it.each<Case>([
    [
      '第23条 节能产品认证 → 10万元',
      { kind: 'energy_certification', subtype: 'energy_saving_product' },
      'art23.energy-low-carbon',
      100_000,
      [],
    ],
    [
      '第23条 低碳产品认证 → 10万元',
      { kind: 'energy_certification', subtype: 'low_carbon_product' },
      'art23.energy-low-carbon',
      100_000,
      [],
    ],
    [
      '第23条 高端产品服务认证（机器人、物联网、城市轨道交通装备等）→ 20万元',
      { kind: 'high_end_certification', subtype: 'product_service' },
      'art23.high-end',
      200_000,
      [],
    ],
    [
      '第23条 首次获得能源管理体系认证 → 30万元',
      { kind: 'energy_certification', subtype: 'energy_management_system', cycle: 'initial' },
      'art23.energy-management',
      300_000,
      ['zhengzhou.art23.energy-management-initial'],
    ],
    [
      '第23条 通过仿制药一致性评价的医药品种 → 200万元（丢字标记）',
      { kind: 'generic_drug_consistency_evaluation' },
      'art23.generic-drug',
      2_000_000,
      ['zhengzhou.art23.generic-per-variety', 'zhengzhou.art23.generic'],
    ],
    [
      '第23条 食品工业企业（非规模以上）通过HACCP认证 → 50万元',
      {
        kind: 'food_safety_certification',
        subtype: 'haccp',
        recipient: { type: 'organization', sector: 'food_industry', aboveDesignatedSize: false },
      },
      'art23.food.industry',
      500_000,
      ['zhengzhou.art23.standard-names', 'zhengzhou.art23.food-each-certification', 'zhengzhou.art23.food-industry'],
    ],
    [
      '第23条 餐饮企业通过ISO 22000认证 → 30万元',
      {
        kind: 'food_safety_certification',
        subtype: 'iso22000',
        recipient: { type: 'organization', sector: 'catering' },
      },
      'art23.food.catering-trade-related',
      300_000,
      [
        'zhengzhou.art23.standard-names',
        'zhengzhou.art23.food-each-certification',
        'zhengzhou.art23.size-exclusion-scope',
      ],
    ],
    [
      '第23条 食品批发和零售企业通过诚信管理体系认证 → 30万元',
      {
        kind: 'food_safety_certification',
        subtype: 'integrity_management',
        recipient: { type: 'organization', sector: 'food_wholesale_retail' },
      },
      'art23.food.catering-trade-related',
      300_000,
      [
        'zhengzhou.art23.standard-names',
        'zhengzhou.art23.food-each-certification',
        'zhengzhou.art23.size-exclusion-scope',
      ],
    ],
    [
      '第23条 食品相关产品生产企业通过HACCP认证 → 30万元',
      {
        kind: 'food_safety_certification',
        subtype: 'haccp',
        recipient: { type: 'organization', sector: 'food_related_products' },
      },
      'art23.food.catering-trade-related',
      300_000,
      [
        'zhengzhou.art23.standard-names',
        'zhengzhou.art23.food-each-certification',
        'zhengzhou.art23.size-exclusion-scope',
      ],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it.each<[string, 'energy_certification' | 'high_end_certification', string, string, string, number]>([
    [
      '节能产品、低碳产品认证',
      'energy_certification',
      'energy_saving_product',
      'low_carbon_product',
      'art23.energy-low-carbon',
      100_000,
    ],
    ['高端产品服务认证', 'high_end_certification', 'product_service', 'product_service', 'art23.high-end', 200_000],
  ])(
    '第23条 %s“一次性”按每项认证计（解读）：两项不同认证各付一次；count 为2 不相乘',
    (_, kind, first, second, ruleId, yuan) => {
      const one = run({ kind, subtype: first, count: 2 });
      expect(paid(one)).toEqual({ [ruleId]: yuan });
      const two = run([
        at({ kind, subtype: first, projectId: 'cert-1' }, '2024-03-01'),
        at({ kind, subtype: second, projectId: 'cert-2' }),
      ]);
      expect(two.awards.map((a) => [a.achievementIndex, a.ruleId, a.amount.fen / 100])).toEqual([
        [0, ruleId, yuan],
        [1, ruleId, yuan],
      ]);
      expect(totalYuan(two)).toBe(2 * yuan);
    },
  );
  it.each<[string, 'energy_certification' | 'high_end_certification', string, string, number]>([
    ['节能产品、低碳产品认证', 'energy_certification', 'low_carbon_product', 'art23.energy-low-carbon', 100_000],
    ['高端产品服务认证', 'high_end_certification', 'product_service', 'art23.high-end', 200_000],
  ])(
    '第23条 %s：同一证书已按本条获奖（history，同一 projectId）→ 不再奖励（already_paid）',
    (_, kind, subtype, ruleId, yuan) => {
      const history = [
        { policyId: 'zhengzhou-2019', ruleId, amountYuan: yuan, obtainedOn: '2021-04-01', projectId: 'cert-1' },
      ];
      const r = run({ kind, subtype, projectId: 'cert-1' }, { history });
      expect(totalYuan(r)).toBe(0);
      expect(refused(r)).toEqual({ [ruleId]: 'already_paid' });
      expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain(
        ruleId === 'art23.high-end' ? 'zhengzhou.art23.high-end-once' : 'zhengzhou.art23.energy-low-carbon-once',
      );
      expect(paid(run({ kind, subtype, projectId: 'cert-2' }, { history }))).toEqual({ [ruleId]: yuan });
    },
  );
  it('第23条 节能低碳按每项认证计：解读的另一读法为每家企业一次', () => {
    const history = [
      {
        policyId: 'zhengzhou-2019',
        ruleId: 'art23.energy-low-carbon',
        amountYuan: 100_000,
        obtainedOn: '2021-04-01',
        projectId: 'a',
      },
    ];
    const w = warningFor(
      run({ kind: 'energy_certification', subtype: 'energy_saving_product', projectId: 'b' }, { history }),
      'zhengzhou.art23.energy-low-carbon-once',
    );
    expect(w?.reading?.chosen.zh).toContain('每项认证');
    expect(w?.reading?.alternative?.zh).toContain('每家企业在本政策下只奖励一次10万元');
  });
  it('第23条 能源管理体系认证与节能产品认证各为一事项：同年节能产品认证10万元 + 能源管理体系30万元', () => {
    const r = run([
      at({ kind: 'energy_certification', subtype: 'energy_saving_product' }),
      at({ kind: 'energy_certification', subtype: 'energy_management_system', cycle: 'initial' }),
    ]);
    expect(paid(r)).toEqual({ 'art23.energy-low-carbon': 100_000, 'art23.energy-management': 300_000 });
  });
  it('第23条 一致性评价的解读：“20  万元”读作200万元，照印20万元为另一读法', () => {
    const w = warningFor(run({ kind: 'generic_drug_consistency_evaluation' }), 'zhengzhou.art23.generic');
    expect(w?.message.zh).toContain('采用：200万元；另一读法：照印：20万元');
  });
  it('第23条 按品种计：解读单列（每个品种一次性奖励），另一读法为按企业只奖一次', () => {
    const w = warningFor(run({ kind: 'generic_drug_consistency_evaluation' }), 'zhengzhou.art23.generic-per-variety');
    expect(w?.reading?.chosen.zh).toContain('按品种');
    expect(w?.reading?.alternative?.zh).toContain('按企业');
    expect(w?.reading?.basis.zh).toContain('医药品种');
  });
  it('第23条 两个医药品种通过一致性评价 → 每个品种200万元，共400万元', () => {
    const r = run({ kind: 'generic_drug_consistency_evaluation', count: 2 });
    expect(paid(r)).toEqual({ 'art23.generic-drug': 4_000_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('zhengzhou.art23.generic-per-variety');
  });
  it('第23条 规模以上食品工业企业 → 本条明确排除（excluded_by_clause）', () => {
    const r = run({
      kind: 'food_safety_certification',
      subtype: 'haccp',
      recipient: { type: 'organization', sector: 'food_industry', aboveDesignatedSize: true },
    });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art23.food.industry': 'excluded_by_clause' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('（规模以上企业除外）');
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('50万元');
  });
  it('第23条 规模以上的餐饮企业 → 排除只针对食品工业企业，仍为30万元', () => {
    const r = run({
      kind: 'food_safety_certification',
      subtype: 'iso22000',
      recipient: { type: 'organization', sector: 'catering', aboveDesignatedSize: true },
    });
    expect(paid(r)).toEqual({ 'art23.food.catering-trade-related': 300_000 });
  });
  it('第23条 食品工业企业未说明是否规模以上 → 待定，缺少 aboveDesignatedSize', () => {
    const r = run({
      kind: 'food_safety_certification',
      subtype: 'haccp',
      recipient: { type: 'organization', sector: 'food_industry' },
    });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art23.food.industry', ['aboveDesignatedSize']],
    ]);
  });
  it('第23条 未给出行业 → 待定，缺少 sector（食品工业企业一条另缺 aboveDesignatedSize）', () => {
    const r = run({ kind: 'food_safety_certification', subtype: 'haccp' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art23.food.industry', ['sector', 'aboveDesignatedSize']],
      ['art23.food.catering-trade-related', ['sector']],
    ]);
  });
  it('第23条 其他行业的企业 → 本条未列，无对应条款', () => {
    expect(
      refused(
        run({
          kind: 'food_safety_certification',
          subtype: 'haccp',
          recipient: { type: 'organization', sector: 'other' },
        }),
      ),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第23条 分别给予（解读：每项认证各给予）：小型食品工业企业通过HACCP与ISO 22000两项认证 → 各50万元', () => {
    const food = { type: 'organization', sector: 'food_industry', aboveDesignatedSize: false } as const;
    const r = run([
      at({ kind: 'food_safety_certification', subtype: 'haccp', recipient: food }),
      at({ kind: 'food_safety_certification', subtype: 'iso22000', recipient: food }),
    ]);
    expect(r.awards.map((a) => a.amount.text)).toEqual(['50万元', '50万元']);
    expect(totalYuan(r)).toBe(1_000_000);
    for (const award of r.awards)
      expect(award.readings.map((x) => x.id)).toContain('zhengzhou.art23.food-each-certification');
    const w = warningFor(r, 'zhengzhou.art23.food-each-certification');
    expect(w?.reading?.chosen.zh).toContain('每项认证各给予');
    expect(w?.reading?.alternative?.zh).toContain('只奖励一次');
  });
  it('第23条 食品工业企业50万元照印（高于餐饮等30万元，但丢字不会使数字过大），无另一读法', () => {
    const w = warningFor(
      run({
        kind: 'food_safety_certification',
        subtype: 'haccp',
        recipient: { type: 'organization', sector: 'food_industry', aboveDesignatedSize: false },
      }),
      'zhengzhou.art23.food-industry',
    );
    expect(w?.reading?.literal).toBe('食品工业企业 （规模以上企业除外）分别给予50 万元');
    expect(w?.reading?.basis.en).toContain('a lost digit cannot make a figure too large');
    expect(w?.reading?.alternative).toBeUndefined();
  });
});

describe('第24条 药品、医疗器械企业通过国际认证', () => {
  it.each<Case>([
    [
      '第24条 药品生产企业通过美国、欧盟或其他国际组织认证 → 50万元',
      { kind: 'international_drug_device_certification' },
      'art24.international-certification',
      500_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
});

describe('组合：一家企业同年的多项成果（本政策除第5条两项上限外无就高或上限）', () => {
  it('市长质量奖100万 + 国家标准主要起草100万 + 追加20万 + CNAS 10万 + 对标达标2个产品10万 → 240万元', () => {
    const r = run([
      at({ kind: 'government_quality_award', level: 'municipal', region: '410100', prize: 'award' }),
      at({ kind: 'standard_drafting', level: 'national', drafterRole: 'main', convertedOwnIntellectualProperty: true }),
      at({ kind: 'laboratory_accreditation', cycle: 'initial' }),
      at({ kind: 'benchmarking_action', count: 2 }),
    ]);
    expect(paid(r)).toEqual({
      'art3.zhengzhou.award': 1_000_000,
      'art10.main.national': 1_000_000,
      'art10.ip-conversion': 200_000,
      'art21.cnas': 100_000,
      'art14.benchmarking': 100_000,
    });
    expect(totalYuan(r)).toBe(2_400_000);
    expect(r.totalIsUpperLimit).toBe(false);
  });
});
