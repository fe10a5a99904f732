import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import { policySchema, type Reading } from '../src/schema/policy.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import { paid, refused, totalYuan } from './support/lines.js';
import { ALWAYS, at, evaluate, run, warnedReadings, warningFor } from './zhengzhou-2019.support.js';

const SOURCE = readFileSync(new URL('../policies/zhengzhou-2019.source.txt', import.meta.url), 'utf8');
const mayor = { kind: 'government_quality_award', level: 'municipal', region: '410100', prize: 'award' } as const;

describe('郑州 2019 数据：每一处引文均逐字见于原文', () => {
  const policy = policySchema.parse(zhengzhou2019);
  const quotes: [string, string][] = [
    ['window.start', policy.window.start.quote],
    ['achievementTiming', policy.achievementTiming.quote ?? ''],
    ...(policy.notices ?? []).map((n): [string, string] => [n.id, n.quote]),
    ...policy.rules.map((r): [string, string] => [r.id, r.quote]),
    ...policy.rules.flatMap((r) =>
      (r.conditions ?? []).flatMap((c): [string, string][] => [
        ...(c.quote ? [[`${r.id} condition`, c.quote] as [string, string]] : []),
        ...(c.type === 'any_of' ? c.conditions : []).flatMap((inner): [string, string][] =>
          inner.quote ? [[`${r.id} any_of condition`, inner.quote]] : [],
        ),
      ]),
    ),
    ...(policy.stacking ?? []).map((s): [string, string] => [s.id, s.quote]),
  ];
  const readings: Reading[] = [
    ...(policy.window.start.reading ? [policy.window.start.reading] : []),
    ...(policy.window.end.type === 'open' ? [policy.window.end.reading] : []),
    ...(policy.achievementTiming.reading ? [policy.achievementTiming.reading] : []),
    ...policy.rules.flatMap((r) => [
      ...(r.readings ?? []),
      ...(r.amount.type !== 'not_computable' && r.amount.reading ? [r.amount.reading] : []),
      ...(r.conditions ?? []).flatMap((c) => (c.reading ? [c.reading] : [])),
    ]),
    ...(policy.stacking ?? []).flatMap((s) => (s.reading ? [s.reading] : [])),
  ];
  it.each(quotes)('%s 的引文逐字见于原文', (_, quote) => {
    expect(SOURCE).toContain(quote);
  });
  it.each(readings.map((r): [string, string] => [r.id, r.literal]))(
    '解读 %s 的原文（literal）逐字见于原文',
    (_, literal) => {
      expect(SOURCE).toContain(literal);
    },
  );
  it('损坏数字保留原样：第10条引文含“1 0 万元”与不间断空格', () => {
    expect(policy.rules.find((r) => r.id === 'art10.main.national')?.quote).toContain('1 0 万元、10\u00a0 万元');
  });
  it('条款编号统一为“第N条”，且第1—24条每条至少一条规则，共96个金额（第10条团体标准为一条规则）', () => {
    expect(policy.rules.every((r) => /^第([1-9]|1\d|2[0-4])条$/.test(r.clause))).toBe(true);
    const clauses = new Set(policy.rules.map((r) => r.clause));
    expect(clauses.size).toBe(24);
    expect(policy.rules).toHaveLength(96);
  });
  it('未按原样读取的金额、以及解读表列出的照印金额均带解读（均可在结果中看到）', () => {
    const withAmountReading = policy.rules
      .filter((r) => r.amount.type !== 'not_computable' && r.amount.reading)
      .map((r) => r.id);
    expect(withAmountReading).toEqual([
      'art1.national',
      'art3.cqa.award',
      'art3.cqa.nomination',
      'art3.henan.award',
      'art3.zhengzhou.award',
      'art5.clinical-trial',
      'art5.production',
      'art5.device-vet',
      'art5.exclusive-variety',
      'art6.national',
      'art8.gold-award',
      'art8.well-known',
      'art9.award.first',
      'art10.main.international',
      'art10.main.national',
      'art10.participating.international',
      'art11.international.tc',
      'art11.zhengzhou.tc',
      'art14.leader.national',
      'art16.international',
      'art17.international.rank1',
      'art17.national.rank1',
      'art17.national.rank2',
      'art17.national.rank3',
      'art23.generic-drug',
      'art23.food.industry',
    ]);
  });
});

describe('第30条 本政策自印发之日起实施（2019年5月10日印发）；无终止日', () => {
  it('2019-05-09（印发前一日）评估 → 政策尚未施行，0元', () => {
    const r = evaluate(at(mayor, '2019-05-09'), 'zhengzhou', '2019-05-09');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art3.zhengzhou.award': 'policy_not_in_force' });
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('100万元');
  });
  it('2019-05-10（印发当日）取得并评估 → 施行，100万元', () => {
    const r = evaluate(at(mayor, '2019-05-10'), 'zhengzhou', '2019-05-10');
    expect(r.inForce).toBe(true);
    expect(paid(r)).toEqual({ 'art3.zhengzhou.award': 1_000_000 });
  });
  it('施行日依据文末印发日期，结果附该解读', () => {
    const r = evaluate(at(mayor, '2019-05-10'), 'zhengzhou', '2019-05-10');
    expect(warningFor(r, 'zhengzhou.start-print-date')?.message.zh).toContain('郑州市人民政府办公厅2019年5月10日印发');
  });
  it('无终止日：2040-12-31 仍施行，窗口为 2019-05-10 至 null，并提示无终止日的解读', () => {
    const r = evaluate(at(mayor, '2040-01-02'), 'zhengzhou', '2040-12-31');
    expect(totalYuan(r)).toBe(1_000_000);
    expect(r.policy.window).toEqual({ start: '2019-05-10', end: null });
    expect(warnedReadings(r)).toContain('zhengzhou.no-end-date');
  });
  it('政策概要：文号郑政〔2019〕15号、施行中、不附征求意见稿提示', () => {
    const r = run(mayor);
    expect(r.policy).toMatchObject({
      id: 'zhengzhou-2019',
      title: '郑州市质量提升若干政策',
      documentNumber: '郑政〔2019〕15号',
      status: 'in_force',
    });
    expect(r.warnings.map((w) => w.code)).not.toContain('draft_policy');
  });
  it('按名称、全称、简称、拼音、区划代码均可找到郑州市', () => {
    for (const name of ['郑州市', '河南省郑州市', '郑州', 'Zhengzhou', 'zhengzhou', '410100']) {
      expect(evaluate(at(mayor), name, '2024-06-01').jurisdiction).toMatchObject({
        code: '410100',
        name: '郑州市',
        nameEn: 'Zhengzhou, Henan',
      });
    }
  });
});

describe('第26条 本政策仅对本政策生效后取得的质量成果进行奖励', () => {
  it('2019-05-09 取得、施行后评估 → 不予奖励（achievement_before_policy，附第26条）', () => {
    const r = evaluate(at(mayor, '2019-05-09'), 'zhengzhou', '2019-06-01');
    expect(refused(r)).toEqual({ 'art3.zhengzhou.award': 'achievement_before_policy' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({
      clause: '第26条',
      quote: '本政策仅对本政策生效后取得的质量成果进行奖励',
    });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('zhengzhou.art26.start-day');
  });
  it('解读：2019-05-10（生效当日）取得 → 视为生效后取得，予以奖励，并提示另一读法（仅自5月11日起）', () => {
    const r = evaluate(at(mayor, '2019-05-10'), 'zhengzhou', '2019-06-01');
    expect(paid(r)).toEqual({ 'art3.zhengzhou.award': 1_000_000 });
    expect(warningFor(r, 'zhengzhou.art26.start-day')?.message.en).toContain('2019-05-11');
  });
  it('例外（市政府其它文件有奖励政策的除外）作为提示随每个结果给出；第27条资金用途亦然', () => {
    const notices = run(mayor).warnings.filter((w) => w.code === 'notice');
    expect(notices.map((n) => [n.clause, n.quote])).toEqual([
      ['序言', '努力把郑州市建设成为国家质量强市示范城市，全面提升质量水平，提高企业核心竞争力'],
      ['第26条', '市政府其它文件有奖励政策的除外'],
      ['第27条', '奖励资金限用于本办法所列质量计量标准化认证管理、技术创新、实验室建设、品牌培育等方面'],
    ]);
  });
});

describe('申报主体所在地：文本未设一般的注册地条件，以提示告知调用方', () => {
  const notice = (r: ReturnType<typeof run>) =>
    r.warnings.find((w) => w.code === 'notice' && w.clause === '序言' && w.quote?.startsWith('努力把郑州市'));
  it('提示随每个结果给出，并说明只有第4、5、11、16条核验所在地', () => {
    const w = notice(run(mayor));
    expect(w?.message.zh).toContain('未规定申报主体的注册地、税务登记地等条件');
    expect(w?.message.zh).toContain('调用方应自行确认申报主体属于郑州市');
    for (const clause of ['第4条', '第5条', '第11条', '第16条']) expect(w?.message.zh).toContain(clause);
    expect(w?.message.en).toContain('callers must confirm the applicant belongs to Zhengzhou');
  });
  it('无一般注册地条件：注册在开封的单位获市长质量奖 → 照付100万元，但附上述提示', () => {
    const r = run({ ...mayor, recipient: { type: 'organization', registeredIn: '410200' } });
    expect(paid(r)).toEqual({ 'art3.zhengzhou.award': 1_000_000 });
    expect(notice(r)).toBeDefined();
  });
  it('政策数据没有 eligibility：所在地条件只写在各条的 conditions 中', () => {
    const parsed = policySchema.parse(zhengzhou2019);
    expect(parsed.eligibility).toBeUndefined();
    const located = parsed.rules
      .filter((r) => (r.conditions ?? []).some((c) => c.type === 'located_in'))
      .map((r) => r.clause);
    expect([...new Set(located)]).toEqual(['第4条', '第5条', '第11条', '第16条']);
  });
});

describe('“单位”“企业”条款只奖励单位：个人取得同类成果 → 无对应条款', () => {
  const individual = { type: 'individual' } as const;
  it.each<[string, Omit<AchievementInput, 'obtainedOn'>]>([
    ['第2条 中小学质量教育社会实践基地的企业（组织）', { kind: 'quality_education_base', level: 'national' }],
    ['第6条 知名服务品牌的企业', { kind: 'service_brand', level: 'national' }],
    ['第8条 驰名商标的企业', { kind: 'trademark_honor', subtype: 'well_known_trademark' }],
    ['第10条 主要起草单位', { kind: 'standard_drafting', level: 'national', drafterRole: 'main' }],
    ['第13条 标准化良好行为的企业', { kind: 'standardization_good_behavior', grade: 'AAAAA' }],
    ['第14条 企业标准领跑者的企业', { kind: 'enterprise_standard_leader', level: 'national' }],
    ['第15条 产业计量测试中心的单位', { kind: 'industrial_metrology_center', level: 'national' }],
    ['第18条 测量管理体系认证的企业', { kind: 'measurement_management_certification', grade: 'AAA' }],
    [
      '第22条 卓越绩效管理孵化基地的企业',
      { kind: 'quality_management_incubation_base', subtype: 'excellence_performance' },
    ],
    ['第23条 能源管理体系认证的企业', { kind: 'energy_certification', subtype: 'energy_management_system' }],
    ['第24条 药品、医疗器械生产、经营企业', { kind: 'international_drug_device_certification' }],
  ])('%s：个人 → no_rule_for_achievement', (_, achievement) => {
    const r = run({ ...achievement, recipient: individual });
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(totalYuan(r)).toBe(0);
  });
});

describe('本政策无对应条款的成果', () => {
  it('重点项目（一事一议类）→ no_rule_for_achievement', () => {
    const r = run({ kind: 'key_project' });
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(warnedReadings(r).sort()).toEqual([...ALWAYS].sort());
  });
});
