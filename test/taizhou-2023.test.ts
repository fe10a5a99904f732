import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taizhou2023 } from '../policies/taizhou-2023.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  evaluate,
  getPolicy,
  ON,
  at,
  readingIds,
  undetermined,
  CQA,
  PZB_INITIAL,
  PZB_RENEWAL,
  PZB_SELF,
  NATIONAL_STANDARD,
  NATIONAL_PILOT,
  TAIZHOU_STANDARD_AWARD,
  history,
} from './taizhou-2023.support.js';

describe('五 附则 本意见自2023年2月11日起施行，有效期3年', () => {
  it('有效期3年 → 2023-02-11 至 2026-02-10', () => {
    expect(evaluate(at(CQA), '331000', ON).policy.window).toEqual({ start: '2023-02-11', end: '2026-02-10' });
  });
  it('2023-02-10（施行前一日）→ 政策尚未施行，0元', () => {
    const r = evaluate(at(CQA, '2023-02-10'), 'taizhou', '2023-02-10');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_not_in_force' });
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('150万元');
  });
  it('2023-02-11（施行首日）取得并评估 → 150万元', () => {
    const r = evaluate(at(CQA, '2023-02-11'), 'taizhou', '2023-02-11');
    expect(r.inForce).toBe(true);
    expect(paid(r)).toEqual({ 'cqa.award': 1_500_000 });
  });
  it('2026-02-10（有效期最后一日）→ 150万元', () => {
    const r = evaluate(at(CQA, '2026-02-10'), 'taizhou', '2026-02-10');
    expect(r.inForce).toBe(true);
    expect(paid(r)).toEqual({ 'cqa.award': 1_500_000 });
  });
  it('2026-02-11（有效期满次日）→ 政策已失效，0元', () => {
    const r = evaluate(at(CQA, '2026-02-10'), 'taizhou', '2026-02-11');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_not_in_force' });
  });
  it('2023-02-10 取得的成果在施行后评估 → 不予奖励（achievement_before_policy，附解读）', () => {
    const r = evaluate(at(CQA, '2023-02-10'), 'taizhou', '2023-03-01');
    expect(refused(r)).toEqual({ 'cqa.award': 'achievement_before_policy' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.timing');
    expect(readingIds(r)).toContain('taizhou.timing');
  });
  it('解读：文本未规定施行前取得的成果，本库不予奖励（解读如实说明文本未规定）', () => {
    const timing = getPolicy('taizhou-2023').achievementTiming.reading;
    expect(timing?.chosen.zh.startsWith('文本未规定；本库不奖励施行前取得的成果')).toBe(true);
    expect(timing?.chosen.zh).not.toContain('适用范围');
  });
  it('（征求意见稿）：每个结果都附征求意见稿提示', () => {
    for (const date of [ON, '2026-02-11']) {
      const draft = evaluate(at(CQA), 'taizhou', date).warnings.find((w) => w.code === 'draft_policy');
      expect(draft?.quote).toBe('（征求意见稿）');
    }
    expect(evaluate(at(CQA), 'taizhou', ON).policy.status).toBe('draft');
  });
  it('台政发〔2021〕4号同时废止', () => {
    expect(getPolicy('taizhou-2023').repeals?.map((x) => x.documentNumber)).toEqual(['台政发〔2021〕4号']);
  });
  it('按代码、拼音及各名称均可找到台州市', () => {
    for (const name of ['331000', 'taizhou', 'Taizhou', '台州市', '浙江省台州市', '台州']) {
      expect(evaluate(at(CQA), name, ON).jurisdiction.code).toBe('331000');
    }
  });
  it('提示资金承担（市财政承担市区及市政府质量奖资金）', () => {
    const notice = evaluate(at(CQA), 'taizhou', ON).warnings.find((w) => w.code === 'notice');
    expect(notice?.clause).toBe('五');
    expect(notice?.quote).toContain('由市财政承担');
  });
  it('四(三) 提示：各县（市）人民政府可能另有配套政策，不在本库计算范围内', () => {
    const notices = evaluate(at(CQA), 'taizhou', ON).warnings.filter((w) => w.code === 'notice');
    const county = notices.find((w) => w.clause === '四(三)');
    expect(county?.quote).toBe('鼓励各县（市）人民政府制定符合本区域实际的配套政策');
    expect(county?.message.zh).toContain('不在本库计算范围内');
  });
});

describe('五 台州市范围内按本意见执行（解读：申报单位注册在台州市）', () => {
  it('注册在台州市椒江区（331002）的单位 → 台州市范围内，照付150万元，附解读', () => {
    const r = evaluate(at({ ...CQA, recipient: { type: 'organization', registeredIn: '331002' } }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'cqa.award': 1_500_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.registered-in-taizhou');
  });
  it('注册在杭州市（330100）的单位 → 不在台州市范围内（ineligible_recipient），附解读', () => {
    const r = evaluate(at({ ...CQA, recipient: { type: 'organization', registeredIn: '330100' } }), 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '五', quote: '台州市范围内按本意见执行' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.registered-in-taizhou');
    expect(readingIds(r)).toContain('taizhou.registered-in-taizhou');
  });
  it('未给出注册地 → 待定，缺少 registeredIn', () => {
    const r = evaluate(at({ ...CQA, recipient: { type: 'organization' } }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['cqa.award', 'missing_fact', ['registeredIn']]]);
    expect(totalYuan(r)).toBe(0);
  });
});

describe('获奖主体：本意见只奖励组织、企业、单位，不奖励个人', () => {
  it.each<readonly [string, Omit<AchievementInput, 'obtainedOn'>]>([
    [
      '三(一)1 全国质量品牌提升示范区',
      { kind: 'quality_brand_demonstration_zone', level: 'national', stage: 'accepted' },
    ],
    ['三(一)1 “品字标”认证证书', PZB_INITIAL],
    [
      '三(一)2 省先进质量管理孵化基地',
      {
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '330000',
      },
    ],
    ['三(二)1 国家标准第一起草单位', NATIONAL_STANDARD],
    [
      '三(二)2 国家级标准化试点',
      { kind: 'standardization_pilot', level: 'national', stage: 'accepted', drafterRole: 'main' },
    ],
    ['三(二)3 标准国际化培育基地', { kind: 'standard_internationalization', subtype: 'cultivation_base' }],
    ['三(三)3 省级认证认可试点项目', { kind: 'certification_pilot_project', level: 'provincial', region: '330000' }],
    ['三(三)3 中国绿色产品认证', { kind: 'green_product_certification', subtype: 'china_green_product' }],
    ['三(三)3 农产品地理标志', { kind: 'geographical_indication', subtype: 'agricultural_product' }],
  ])('%s：个人申报 → 本政策无对应条款', (_name, achievement) => {
    const r = evaluate(at({ ...achievement, recipient: { type: 'individual' } }), 'taizhou', ON);
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('每条规则都只奖励组织（recipientType organization）', () => {
    expect(taizhou2023.rules.filter((x) => x.match.recipientType !== 'organization').map((x) => x.id)).toEqual([]);
  });
  it('解读：条文写“企业”的奖励不区分企业与其他单位（附于“品字标”、绿色产品等）', () => {
    const r = evaluate(at({ kind: 'green_product_certification', subtype: 'china_green_product' }), 'taizhou', ON);
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.enterprise-or-organization');
    expect(readingIds(evaluate(at(PZB_SELF), 'taizhou', ON))).toContain('taizhou.enterprise-or-organization');
  });
});

describe('五 同一项目符合多项补助的，按最先申报一项执行', () => {
  const standard = (projectId: string | undefined, filedOn: string | undefined) =>
    at({ ...NATIONAL_STANDARD, ...(projectId ? { projectId } : {}), ...(filedOn ? { filedOn } : {}) }, '2024-02-01');
  const award = (projectId: string | undefined, filedOn: string | undefined) =>
    at(
      { ...TAIZHOU_STANDARD_AWARD, ...(projectId ? { projectId } : {}), ...(filedOn ? { filedOn } : {}) },
      '2024-03-01',
    );

  it('同一项目：先申报的标准起草30万元予以支付，后申报的台州市标准创新贡献奖50万元不付（即使更高）', () => {
    const r = evaluate([standard('P-1', '2024-03-01'), award('P-1', '2024-04-01')], 'taizhou', ON);
    expect(paid(r)).toEqual({ 'drafting.national': 300_000 });
    expect(refused(r)).toEqual({ 'standard-award.taizhou': 'stacking_first_filed' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '五', quote: '同一项目符合多项补助的，按最先申报一项执行' });
    expect(readingIds(r)).toContain('taizhou.same-project');
  });
  it('同一项目：申报先后倒过来 → 付先申报的50万元，标准起草不付', () => {
    const r = evaluate([standard('P-1', '2024-04-02'), award('P-1', '2024-04-01')], 'taizhou', ON);
    expect(paid(r)).toEqual({ 'standard-award.taizhou': 500_000 });
    expect(refused(r)).toEqual({ 'drafting.national': 'stacking_first_filed' });
  });
  it('不同项目 → 两项均付，80万元', () => {
    const r = evaluate([standard('P-1', '2024-03-01'), award('P-2', '2024-04-01')], 'taizhou', ON);
    expect(totalYuan(r)).toBe(800_000);
  });
  it('未给出 projectId → 各自成一个项目，两项均付', () => {
    const r = evaluate([standard(undefined, '2024-03-01'), award(undefined, '2024-04-01')], 'taizhou', ON);
    expect(paid(r)).toEqual({ 'drafting.national': 300_000, 'standard-award.taizhou': 500_000 });
    for (const a of r.awards) expect(a.readings.map((x) => x.id)).toContain('taizhou.same-project');
    expect(readingIds(r)).toContain('taizhou.same-project');
  });
  it('同一项目三项：两项同日最先申报、一项较晚 → 同日两项待定，较晚一项不付', () => {
    const pilot = at({ ...NATIONAL_PILOT, projectId: 'P-1', filedOn: '2024-05-01' }, '2024-02-15');
    const r = evaluate([standard('P-1', '2024-04-01'), award('P-1', '2024-04-01'), pilot], 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(undetermined(r)).toEqual([
      ['drafting.national', 'first_filed_undecided', ['filedOn']],
      ['standard-award.taizhou', 'first_filed_undecided', ['filedOn']],
    ]);
    expect(refused(r)).toEqual({ 'pilot.national': 'stacking_first_filed' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.same-project');
  });
  it('最先申报先于“品字标”累计上限：因最先申报不付的一项不占用50万元上限', () => {
    // 40万 already paid, 10万 of room. The renewal was obtained first but filed after the self-declaration of the
    // same project: 最先申报 stops it, so the self-declaration takes the 10万 in full.
    const r = evaluate(
      [
        at({ ...PZB_RENEWAL, id: 'renewal', projectId: 'P-7', filedOn: '2024-05-02' }, '2024-03-01'),
        at({ ...PZB_SELF, id: 'self', projectId: 'P-7', filedOn: '2024-05-01' }, '2024-03-15'),
      ],
      'taizhou',
      ON,
      {
        history: [
          history('pinzibiao.initial', 200_000, '2023-03-01'),
          history('pinzibiao.renewal', 200_000, '2023-09-01'),
        ],
      },
    );
    expect(paid(r)).toEqual({ 'pinzibiao.self-declaration': 100_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
    expect(r.notPaid.map((n) => [n.achievementId, n.code])).toEqual([['renewal', 'stacking_first_filed']]);
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(
      expect.arrayContaining(['taizhou.same-project', 'taizhou.pinzibiao-cap-2021']),
    );
  });
  it('解读：最先申报的一项因“品字标”累计上限减为0，仍为该项目执行的一项，后申报的国家标准不补位', () => {
    const r = evaluate(
      [
        at({ ...PZB_RENEWAL, id: 'renewal', projectId: 'P-8', filedOn: '2024-05-01' }, '2024-03-01'),
        at({ ...NATIONAL_STANDARD, id: 'standard', projectId: 'P-8', filedOn: '2024-05-02' }, '2024-03-15'),
      ],
      'taizhou',
      ON,
      {
        history: [
          history('pinzibiao.initial', 200_000, '2023-03-01'),
          history('pinzibiao.renewal', 300_000, '2023-09-01'),
        ],
      },
    );
    expect(r.total.fen).toBe(0);
    expect(r.notPaid.map((n) => [n.achievementId, n.code])).toEqual([
      ['renewal', 'cap_reached'],
      ['standard', 'stacking_first_filed'],
    ]);
    expect(readingIds(r)).toContain('taizhou.same-project');
  });
  it('同一项目缺少申报日 → 两项均待定，缺少 filedOn', () => {
    const r = evaluate([standard('P-1', '2024-03-01'), award('P-1', undefined)], 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(undetermined(r)).toEqual([
      ['drafting.national', 'missing_fact', ['filedOn']],
      ['standard-award.taizhou', 'missing_fact', ['filedOn']],
    ]);
  });
  it('同一项目同日申报 → 无法确定最先申报的一项，两项均待定', () => {
    const r = evaluate([standard('P-1', '2024-04-01'), award('P-1', '2024-04-01')], 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(undetermined(r)).toEqual([
      ['drafting.national', 'first_filed_undecided', ['filedOn']],
      ['standard-award.taizhou', 'first_filed_undecided', ['filedOn']],
    ]);
  });
  it('该项目已按本意见获得补助（history 同一 projectId）→ 不再补助', () => {
    const r = evaluate(standard('P-1', '2024-05-01'), 'taizhou', ON, {
      history: [history('standard-award.taizhou', 500_000, '2024-01-10', { projectId: 'P-1' })],
    });
    expect(refused(r)).toEqual({ 'drafting.national': 'stacking_first_filed' });
    expect(totalYuan(r)).toBe(0);
  });
  it('history 中是另一项目 → 照付', () => {
    const r = evaluate(standard('P-1', '2024-05-01'), 'taizhou', ON, {
      history: [history('standard-award.taizhou', 500_000, '2024-01-10', { projectId: 'P-9' })],
    });
    expect(paid(r)).toEqual({ 'drafting.national': 300_000 });
  });
  it('解读：按被废止的2021年文件已补助的同一项目不计 → 照付', () => {
    const r = evaluate(standard('P-1', '2024-05-01'), 'taizhou', ON, {
      history: [
        {
          policyId: 'taizhou-2021',
          ruleId: 'standard',
          amountYuan: 300_000,
          obtainedOn: '2022-01-10',
          projectId: 'P-1',
        },
      ],
    });
    expect(paid(r)).toEqual({ 'drafting.national': 300_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.same-project');
    expect(readingIds(r)).toContain('taizhou.same-project');
  });
  it('解读：history 记录没有申报日，已付的补助视为先申报', () => {
    const reading = taizhou2023.stacking.find((x) => x.type === 'first_filed')?.reading;
    expect(reading?.chosen.zh).toContain('history 记录没有申报日，已付的补助视为先申报');
  });
});

describe('数据：引文与条款编号', () => {
  const source = readFileSync(new URL('../policies/taizhou-2023.source.txt', import.meta.url), 'utf8');
  const quotes: string[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'quote' || k === 'literal' || k === 'statusQuote') && typeof x === 'string') quotes.push(x);
        collect(x);
      }
    }
  };
  collect(taizhou2023);

  it('每条引文（quote、literal、statusQuote）均逐字出现在原文中', () => {
    expect(quotes.length).toBeGreaterThan(60);
    expect(quotes.filter((q) => !source.includes(q))).toEqual([]);
  });
  it('条款编号按原文编排：三(一)1 … 三(三)4', () => {
    expect(taizhou2023.rules.filter((r) => !/^三\((一|二|三)\)[1-4]$/.test(r.clause)).map((r) => r.id)).toEqual([]);
  });
  it('共47条金额规则（“20万元”一处分为首张与复评审两条）及1条不可计算的公共项目', () => {
    expect(taizhou2023.rules.filter((r) => r.amount.type !== 'not_computable')).toHaveLength(47);
    expect(taizhou2023.rules.filter((r) => r.amount.type === 'not_computable').map((r) => r.id)).toEqual([
      'public-quality-project',
    ]);
  });
});
