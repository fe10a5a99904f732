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
const at = (a: Omit<AchievementInput, 'obtainedOn'>, obtainedOn = '2024-05-10'): AchievementInput => ({
  ...a,
  obtainedOn,
});
const readingIds = (r: EvaluationResult) => r.warnings.flatMap((w) => (w.reading ? [w.reading.id] : []));
const undetermined = (r: EvaluationResult) => r.undetermined.map((u) => [u.ruleId, u.code, u.missingFacts]);
const ruleOf = (id: string) => taizhou2023.rules.find((x) => x.id === id);

type Case = readonly [name: string, achievement: Omit<AchievementInput, 'obtainedOn'>, ruleId: string, yuan: number];
const expectSingle = ([, achievement, ruleId, yuan]: Case, obtainedOn?: string) => {
  const r = evaluate(at(achievement, obtainedOn), 'taizhou', ON);
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
      { kind: 'quality_management_incubation_base', level: 'provincial', region: '330000' },
      'incubation-base.zhejiang',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(一)2 市先进质量管理孵化基地 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'quality_management_incubation_base', level: 'municipal', region: '331000' }),
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
    ]);
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
      '三(二)2 国家级标准化试点（示范）项目通过考核验收 → 50万元',
      { kind: 'standardization_pilot', level: 'national', stage: 'accepted' },
      'pilot.national',
      500_000,
    ],
    [
      '三(二)2 省级标准化试点（示范）项目通过考核验收 → 20万元',
      { kind: 'standardization_pilot', level: 'provincial', stage: 'accepted' },
      'pilot.provincial',
      200_000,
    ],
    [
      '三(二)2 市级标准化试点（示范）项目通过考核验收且考核结果为优秀 → 10万元',
      { kind: 'standardization_pilot', level: 'municipal', stage: 'accepted', result: 'excellent' },
      'pilot.municipal',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(二)2 国家级试点仅获批、未验收 → 不满足前提条件', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'national', stage: 'approved' }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pilot.national': 'prerequisite_not_met' });
  });
  it('三(二)2 市级试点考核结果为良好 → 考核结果不符合（result_not_qualifying）', () => {
    const r = evaluate(
      at({ kind: 'standardization_pilot', level: 'municipal', stage: 'accepted', result: 'good' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'pilot.municipal': 'result_not_qualifying' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('考核结果为优秀');
  });
  it('三(二)2 市级试点未给出考核结果 → 待定，缺少 result', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'municipal', stage: 'accepted' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['pilot.municipal', 'missing_fact', ['result']]]);
  });
  it('三(二)2 奖励附“主要承担单位”解读', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'national', stage: 'accepted' }), 'taizhou', ON);
    expect(readingIds(r)).toContain('taizhou.pilot-main-undertaker');
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
      '三(三)1 通过省级产业计量测试中心验收 → 30万元',
      { kind: 'industrial_metrology_center', level: 'provincial', stage: 'accepted' },
      'metrology-center.provincial',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(三)1 省级产业计量测试中心获批筹建 → 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'metrology-center.provincial': 'prerequisite_not_met' });
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
      '三(三)2 通过省级产品质量检验检测中心验收 → 30万元',
      { kind: 'inspection_center', level: 'provincial', stage: 'accepted' },
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
      '三(三)2 建成省级重点检测实验室 → 10万元',
      { kind: 'key_testing_laboratory', level: 'provincial', stage: 'accepted' },
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
      '三(三)2 “一站式”平台被评为省级示范点或五星级 → 10万元',
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
    const r = evaluate(at({ kind: 'key_testing_laboratory', level: 'provincial', stage: 'approved' }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'key-lab.provincial': 'prerequisite_not_met' });
    expect(readingIds(r)).toContain('taizhou.keylab-built');
  });
});

describe('三(三)3 认证认可', () => {
  it.each<Case>([
    ['三(三)3 通过CNAS认可的实验室 → 10万元', { kind: 'laboratory_accreditation' }, 'cnas', 100_000],
    [
      '三(三)3 获得省级认证认可试点项目证书 → 每项认证10万元',
      { kind: 'certification_pilot_project', level: 'provincial' },
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

  it('三(三)3 同一产品通过绿色食品认证（2023-10-10）且连续两年年检合格 → 10万元', () => {
    expectSingle(['', GREEN_FOOD, 'green-product.green-food', 100_000], '2023-10-10');
  });
  it('三(三)3 每项认证：乡村民宿服务认证、绿色金融认证两项 → 20万元', () => {
    const r = evaluate(at({ kind: 'certification_pilot_project', level: 'provincial', count: 2 }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'certification-pilot.provincial': 200_000 });
    expect(r.awards[0]?.calculation.zh).toContain('每项认证');
  });
  it('三(三)3 绿色食品认证 2024-02-11（本条期间末日）→ 10万元', () => {
    expect(paid(evaluate(at(GREEN_FOOD, '2024-02-11'), 'taizhou', ON))).toEqual({
      'green-product.green-food': 100_000,
    });
  });
  it('三(三)3 绿色食品认证 2024-02-12（本条期间次日）→ 不在本条期间内（outside_rule_window）', () => {
    const r = evaluate(at(GREEN_FOOD, '2024-02-12'), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'green-product.green-food': 'outside_rule_window' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('自2021年2月12日起至2024年2月11日');
  });
  it('三(三)3 绿色食品认证 2023-02-11（施行首日，本条期间内）→ 10万元', () => {
    expect(paid(evaluate(at(GREEN_FOOD, '2023-02-11'), 'taizhou', ON))).toEqual({
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
