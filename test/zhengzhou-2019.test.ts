import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import { policySchema, type Reading } from '../src/schema/policy.js';
import { paid } from './support/lines.js';
import { at, evaluate, run, warningFor } from './zhengzhou-2019.support.js';

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
  it('施行日依据文末印发日期，结果附该解读', () => {
    const r = evaluate(at(mayor, '2019-05-10'), 'zhengzhou', '2019-05-10');
    expect(warningFor(r, 'zhengzhou.start-print-date')?.message.zh).toContain('郑州市人民政府办公厅2019年5月10日印发');
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
