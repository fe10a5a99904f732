import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taizhou2023 } from '../policies/taizhou-2023.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { HistoryEntryInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid, refused, totalYuan } from './support/lines.js';

const { evaluate, getPolicy } = evaluatorFor(taizhou2023);
const ON = '2024-06-01';
/** An organization registered in 台州市 (五: 台州市范围内按本意见执行), unless the case gives its own recipient. */
const TAIZHOU_ORG = { type: 'organization', registeredIn: '331000' } as const;
const at = (a: Omit<AchievementInput, 'obtainedOn'>, obtainedOn = '2024-05-10'): AchievementInput => ({
  recipient: TAIZHOU_ORG,
  ...a,
  obtainedOn,
});
const readingIds = (r: EvaluationResult) => r.warnings.flatMap((w) => (w.reading ? [w.reading.id] : []));
const undetermined = (r: EvaluationResult) => r.undetermined.map((u) => [u.ruleId, u.code, u.missingFacts]);
const ruleOf = (id: string) => taizhou2023.rules.find((x) => x.id === id);

type Case = readonly [name: string, achievement: Omit<AchievementInput, 'obtainedOn'>, ruleId: string, yuan: number];
const expectSingle = ([, achievement, ruleId, yuan]: Case, obtainedOn?: string, on = ON) => {
  const r = evaluate(at(achievement, obtainedOn), 'taizhou', on);
  expect(paid(r)).toEqual({ [ruleId]: yuan });
  expect(r.notPaid).toEqual([]);
  expect(r.undetermined).toEqual([]);
  expect(r.awards[0]?.clause).toBe(ruleOf(ruleId)?.clause);
};

const CQA = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;
const PZB_INITIAL = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_certificate',
  cycle: 'initial',
  filedWithAuthority: true,
  firstTime: true,
} as const;
const PZB_RENEWAL = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_certificate',
  cycle: 'renewal',
  filedWithAuthority: true,
} as const;
const PZB_SELF = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_self_declaration',
  filedWithAuthority: true,
} as const;
const NATIONAL_STANDARD = { kind: 'standard_drafting', level: 'national', rank: 1, drafterRole: 'main' } as const;
const NATIONAL_PILOT = {
  kind: 'standardization_pilot',
  level: 'national',
  stage: 'accepted',
  drafterRole: 'main',
} as const;
const MUNICIPAL_PILOT = {
  kind: 'standardization_pilot',
  level: 'municipal',
  region: '331000',
  stage: 'accepted',
  result: 'excellent',
  drafterRole: 'main',
} as const;
const TAIZHOU_STANDARD_AWARD = { kind: 'standard_innovation_award', level: 'municipal', region: '331000' } as const;
const GREEN_FOOD = {
  kind: 'green_product_certification',
  subtype: 'green_food',
  consecutiveAnnualInspectionsPassed: 2,
} as const;

const history = (
  ruleId: string,
  amountYuan: number,
  obtainedOn: string,
  extra: Partial<HistoryEntryInput> = {},
): HistoryEntryInput => ({
  policyId: 'taizhou-2023',
  ruleId,
  amountYuan,
  obtainedOn,
  ...extra,
});

describe('五 附则 本意见自2023年2月11日起施行，有效期3年', () => {
  it('有效期3年 → 2023-02-11 至 2026-02-10', () => {
    expect(evaluate(at(CQA), '331000', ON).policy.window).toEqual({ start: '2023-02-11', end: '2026-02-10' });
  });
  it('2023-02-10（施行前一日）→ 政策尚未施行，0元', () => {
    const r = evaluate(at(CQA, '2023-02-10'), 'taizhou', '2023-02-10');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_not_yet_in_force' });
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
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_expired' });
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

describe('三(一)1 加强品牌建设培育', () => {
  it.each<Case>([
    [
      '三(一)1 通过全国质量品牌提升示范区验收 → 40万元',
      { kind: 'quality_brand_demonstration_zone', level: 'national', stage: 'accepted' },
      'demo-zone.national',
      400_000,
    ],
    ['三(一)1 中国质量奖 → 150万元', CQA, 'cqa.award', 1_500_000],
    [
      '三(一)1 中国质量奖提名奖 → 75万元',
      { kind: 'government_quality_award', level: 'national', prize: 'nomination' },
      'cqa.nomination',
      750_000,
    ],
    [
      '三(一)1 浙江省政府质量奖 → 100万元',
      { kind: 'government_quality_award', level: 'provincial', region: '330000', prize: 'award' },
      'zhejiang-qa.award',
      1_000_000,
    ],
    [
      '三(一)1 浙江省政府质量管理创新奖 → 30万元',
      { kind: 'quality_management_innovation_award', level: 'provincial', region: '330000' },
      'zhejiang-qm-innovation',
      300_000,
    ],
    [
      '三(一)1 台州市政府质量奖 → 50万元',
      { kind: 'government_quality_award', level: 'municipal', region: '331000', prize: 'award' },
      'taizhou-qa.award',
      500_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(一)1 全国质量品牌提升示范区仅获批、未验收 → 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'quality_brand_demonstration_zone', level: 'national', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'demo-zone.national': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('通过全国质量品牌提升示范区验收');
  });
  it('三(一)1 省级质量品牌提升示范区 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'quality_brand_demonstration_zone', level: 'provincial', stage: 'accepted' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 个人获得中国质量奖 → 本条只奖励组织', () => {
    const r = evaluate(at({ ...CQA, recipient: { type: 'individual' } }), 'taizhou', ON);
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 其他省份的省政府质量奖 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'government_quality_award', level: 'provincial', region: '350000', prize: 'award' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 浙江省政府质量奖提名奖 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'government_quality_award', level: 'provincial', region: '330000', prize: 'nomination' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 市政府质量奖未给出颁奖城市 → 待定，缺少 region', () => {
    const r = evaluate(at({ kind: 'government_quality_award', level: 'municipal', prize: 'award' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['taizhou-qa.award', 'missing_fact', ['region']]]);
    expect(totalYuan(r)).toBe(0);
  });
});

describe('三(一)1 经市级备案后 “品字标” 20万元 / 10万元', () => {
  it.each<Case>([
    ['三(一)1 经市级备案，获得首张“品字标”认证证书 → 20万元', PZB_INITIAL, 'pinzibiao.initial', 200_000],
    ['三(一)1 经市级备案，“品字标”认证通过复评审 → 20万元', PZB_RENEWAL, 'pinzibiao.renewal', 200_000],
    ['三(一)1 经市级备案，以自我声明获得“品字标”证书 → 10万元', PZB_SELF, 'pinzibiao.self-declaration', 100_000],
  ])('%s', (...c) => expectSingle(c));

  it('三(一)1 未经市级备案 → 三项均不满足前提条件（经市级备案后）', () => {
    for (const [a, ruleId] of [
      [PZB_INITIAL, 'pinzibiao.initial'],
      [PZB_RENEWAL, 'pinzibiao.renewal'],
      [PZB_SELF, 'pinzibiao.self-declaration'],
    ] as const) {
      const r = evaluate(at({ ...a, filedWithAuthority: false }), 'taizhou', ON);
      expect(refused(r)).toEqual({ [ruleId]: 'prerequisite_not_met' });
      expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '三(一)1', quote: '经市级备案后' });
    }
  });
  it('三(一)1 解读：“经市级备案后”也适用于自我声明获证 → 未备案的自我声明不予奖励，附解读', () => {
    const r = evaluate(at({ ...PZB_SELF, filedWithAuthority: false }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pinzibiao.self-declaration': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-filing-self-declaration');
    const filed = evaluate(at(PZB_SELF), 'taizhou', ON);
    expect(filed.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-filing-self-declaration');
  });
  it('三(一)1 解读：认证证书与复评审的奖励均附“首张”解读（复评审不限于首张证书）', () => {
    for (const a of [PZB_INITIAL, PZB_RENEWAL]) {
      const r = evaluate(at(a), 'taizhou', ON);
      expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-first-certificate');
    }
  });
  it('三(一)1 未说明是否经市级备案、是否首张 → 待定，缺少 filedWithAuthority、firstTime', () => {
    const r = evaluate(
      at({ kind: 'regional_brand_certification', subtype: 'pinzibiao_certificate', cycle: 'initial' }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([['pinzibiao.initial', 'missing_fact', ['filedWithAuthority', 'firstTime']]]);
  });
  it('三(一)1 未说明首次认证还是复评审 → 两项均待定，缺少 cycle', () => {
    const r = evaluate(
      at({
        kind: 'regional_brand_certification',
        subtype: 'pinzibiao_certificate',
        filedWithAuthority: true,
        firstTime: true,
      }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([
      ['pinzibiao.initial', 'missing_fact', ['cycle']],
      ['pinzibiao.renewal', 'missing_fact', ['cycle']],
    ]);
  });
  it('三(一)1 首张：本企业已有“品字标”认证证书（firstTime false）→ 不予奖励，附“首张”解读', () => {
    const r = evaluate(at({ ...PZB_INITIAL, firstTime: false }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pinzibiao.initial': 'not_first_time' });
    expect(readingIds(r)).toContain('taizhou.pinzibiao-first-certificate');
  });
  it('三(一)1 首张：已按本意见获首张奖励（history）→ 再报首张不予奖励', () => {
    const r = evaluate(at(PZB_INITIAL), 'taizhou', ON, {
      history: [history('pinzibiao.initial', 200_000, '2023-06-01')],
    });
    expect(refused(r)).toEqual({ 'pinzibiao.initial': 'not_first_time' });
  });
  it('三(一)1 首张：同一组合两张首次认证证书 → 只奖励较早取得的一张', () => {
    const r = evaluate([at(PZB_INITIAL, '2024-04-01'), at(PZB_INITIAL, '2024-03-01')], 'taizhou', ON);
    expect(r.awards.map((a) => [a.achievementIndex, a.amount.fen / 100])).toEqual([[1, 200_000]]);
    expect(refused(r)).toEqual({ 'pinzibiao.initial': 'not_first_time' });
  });
});

describe('三(一)1 上述“品字标”奖励总额每家企业累计不超过50万元', () => {
  it('已获30万元，再复评审20万元 → 恰至50万元，全额支付', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.self-declaration', 100_000, '2023-05-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 200_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
  });
  it('已获40万元，再复评审20万元 → 只付10万元（cap_reached）', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 100_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('20万元');
    expect(r.awards[0]?.adjustments.map((x) => [x.code, x.quote, x.after.text])).toEqual([
      ['cap_reached', '上述“品字标”奖励总额每家企业累计不超过50万元', '10万元'],
    ]);
    expect(readingIds(r)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('已获50万元，再以自我声明获证 → 不再支付（cap_reached）', () => {
    const r = evaluate(at(PZB_SELF), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
        history('pinzibiao.self-declaration', 100_000, '2024-01-01'),
      ],
    });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'pinzibiao.self-declaration': 'cap_reached' });
  });
  it('同一组合：首张20万、自我声明10万、复评审20万、再复评审20万 → 按取得先后付满50万元，最后一项不付', () => {
    const r = evaluate(
      [
        at(PZB_INITIAL, '2023-03-01'),
        at(PZB_SELF, '2023-05-01'),
        at(PZB_RENEWAL, '2023-09-01'),
        at({ ...PZB_RENEWAL, id: 'late' }, '2024-04-01'),
      ],
      'taizhou',
      ON,
    );
    expect(totalYuan(r)).toBe(500_000);
    expect(r.awards.map((a) => a.amount.fen / 100)).toEqual([200_000, 100_000, 200_000]);
    expect(r.notPaid.map((n) => [n.achievementId, n.code])).toEqual([['late', 'cap_reached']]);
  });
  it('同一组合：超出部分的一项被削减到剩余额度（40万元后一项20万元 → 10万元）', () => {
    const r = evaluate(
      [at(PZB_INITIAL, '2023-03-01'), at(PZB_RENEWAL, '2023-09-01'), at(PZB_RENEWAL, '2024-04-01')],
      'taizhou',
      ON,
    );
    expect(r.awards.map((a) => [a.ruleId, a.amount.fen / 100])).toEqual([
      ['pinzibiao.initial', 200_000],
      ['pinzibiao.renewal', 200_000],
      ['pinzibiao.renewal', 100_000],
    ]);
    expect(r.awards[2]?.adjustments.map((x) => x.code)).toEqual(['cap_reached']);
    const more = evaluate(
      [at(PZB_RENEWAL, '2023-09-01'), at(PZB_RENEWAL, '2024-04-01'), at(PZB_SELF, '2024-05-01')],
      'taizhou',
      ON,
      {
        history: [history('pinzibiao.initial', 200_000, '2023-03-01')],
      },
    );
    expect(more.awards.map((a) => a.amount.fen / 100)).toEqual([200_000, 100_000]);
    expect(refused(more)).toEqual({ 'pinzibiao.self-declaration': 'cap_reached' });
  });
  it('解读：按被废止的2021年文件已获50万元不计入本意见的累计额 → 仍付20万元', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [{ policyId: 'taizhou-2021', ruleId: 'pinzibiao', amountYuan: 500_000, obtainedOn: '2022-06-01' }],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 200_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-cap-2021');
    expect(readingIds(r)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('解读：上限的解读附于上限之下的每一项奖励，即使未被削减', () => {
    const r = evaluate(at(PZB_SELF), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'pinzibiao.self-declaration': 100_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('上限只管“品字标”三项：已获50万元品字标奖励，不影响中国质量奖', () => {
    const r = evaluate(at(CQA), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
        history('pinzibiao.renewal', 100_000, '2024-01-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'cqa.award': 1_500_000 });
  });
});

describe('三(一)2 加强质量管理创新', () => {
  it.each<Case>([
    [
      '三(一)2 获得省先进质量管理孵化基地 → 10万元',
      {
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '330000',
      },
      'incubation-base.zhejiang',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(一)2 解读：“省”指浙江省 → 江苏省（320000）先进质量管理孵化基地无对应条款，未给出 region 待定', () => {
    const other = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '320000',
      }),
      'taizhou',
      ON,
    );
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    const unknown = evaluate(
      at({ kind: 'quality_management_incubation_base', subtype: 'advanced_quality_management', level: 'provincial' }),
      'taizhou',
      ON,
    );
    expect(undetermined(unknown)).toEqual([['incubation-base.zhejiang', 'missing_fact', ['region']]]);
    const zhejiang = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '330000',
      }),
      'taizhou',
      ON,
    );
    expect(zhejiang.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.province-and-city');
  });
  it('三(一)2 省卓越绩效管理孵化基地 → 本条只奖励先进质量管理孵化基地，无对应条款', () => {
    const r = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'excellence_performance',
        level: 'provincial',
        region: '330000',
      }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)2 未说明孵化基地类型 → 待定，缺少 subtype', () => {
    const r = evaluate(
      at({ kind: 'quality_management_incubation_base', level: 'provincial', region: '330000' }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([['incubation-base.zhejiang', 'missing_fact', ['subtype']]]);
  });
  it('三(一)2 市先进质量管理孵化基地 → 本政策无对应条款', () => {
    const r = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'municipal',
        region: '331000',
      }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('三(一)3 加强质量数字治理', () => {
  it.each<Case>([
    [
      '三(一)3 新认定为浙江省信用管理示范企业 → 10万元',
      { kind: 'credit_management_demonstration', level: 'provincial', region: '330000', cycle: 'initial' },
      'credit-demo.zhejiang',
      100_000,
    ],
    [
      '三(一)3 认定为台州市产业链数字化质量管理创新示范单位 → 20万元',
      { kind: 'digital_quality_management_demonstration', level: 'municipal', region: '331000' },
      'digital-quality-demo.taizhou',
      200_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(一)3 信用管理示范企业期满重新认定（非新认定）→ 不满足前提条件，附解读', () => {
    const r = evaluate(
      at({ kind: 'credit_management_demonstration', level: 'provincial', region: '330000', cycle: 'renewal' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'credit-demo.zhejiang': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('新认定');
    expect(readingIds(r)).toContain('taizhou.credit-newly-recognized');
  });
});

describe('三(二)1 制定完成标准的第一起草单位', () => {
  it.each<Case>([
    ['三(二)1 制定国家标准的第一起草单位 → 30万元', NATIONAL_STANDARD, 'drafting.national', 300_000],
    [
      '三(二)1 制定国家军用标准的第一起草单位 → 30万元',
      { kind: 'standard_drafting', level: 'national', subtype: 'military', rank: 1 },
      'drafting.national',
      300_000,
    ],
    [
      '三(二)1 制定行业标准的第一起草单位 → 15万元',
      { kind: 'standard_drafting', level: 'industry', rank: 1 },
      'drafting.industry',
      150_000,
    ],
    [
      '三(二)1 制定浙江省地方标准的第一起草单位 → 10万元',
      { kind: 'standard_drafting', level: 'local', region: '330000', rank: 1 },
      'drafting.zhejiang-local',
      100_000,
    ],
    [
      '三(二)1 制定“浙江制造”标准的第一起草单位 → 15万元',
      { kind: 'standard_drafting', level: 'group', subtype: 'zhejiang_made', rank: 1 },
      'drafting.zhejiang-made',
      150_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(二)1 国家标准排名第二 → 不是第一起草单位（rank_not_eligible）', () => {
    const r = evaluate(at({ ...NATIONAL_STANDARD, rank: 2 }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'drafting.national': 'rank_not_eligible' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('第一起草单位');
  });
  it('三(二)1 未给出排名 → 待定，缺少 rank', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'industry' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['drafting.industry', 'missing_fact', ['rank']]]);
  });
  it('三(二)1 解读：台州市地方标准不是省级地方标准 → 本政策无对应条款', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'local', region: '331000', rank: 1 }), 'taizhou', ON);
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(二)1 地方标准未给出发布地 → 待定，缺少 region', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'local', rank: 1 }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['drafting.zhejiang-local', 'missing_fact', ['region']]]);
  });
  it('三(二)1 省级地方标准的奖励附“浙江省”与“制定/修订”两项解读', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'local', region: '330000', rank: 1 }), 'taizhou', ON);
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual([
      'taizhou.drafting-made-or-revised',
      'taizhou.provincial-local-standard',
      'taizhou.registered-in-taizhou',
    ]);
  });
  it('三(二)1、三(二)3 “制定”解读各引本条原文：国家标准、“浙江制造”标准、国际标准', () => {
    const cases = [
      [NATIONAL_STANDARD, 'taizhou.drafting-made-or-revised', '制定完成国家标准（含国家军用标准）'],
      [
        { kind: 'standard_drafting', level: 'group', subtype: 'zhejiang_made', rank: 1 },
        'taizhou.drafting-made-or-revised.zhejiang-made',
        '对制定“浙江制造”标准的第一起草单位',
      ],
      [
        { kind: 'standard_drafting', level: 'international', rank: 1 },
        'taizhou.drafting-made-or-revised.international',
        '对制定完成国际标准的第一起草单位',
      ],
    ] as const;
    for (const [a, id, literal] of cases) {
      const reading = evaluate(at(a), 'taizhou', ON).awards[0]?.readings.find((x) => x.id === id);
      expect(reading?.literal).toContain(literal);
    }
  });
  it('三(二)1 解读：“浙江制造”标准按团体标准计 → 报告为行业标准的“浙江制造”标准按行业标准计，附解读于团体标准', () => {
    const industry = evaluate(
      at({ kind: 'standard_drafting', level: 'industry', subtype: 'zhejiang_made', rank: 1 }),
      'taizhou',
      ON,
    );
    expect(paid(industry)).toEqual({ 'drafting.industry': 150_000 });
    const group = evaluate(
      at({ kind: 'standard_drafting', level: 'group', subtype: 'zhejiang_made', rank: 1 }),
      'taizhou',
      ON,
    );
    expect(group.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.zhejiang-made-group-standard');
  });
  it('三(二)1 团体标准未说明是否为“浙江制造”标准 → 待定，缺少 subtype', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'group', rank: 1 }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['drafting.zhejiang-made', 'missing_fact', ['subtype']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('三(二)1 企业标准 → 本政策无对应条款', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'enterprise', rank: 1 }), 'taizhou', ON);
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('三(二)2 标准化试点（示范）项目考核验收', () => {
  it.each<Case>([
    [
      '三(二)2 国家级标准化试点（示范）项目通过考核验收，主要承担单位 → 50万元',
      NATIONAL_PILOT,
      'pilot.national',
      500_000,
    ],
    [
      '三(二)2 浙江省级标准化试点（示范）项目通过考核验收，主要承担单位 → 20万元',
      { kind: 'standardization_pilot', level: 'provincial', region: '330000', stage: 'accepted', drafterRole: 'main' },
      'pilot.provincial',
      200_000,
    ],
    [
      '三(二)2 台州市级标准化试点（示范）项目通过考核验收且考核结果为优秀，主要承担单位 → 10万元',
      MUNICIPAL_PILOT,
      'pilot.municipal',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(二)2 国家级试点仅获批、未验收 → 不满足前提条件', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'national', stage: 'approved' }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pilot.national': 'prerequisite_not_met' });
  });
  it('三(二)2 市级试点考核结果为良好 → 考核结果不符合（result_not_qualifying）', () => {
    const r = evaluate(at({ ...MUNICIPAL_PILOT, result: 'good' }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pilot.municipal': 'result_not_qualifying' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('考核结果为优秀');
  });
  it('三(二)2 市级试点未给出考核结果 → 待定，缺少 result', () => {
    const r = evaluate(
      at({
        kind: 'standardization_pilot',
        level: 'municipal',
        region: '331000',
        stage: 'accepted',
        drafterRole: 'main',
      }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([['pilot.municipal', 'missing_fact', ['result']]]);
  });
  it('三(二)2 奖励附“主要承担单位”解读', () => {
    const r = evaluate(at(NATIONAL_PILOT), 'taizhou', ON);
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pilot-main-undertaker');
  });
  it('三(二)2 解读：参与承担单位（drafterRole participating）→ 不满足前提条件（给予主要承担单位），附解读', () => {
    for (const [a, ruleId] of [
      [NATIONAL_PILOT, 'pilot.national'],
      [MUNICIPAL_PILOT, 'pilot.municipal'],
    ] as const) {
      const r = evaluate(at({ ...a, drafterRole: 'participating' }), 'taizhou', ON);
      expect(refused(r)).toEqual({ [ruleId]: 'prerequisite_not_met' });
      expect(r.notPaid[0]?.stoppedBy?.quote).toBe('主要承担单位');
      expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.pilot-main-undertaker');
    }
  });
  it('三(二)2 未说明是否为主要承担单位 → 待定，缺少 drafterRole', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'national', stage: 'accepted' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['pilot.national', 'missing_fact', ['drafterRole']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('三(二)2 解读：“省级”指浙江省、“市级”指台州市 → 福建省级、杭州市级试点无对应条款', () => {
    for (const a of [
      { ...NATIONAL_PILOT, level: 'provincial', region: '350000' },
      { ...MUNICIPAL_PILOT, region: '330100' },
    ] as const) {
      expect(refused(evaluate(at(a), 'taizhou', ON))).toEqual({ '-': 'no_rule_for_achievement' });
    }
    const r = evaluate(at({ ...NATIONAL_PILOT, level: 'provincial', region: '330000' }), 'taizhou', ON);
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.province-and-city');
  });
  it('三(二)2 省级、市级试点未给出 region → 待定，缺少 region', () => {
    const provincial = evaluate(at({ ...NATIONAL_PILOT, level: 'provincial' }), 'taizhou', ON);
    expect(undetermined(provincial)).toEqual([['pilot.provincial', 'missing_fact', ['region']]]);
    const { region: _region, ...municipal } = MUNICIPAL_PILOT;
    expect(undetermined(evaluate(at(municipal), 'taizhou', ON))).toEqual([
      ['pilot.municipal', 'missing_fact', ['region']],
    ]);
  });
});

describe('三(二)3 标准国际化', () => {
  it.each<Case>([
    [
      '三(二)3 制定完成国际标准的第一起草单位 → 100万元',
      { kind: 'standard_drafting', level: 'international', rank: 1 },
      'drafting.international',
      1_000_000,
    ],
    [
      '三(二)3 获批标准国际化培育基地 → 20万元',
      { kind: 'standard_internationalization', subtype: 'cultivation_base' },
      'std-intl.cultivation-base',
      200_000,
    ],
    [
      '三(二)3 获批标准国际化试点（示范）单位 → 10万元',
      { kind: 'standard_internationalization', subtype: 'pilot_unit' },
      'std-intl.pilot-unit',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(二)3 国际标准排名第三 → rank_not_eligible', () => {
    expect(
      refused(evaluate(at({ kind: 'standard_drafting', level: 'international', rank: 3 }), 'taizhou', ON)),
    ).toEqual({ 'drafting.international': 'rank_not_eligible' });
  });
});

describe('三(二)4 标准创新贡献奖、专利标准融合、标准化技术组织秘书处、国家技术标准创新基地', () => {
  it.each<Case>([
    [
      '三(二)4 项目荣获中国标准创新贡献奖（一等奖）→ 100万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'first' },
      'standard-award.china',
      1_000_000,
    ],
    [
      '三(二)4 项目荣获中国标准创新贡献奖（三等奖）→ 100万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'third' },
      'standard-award.china',
      1_000_000,
    ],
    [
      '三(二)4 项目荣获浙江省标准创新重大贡献奖 → 80万元',
      { kind: 'standard_innovation_award', level: 'provincial', region: '330000', prize: 'major_contribution' },
      'standard-award.zhejiang.major',
      800_000,
    ],
    [
      '三(二)4 项目荣获浙江省标准创新优秀贡献奖 → 30万元',
      { kind: 'standard_innovation_award', level: 'provincial', region: '330000', prize: 'excellent_contribution' },
      'standard-award.zhejiang.excellent',
      300_000,
    ],
    ['三(二)4 获得台州市标准创新贡献奖 → 50万元', TAIZHOU_STANDARD_AWARD, 'standard-award.taizhou', 500_000],
    [
      '三(二)4 认定为台州市专利标准融合发展示范企业 → 10万元',
      { kind: 'patent_standard_integration_demonstration', level: 'municipal', region: '331000' },
      'patent-standard-demo.taizhou',
      100_000,
    ],
    [
      '三(二)4 承担全国专业标准化技术委员会（TC）秘书处 → 100万元',
      { kind: 'standardization_body_secretariat', level: 'national', body: 'tc' },
      'secretariat.tc',
      1_000_000,
    ],
    [
      '三(二)4 承担分技术委员会（SC）秘书处 → 50万元',
      { kind: 'standardization_body_secretariat', level: 'national', body: 'sc' },
      'secretariat.sc',
      500_000,
    ],
    [
      '三(二)4 承担标准化工作组（SWG）秘书处 → 30万元',
      { kind: 'standardization_body_secretariat', level: 'national', body: 'swg' },
      'secretariat.swg',
      300_000,
    ],
    [
      '三(二)4 承担标准化项目研究组（RG）秘书处 → 10万元',
      { kind: 'standardization_body_secretariat', level: 'national', body: 'rg' },
      'secretariat.rg',
      100_000,
    ],
    [
      '三(二)4 通过验收批准成立的国家技术标准创新基地 → 50万元',
      { kind: 'standard_innovation_base', subtype: 'base', level: 'national', stage: 'accepted' },
      'innovation-base.national',
      500_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(二)4 国际标准化组织 TC 秘书处 → 本政策无对应条款（只奖励全国）', () => {
    const r = evaluate(
      at({ kind: 'standardization_body_secretariat', level: 'international', body: 'tc' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(二)4 国家技术标准创新基地仅获批筹建 → 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'standard_innovation_base', subtype: 'base', level: 'national', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'innovation-base.national': 'prerequisite_not_met' });
  });
  it('三(二)4 解读：中国标准创新贡献奖只计项目奖一、二、三等奖 → 附解读；其他奖项（如 award）无对应条款', () => {
    const r = evaluate(at({ kind: 'standard_innovation_award', level: 'national', prize: 'second' }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'standard-award.china': 1_000_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.china-standard-award-project');
    const other = evaluate(at({ kind: 'standard_innovation_award', level: 'national', prize: 'award' }), 'taizhou', ON);
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(二)4 个人获得中国标准创新贡献奖 → 本条只奖励组织', () => {
    const r = evaluate(
      at({ kind: 'standard_innovation_award', level: 'national', prize: 'first', recipient: { type: 'individual' } }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('三(三)1 产业计量测试中心', () => {
  it.each<Case>([
    [
      '三(三)1 通过国家级产业计量测试中心验收 → 100万元',
      { kind: 'industrial_metrology_center', level: 'national', stage: 'accepted' },
      'metrology-center.national',
      1_000_000,
    ],
    [
      '三(三)1 通过浙江省级产业计量测试中心验收 → 30万元',
      { kind: 'industrial_metrology_center', level: 'provincial', region: '330000', stage: 'accepted' },
      'metrology-center.provincial',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(三)1 省级产业计量测试中心获批筹建 → 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', region: '330000', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'metrology-center.provincial': 'prerequisite_not_met' });
  });
  it('三(三)1 解读：“省级”指浙江省 → 江苏省级产业计量测试中心无对应条款，未给出 region 待定', () => {
    const other = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', region: '320000', stage: 'accepted' }),
      'taizhou',
      ON,
    );
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    const unknown = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', stage: 'accepted' }),
      'taizhou',
      ON,
    );
    expect(undetermined(unknown)).toEqual([['metrology-center.provincial', 'missing_fact', ['region']]]);
  });
});

describe('三(三)2 检验检测', () => {
  it.each<Case>([
    [
      '三(三)2 通过国家产品质量检验检测中心验收 → 100万元',
      { kind: 'inspection_center', level: 'national', stage: 'accepted' },
      'inspection-center.national',
      1_000_000,
    ],
    [
      '三(三)2 通过浙江省级产品质量检验检测中心验收 → 30万元',
      { kind: 'inspection_center', level: 'provincial', region: '330000', stage: 'accepted' },
      'inspection-center.provincial',
      300_000,
    ],
    [
      '三(三)2 建成国家级重点检测实验室 → 30万元',
      { kind: 'key_testing_laboratory', level: 'national', stage: 'accepted' },
      'key-lab.national',
      300_000,
    ],
    [
      '三(三)2 建成浙江省级重点检测实验室 → 10万元',
      { kind: 'key_testing_laboratory', level: 'provincial', region: '330000', stage: 'accepted' },
      'key-lab.provincial',
      100_000,
    ],
    [
      '三(三)2 被认定为台州市开放共享质量赋能实验室 → 30万元',
      { kind: 'open_shared_laboratory', level: 'municipal', region: '331000' },
      'open-lab.taizhou',
      300_000,
    ],
    [
      '三(三)2 建设“一站式”服务平台并通过验收 → 每个平台10万元',
      { kind: 'one_stop_service_platform', subtype: 'construction' },
      'one-stop.construction',
      100_000,
    ],
    [
      '三(三)2 “一站式”平台被评为省级示范点或五星级 → 每个平台10万元',
      { kind: 'one_stop_service_platform', subtype: 'rating' },
      'one-stop.rating',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(三)2 每个平台：同一申报建成3个平台 → 30万元', () => {
    const r = evaluate(at({ kind: 'one_stop_service_platform', subtype: 'construction', count: 3 }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'one-stop.construction': 300_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
  });
  it('三(三)2 解读：重点检测实验室仅获批筹建（未建成）→ 不满足前提条件，附“建成”解读', () => {
    const r = evaluate(
      at({ kind: 'key_testing_laboratory', level: 'provincial', region: '330000', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'key-lab.provincial': 'prerequisite_not_met' });
    expect(readingIds(r)).toContain('taizhou.keylab-built');
  });
  it('三(三)2 解读：“省级”指浙江省 → 广东省级检验检测中心、重点检测实验室无对应条款；未给出 region 待定', () => {
    for (const kind of ['inspection_center', 'key_testing_laboratory']) {
      const other = evaluate(at({ kind, level: 'provincial', region: '440000', stage: 'accepted' }), 'taizhou', ON);
      expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    }
    const unknown = evaluate(at({ kind: 'inspection_center', level: 'provincial', stage: 'accepted' }), 'taizhou', ON);
    expect(undetermined(unknown)).toEqual([['inspection-center.provincial', 'missing_fact', ['region']]]);
  });
  it('三(三)2 解读：评为省级示范点或五星级按平台计 → 2个平台20万元，附解读', () => {
    const r = evaluate(at({ kind: 'one_stop_service_platform', subtype: 'rating', count: 2 }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'one-stop.rating': 200_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.one-stop-rating-per-platform');
  });
});

describe('三(三)3 认证认可', () => {
  it.each<Case>([
    [
      '三(三)3 首次通过CNAS认可的实验室 → 10万元',
      { kind: 'laboratory_accreditation', cycle: 'initial' },
      'cnas',
      100_000,
    ],
    [
      '三(三)3 获得浙江省级认证认可试点项目证书 → 每项认证10万元',
      { kind: 'certification_pilot_project', level: 'provincial', region: '330000' },
      'certification-pilot.provincial',
      100_000,
    ],
    [
      '三(三)3 通过中国绿色产品认证 → 10万元',
      { kind: 'green_product_certification', subtype: 'china_green_product' },
      'green-product.china',
      100_000,
    ],
    [
      '三(三)3 通过农产品地理标志登记保护 → 10万元',
      { kind: 'geographical_indication', subtype: 'agricultural_product' },
      'geographical-indication.agricultural',
      100_000,
    ],
    [
      '三(三)3 获得“浙江制造”首张国际认证多国证书 → 10万元',
      { kind: 'zhejiang_made_international_certificate', firstTime: true },
      'zhejiang-made-international-certificate',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(三)3 解读：CNAS复评审（cycle renewal）→ 不予奖励（一次性），附解读', () => {
    const r = evaluate(at({ kind: 'laboratory_accreditation', cycle: 'renewal' }), 'taizhou', ON);
    expect(refused(r)).toEqual({ cnas: 'prerequisite_not_met' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.cnas-initial');
    const first = evaluate(at({ kind: 'laboratory_accreditation', cycle: 'initial' }), 'taizhou', ON);
    expect(first.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.cnas-initial');
  });
  it('三(三)3 CNAS认可未说明首次还是复评审 → 待定，缺少 cycle', () => {
    const r = evaluate(at({ kind: 'laboratory_accreditation' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['cnas', 'missing_fact', ['cycle']]]);
  });
  it('三(三)3 解读：“省级”指浙江省 → 江西省级认证认可试点项目无对应条款，未给出 region 待定', () => {
    const other = evaluate(
      at({ kind: 'certification_pilot_project', level: 'provincial', region: '360000' }),
      'taizhou',
      ON,
    );
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    const unknown = evaluate(at({ kind: 'certification_pilot_project', level: 'provincial' }), 'taizhou', ON);
    expect(undetermined(unknown)).toEqual([['certification-pilot.provincial', 'missing_fact', ['region']]]);
  });
  it('三(三)3 同一产品2021-06-01通过绿色食品认证，至2023-08-01连续两年年检合格 → 10万元', () => {
    expectSingle(['', GREEN_FOOD, 'green-product.green-food', 100_000], '2021-06-01', '2023-08-01');
  });
  it('三(三)3 每项认证：乡村民宿服务认证、绿色金融认证两项 → 20万元', () => {
    const r = evaluate(
      at({ kind: 'certification_pilot_project', level: 'provincial', region: '330000', count: 2 }),
      'taizhou',
      ON,
    );
    expect(paid(r)).toEqual({ 'certification-pilot.provincial': 200_000 });
    expect(r.awards[0]?.calculation.zh).toContain('每项认证');
  });
  // Two annual inspections take about two years: a certification of 2024-02-11 has passed them (in its first and
  // second certificate years) by the policy's last day, 2026-02-10.
  it('三(三)3 绿色食品认证 2024-02-11（本条期间末日），2026-02-10 评估 → 10万元', () => {
    expect(paid(evaluate(at(GREEN_FOOD, '2024-02-11'), 'taizhou', '2026-02-10'))).toEqual({
      'green-product.green-food': 100_000,
    });
  });
  it('三(三)3 绿色食品认证 2024-02-12（本条期间次日）→ 不在本条期间内（outside_rule_window）', () => {
    const r = evaluate(at(GREEN_FOOD, '2024-02-12'), 'taizhou', '2026-02-10');
    expect(refused(r)).toEqual({ 'green-product.green-food': 'outside_rule_window' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('自2021年2月12日起至2024年2月11日');
  });
  it('三(三)3 绿色食品认证 2023-02-11（施行首日，本条期间内），2025-03-01 评估 → 10万元', () => {
    expect(paid(evaluate(at(GREEN_FOOD, '2023-02-11'), 'taizhou', '2025-03-01'))).toEqual({
      'green-product.green-food': 100_000,
    });
  });
  it('三(三)3 绿色食品认证 2021-02-12（本条期间首日，早于施行日）→ 10万元（本条期间追溯，附解读）', () => {
    const r = evaluate(at(GREEN_FOOD, '2021-02-12'), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'green-product.green-food': 100_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.green-food-window');
  });
  it('三(三)3 绿色食品认证 2021-02-11（本条期间前一日）→ 不在本条期间内（outside_rule_window）', () => {
    const r = evaluate(at(GREEN_FOOD, '2021-02-11'), 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'green-product.green-food': 'outside_rule_window' });
  });
  it('三(三)3 中国绿色产品认证不追溯：2021-02-12 取得 → 早于施行日（achievement_before_policy）', () => {
    const r = evaluate(
      at({ kind: 'green_product_certification', subtype: 'china_green_product' }, '2021-02-12'),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'green-product.china': 'achievement_before_policy' });
  });
  it('三(三)3 绿色食品认证仅一次年检合格 → 不满足“连续两年年检合格”', () => {
    const r = evaluate(at({ ...GREEN_FOOD, consecutiveAnnualInspectionsPassed: 1 }, '2023-10-10'), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'green-product.green-food': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('连续两年年检合格');
  });
  it('三(三)3 绿色食品认证未给出年检情况 → 待定，缺少 consecutiveAnnualInspectionsPassed', () => {
    const r = evaluate(at({ kind: 'green_product_certification', subtype: 'green_food' }, '2023-10-10'), 'taizhou', ON);
    expect(undetermined(r)).toEqual([
      ['green-product.green-food', 'missing_fact', ['consecutiveAnnualInspectionsPassed']],
    ]);
  });
  it('三(三)3 解读：每家企业一次 → 两个产品各通过绿色食品认证，只付较早的一项10万元', () => {
    const r = evaluate(
      [
        at({ ...GREEN_FOOD, id: 'rice', projectId: 'rice' }, '2021-09-01'),
        at({ ...GREEN_FOOD, id: 'tea', projectId: 'tea' }, '2021-06-01'),
      ],
      'taizhou',
      '2023-10-01',
    );
    expect(totalYuan(r)).toBe(100_000);
    expect(r.awards.map((a) => a.achievementId)).toEqual(['tea']);
    expect(r.notPaid.map((n) => [n.achievementId, n.code])).toEqual([['rice', 'stacking_highest_only']]);
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('的企业，一次性给予10万元的奖励');
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.green-once-per-enterprise');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.green-once-per-enterprise');
  });
  it('三(三)3 解读：中国绿色产品认证与绿色食品认证合计一次 → 只付10万元', () => {
    const r = evaluate(
      [
        at({ kind: 'green_product_certification', subtype: 'china_green_product' }, '2023-06-01'),
        at(GREEN_FOOD, '2021-06-01'),
      ],
      'taizhou',
      '2023-08-01',
    );
    expect(totalYuan(r)).toBe(100_000);
    expect(paid(r)).toEqual({ 'green-product.green-food': 100_000 });
    expect(refused(r)).toEqual({ 'green-product.china': 'stacking_highest_only' });
  });
  it('三(三)3 解读：已按本意见获中国绿色产品认证奖励（history）→ 绿色食品认证不再奖励', () => {
    const r = evaluate(at(GREEN_FOOD, '2021-06-01'), 'taizhou', '2023-08-01', {
      history: [history('green-product.china', 100_000, '2023-03-01')],
    });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'green-product.green-food': 'stacking_highest_only' });
    expect(readingIds(r)).toContain('taizhou.green-once-per-enterprise');
  });
  it('三(三)3 “浙江制造”国际认证多国证书非本企业首张 → 不予奖励，附“首张”解读', () => {
    const r = evaluate(at({ kind: 'zhejiang_made_international_certificate', firstTime: false }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'zhejiang-made-international-certificate': 'not_first_time' });
    expect(readingIds(r)).toContain('taizhou.zhejiang-made-first-international-certificate');
  });
  it('三(三)3 地理标志商标 → 本政策无对应条款', () => {
    expect(refused(evaluate(at({ kind: 'geographical_indication', subtype: 'trademark' }), 'taizhou', ON))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('三(三)4 质量提升公共项目', () => {
  it('三(三)4 择优筛选的质量提升公共项目 → 文本未规定金额（case_by_case），不计入合计', () => {
    const r = evaluate(at({ kind: 'public_quality_project' }), 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(r.awards).toEqual([]);
    expect(r.notComputable.map((n) => [n.ruleId, n.code, n.clause])).toEqual([
      ['public-quality-project', 'case_by_case', '三(三)4'],
    ]);
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
