import { describe, expect, it } from 'vitest';
import { changle2020 } from '../policies/changle-2020.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid, refused, totalYuan } from './support/lines.js';

const { evaluate } = evaluatorFor(changle2020);
const ON = '2024-06-01';
const at = (a: Omit<AchievementInput, 'obtainedOn'>, obtainedOn = '2024-05-10'): AchievementInput => ({
  ...a,
  obtainedOn,
});

type Case = readonly [name: string, achievement: Omit<AchievementInput, 'obtainedOn'>, ruleId: string, yuan: number];
const expectSingle = ([, achievement, ruleId, yuan]: Case) => {
  const r = evaluate(at(achievement), 'changle', ON);
  expect(paid(r)).toEqual({ [ruleId]: yuan });
  expect(r.awards[0]?.clause).toBe(changle2020.rules.find((x) => x.id === ruleId)?.clause);
};

describe('末段 施行日期 本意见自2020年1月1日起施行', () => {
  const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;
  it('2019-12-31（施行前一日）→ 政策尚未施行，0元', () => {
    const r = evaluate(at(cqa, '2019-12-01'), '350112', '2019-12-31');
    expect(r.inForce).toBe(false);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'cqa.award': 'policy_not_in_force' });
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('200万元');
  });
  it('2020-01-01（施行首日）取得并评估 → 200万元', () => {
    expect(totalYuan(evaluate(at(cqa, '2020-01-01'), '350112', '2020-01-01'))).toBe(2_000_000);
  });
  it('无终止日：2035-12-31 仍施行，并提示无终止日的解读', () => {
    const r = evaluate(at(cqa, '2035-01-02'), '350112', '2035-12-31');
    expect(totalYuan(r)).toBe(2_000_000);
    expect(r.policy.window).toEqual({ start: '2020-01-01', end: null });
    expect(r.warnings.map((w) => w.reading?.id)).toContain('changle.no-end-date');
  });
  it('2019-12-31 取得的成果在施行后评估 → 不予奖励（achievement_before_policy，附解读）', () => {
    const r = evaluate(at(cqa, '2019-12-31'), '350112', '2020-03-01');
    expect(refused(r)).toEqual({ 'cqa.award': 'achievement_before_policy' });
    expect(r.warnings.map((w) => w.reading?.id)).toContain('changle.timing');
  });
  it('按名称、全称、拼音均可找到长乐区', () => {
    for (const name of ['长乐区', '福州市长乐区', 'Changle', '350112']) {
      expect(evaluate(at(cqa), name, ON).jurisdiction.code).toBe('350112');
    }
  });
  it('施行中的文本不附征求意见稿提示', () => {
    expect(evaluate(at(cqa), 'changle', ON).warnings.map((w) => w.code)).not.toContain('draft_policy');
  });
});

describe('三(二)1 设政府质量奖', () => {
  it.each<Case>([
    [
      '三(二)1 中国质量奖 → 200万元',
      { kind: 'government_quality_award', level: 'national', prize: 'award' },
      'cqa.award',
      2_000_000,
    ],
    [
      '三(二)1 中国质量奖提名奖 → 100万元',
      { kind: 'government_quality_award', level: 'national', prize: 'nomination' },
      'cqa.nomination',
      1_000_000,
    ],
    [
      '三(二)1 福建省政府质量奖 → 100万元',
      { kind: 'government_quality_award', level: 'provincial', region: '350000', prize: 'award' },
      'fujian-qa.award',
      1_000_000,
    ],
    [
      '三(二)1 福建省政府质量奖提名奖 → 50万元',
      { kind: 'government_quality_award', level: 'provincial', region: '350000', prize: 'nomination' },
      'fujian-qa.nomination',
      500_000,
    ],
    [
      '三(二)1 福州市政府质量奖 → 50万元',
      { kind: 'government_quality_award', level: 'municipal', region: '350100', prize: 'award' },
      'fuzhou-qa.award',
      500_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(二)1 其他省份的省政府质量奖 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'government_quality_award', level: 'provincial', region: '410000', prize: 'award' }),
      'changle',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(二)1 省政府质量奖未给出颁奖省份 → 待定，缺少 region', () => {
    const r = evaluate(at({ kind: 'government_quality_award', level: 'provincial', prize: 'award' }), 'changle', ON);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['fujian-qa.award', ['region']]]);
    expect(totalYuan(r)).toBe(0);
  });
  it('三(二)1 个人获得中国质量奖 → 本条只奖励企业', () => {
    const r = evaluate(
      at({ kind: 'government_quality_award', level: 'national', prize: 'award', recipient: { type: 'individual' } }),
      'changle',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('三(二)2 设国家实验室认可奖', () => {
  it.each<Case>([
    [
      '三(二)2 首次获得国家实验室认可 → 30万元',
      { kind: 'laboratory_accreditation', cycle: 'initial' },
      'lab-accreditation',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));
});

describe('三(二)3(1) 承担标准化组织秘书处', () => {
  it.each<Case>([
    [
      '三(二)3(1) 国际标准化组织 TC 秘书处 → 50万元',
      { kind: 'standardization_body_secretariat', level: 'international', body: 'tc' },
      'secretariat.international',
      500_000,
    ],
    [
      '三(二)3(1) 国际标准化组织工作组 → 50万元',
      { kind: 'standardization_body_secretariat', level: 'international', body: 'wg' },
      'secretariat.international',
      500_000,
    ],
    [
      '三(二)3(1) 国家标准化组织 SC 秘书处 → 30万元',
      { kind: 'standardization_body_secretariat', level: 'national', body: 'sc' },
      'secretariat.national',
      300_000,
    ],
    [
      '三(二)3(1) 福建省专业标准化技术委员会秘书处 → 10万元',
      { kind: 'standardization_body_secretariat', level: 'provincial', region: '350000', body: 'tc' },
      'secretariat.fujian',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));
});

describe('三(二)3(2) 制（修）订标准', () => {
  it.each<Case>([
    [
      '三(二)3(2) 主导制定国际标准、排名第一 → 50万元',
      { kind: 'standard_drafting', level: 'international', rank: 1 },
      'drafting.international.lead',
      500_000,
    ],
    [
      '三(二)3(2) 主导制定国家标准、排名第二 → 30万元',
      { kind: 'standard_drafting', level: 'national', rank: 2 },
      'drafting.national.lead',
      300_000,
    ],
    [
      '三(二)3(2) 主导制定行业标准、排名第三 → 20万元',
      { kind: 'standard_drafting', level: 'industry', rank: 3 },
      'drafting.industry.lead',
      200_000,
    ],
    [
      '三(二)3(2) 主导制定地方标准、排名第一 → 10万元',
      { kind: 'standard_drafting', level: 'local', rank: 1 },
      'drafting.local.lead',
      100_000,
    ],
    [
      '三(二)3(2) 主导制定团体标准、排名第一 → 5万元',
      { kind: 'standard_drafting', level: 'group', rank: 1 },
      'drafting.group.lead',
      50_000,
    ],
    [
      '三(二)3(2) 参与制定国际标准、排名第四 → 25万元',
      { kind: 'standard_drafting', level: 'international', rank: 4 },
      'drafting.international.participant',
      250_000,
    ],
    [
      '三(二)3(2) 参与制定国家标准、排名第七 → 15万元',
      { kind: 'standard_drafting', level: 'national', rank: 7 },
      'drafting.national.participant',
      150_000,
    ],
    [
      '三(二)3(2) 参与制定行业标准、排名第四 → 10万元',
      { kind: 'standard_drafting', level: 'industry', rank: 4 },
      'drafting.industry.participant',
      100_000,
    ],
    [
      '三(二)3(2) 参与制定地方标准、排名第五 → 5万元',
      { kind: 'standard_drafting', level: 'local', rank: 5 },
      'drafting.local.participant',
      50_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(二)3(2) 排名第三得主导奖励、排名第四得参与奖励（边界）', () => {
    expect(paid(evaluate(at({ kind: 'standard_drafting', level: 'national', rank: 3 }), 'changle', ON))).toEqual({
      'drafting.national.lead': 300_000,
    });
    expect(paid(evaluate(at({ kind: 'standard_drafting', level: 'national', rank: 4 }), 'changle', ON))).toEqual({
      'drafting.national.participant': 150_000,
    });
  });
  it('三(二)3(2) 团体标准排名第四 → 无参与奖励（rank_not_eligible）', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'group', rank: 4 }), 'changle', ON);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'drafting.group.lead': 'rank_not_eligible' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('排名前三位的');
  });
  it('三(二)3(2) 未给出排名 → 待定，缺少 rank', () => {
    const r = evaluate(at({ kind: 'standard_drafting', level: 'national' }), 'changle', ON);
    expect(r.undetermined.map((u) => u.missingFacts)).toEqual([['rank'], ['rank']]);
    expect(totalYuan(r)).toBe(0);
  });
  it('三(二)3(2) 企业标准 → 本政策无对应条款', () => {
    expect(refused(evaluate(at({ kind: 'standard_drafting', level: 'enterprise', rank: 1 }), 'changle', ON))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('三(二)3(3) 标准化示范（试点）项目', () => {
  it.each<Case>([
    [
      '三(二)3(3) 国家级标准化试点通过验收 → 20万元',
      { kind: 'standardization_pilot', level: 'national', stage: 'accepted' },
      'pilot.national',
      200_000,
    ],
    [
      '三(二)3(3) 省级标准化试点通过验收 → 15万元',
      { kind: 'standardization_pilot', level: 'provincial', region: '350000', stage: 'accepted' },
      'pilot.provincial',
      150_000,
    ],
    [
      '三(二)3(3) 市级标准化试点通过验收 → 5万元',
      { kind: 'standardization_pilot', level: 'municipal', region: '350100', stage: 'accepted' },
      'pilot.municipal',
      50_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(二)3(3) 解读：浙江省的省级试点 → 本政策无对应条款（省级 = 福建省）', () => {
    const r = evaluate(
      at({ kind: 'standardization_pilot', level: 'provincial', region: '330000', stage: 'accepted' }),
      'changle',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(二)3(3) 省级试点未给出省份 → 待定，缺少 region（附解读）', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'provincial', stage: 'accepted' }), 'changle', ON);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['pilot.provincial', ['region']]]);
  });
  it('三(二)3(3) 国家级试点仅获批、未验收 → 不满足前提条件', () => {
    const r = evaluate(at({ kind: 'standardization_pilot', level: 'national', stage: 'approved' }), 'changle', ON);
    expect(refused(r)).toEqual({ 'pilot.national': 'prerequisite_not_met' });
  });
});

describe('三(二)3(4) 标准化科研项目', () => {
  it.each<Case>([
    [
      '三(二)3(4) 国家级标准化科研项目结题验收合格 → 50万元',
      { kind: 'standardization_research_project', level: 'national', stage: 'accepted' },
      'research.national',
      500_000,
    ],
    [
      '三(二)3(4) 省级标准化科研项目结题验收合格 → 20万元',
      { kind: 'standardization_research_project', level: 'provincial', region: '350000', stage: 'accepted' },
      'research.provincial',
      200_000,
    ],
    [
      '三(二)3(4) 市级标准化科研项目结题验收合格 → 10万元',
      { kind: 'standardization_research_project', level: 'municipal', region: '350100', stage: 'accepted' },
      'research.municipal',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));
});

describe('三(二)3(5) 标准创新贡献奖', () => {
  it.each<Case>([
    [
      '三(二)3(5) 中国标准创新贡献奖项目奖一等奖、主导单位 → 6万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'first', drafterRole: 'main' },
      'standard-award.china.first',
      60_000,
    ],
    [
      '三(二)3(5) 中国标准创新贡献奖项目奖二等奖、主导单位 → 4万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'second', drafterRole: 'main' },
      'standard-award.china.second',
      40_000,
    ],
    [
      '三(二)3(5) 中国标准创新贡献奖项目奖三等奖、主导单位 → 2万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'third', drafterRole: 'main' },
      'standard-award.china.third',
      20_000,
    ],
    [
      '三(二)3(5) 福建省标准贡献奖一等奖、主导单位 → 5万元',
      { kind: 'standard_innovation_award', level: 'provincial', region: '350000', prize: 'first', drafterRole: 'main' },
      'standard-award.fujian.first',
      50_000,
    ],
    [
      '三(二)3(5) 福建省标准贡献奖二等奖、主导单位 → 3万元',
      {
        kind: 'standard_innovation_award',
        level: 'provincial',
        region: '350000',
        prize: 'second',
        drafterRole: 'main',
      },
      'standard-award.fujian.second',
      30_000,
    ],
    [
      '三(二)3(5) 福建省标准贡献奖三等奖、主导单位 → 1万元',
      { kind: 'standard_innovation_award', level: 'provincial', region: '350000', prize: 'third', drafterRole: 'main' },
      'standard-award.fujian.third',
      10_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(二)3(5) 参与单位（非主导）→ 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'standard_innovation_award', level: 'national', prize: 'first', drafterRole: 'participating' }),
      'changle',
      ON,
    );
    expect(refused(r)).toEqual({ 'standard-award.china.first': 'prerequisite_not_met' });
  });
});

describe('三(二)3(6) 标准化良好行为企业', () => {
  it.each<Case>([
    [
      '三(二)3(6) AAAA级 → 5万元',
      { kind: 'standardization_good_behavior', grade: 'AAAA' },
      'good-behavior.aaaa',
      50_000,
    ],
    ['三(二)3(6) AAA级 → 3万元', { kind: 'standardization_good_behavior', grade: 'AAA' }, 'good-behavior.aaa', 30_000],
  ])('%s', (...c) => expectSingle(c));
  it('三(二)3(6) AA级 → 本政策无对应条款', () => {
    expect(refused(evaluate(at({ kind: 'standardization_good_behavior', grade: 'AA' }), 'changle', ON))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('三(二)3(7) 地理标志', () => {
  it('三(二)3(7) 一项农产品地理标志获批 → 20万元', () => {
    expect(
      paid(evaluate(at({ kind: 'geographical_indication', subtype: 'agricultural_product' }), 'changle', ON)),
    ).toEqual({ 'geographical-indication': 200_000 });
  });
  it('三(二)3(7) 每项：同一申报两项地理标志产品保护 → 40万元', () => {
    const r = evaluate(at({ kind: 'geographical_indication', subtype: 'protected_product', count: 2 }), 'changle', ON);
    expect(paid(r)).toEqual({ 'geographical-indication': 400_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
  });
  it('三(二)3(7) 地理标志商标 → 本政策无对应条款', () => {
    expect(refused(evaluate(at({ kind: 'geographical_indication', subtype: 'trademark' }), 'changle', ON))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('三(二)4 设测量管理体系认证奖', () => {
  it('三(二)4 获得 ISO 10012 测量管理体系认证 → 3万元，并附“IS010012”的解读', () => {
    const r = evaluate(at({ kind: 'measurement_management_certification', cycle: 'initial' }), 'changle', ON);
    expect(paid(r)).toEqual({ 'measurement-management': 30_000 });
    expect(r.warnings.filter((w) => w.code === 'uncertain_reading').map((w) => w.reading?.literal)).toContain(
      'IS010012',
    );
  });
  it('三(二)4 解读：复评（再认证）不再奖励 → 不满足前提条件', () => {
    const r = evaluate(at({ kind: 'measurement_management_certification', cycle: 'renewal' }), 'changle', ON);
    expect(refused(r)).toEqual({ 'measurement-management': 'prerequisite_not_met' });
    expect(r.warnings.map((w) => w.reading?.id)).toContain('changle.measurement-renewal');
  });
  it('三(二)4 未说明首次或复评 → 待定，缺少 cycle', () => {
    const r = evaluate(at({ kind: 'measurement_management_certification' }), 'changle', ON);
    expect(r.undetermined.map((u) => u.missingFacts)).toEqual([['cycle']]);
  });
});

describe('三(二) 单位、企业、技术检测机构（个人不适用）', () => {
  it.each([
    ['三(二)2 个人 → 无对应条款', { kind: 'laboratory_accreditation' }],
    ['三(二)3(2) 个人主导制定国家标准 → 无对应条款', { kind: 'standard_drafting', level: 'national', rank: 1 }],
    [
      '三(二)4 个人获得测量管理体系认证 → 无对应条款',
      { kind: 'measurement_management_certification', cycle: 'initial' },
    ],
  ] as const)('%s', (_, achievement) => {
    const r = evaluate(at({ ...achievement, recipient: { type: 'individual' } }), 'changle', ON);
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('文本未设注册地条件：每个结果都提示调用方确认申报主体属于本区', () => {
    const r = evaluate(at({ kind: 'laboratory_accreditation' }), 'changle', ON);
    expect(r.warnings.find((w) => w.code === 'notice' && w.quote === '引导、激励我区企业或组织')).toBeDefined();
  });
});

describe('三(二) 第1项及第3项 同年度“就高不重复”', () => {
  const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;
  const national = { kind: 'standard_drafting', level: 'national', rank: 1 } as const;
  it('同年度中国质量奖（200万）与主导国家标准（30万）→ 只付200万元', () => {
    const r = evaluate([at(cqa, '2024-05-10'), at(national, '2024-03-01')], 'changle', ON);
    expect(paid(r)).toEqual({ 'cqa.award': 2_000_000 });
    expect(refused(r)).toEqual({ 'drafting.national.lead': 'stacking_highest_only' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toContain('就高不重复');
    expect(r.warnings.map((w) => w.reading?.id)).toContain('changle.same-year-pool');
  });
  it('不同年度（2023年标准、2024年质量奖）→ 两项均付，230万元', () => {
    const r = evaluate([at(cqa, '2024-05-10'), at(national, '2023-12-31')], 'changle', ON);
    expect(totalYuan(r)).toBe(2_300_000);
  });
  it('第2项（实验室认可）与第4项（测量管理体系）不在就高范围内 → 与同年质量奖一并支付', () => {
    const r = evaluate(
      [
        at(cqa),
        at({ kind: 'laboratory_accreditation', cycle: 'initial' }),
        at({ kind: 'measurement_management_certification', cycle: 'initial' }),
      ],
      'changle',
      ON,
    );
    expect(paid(r)).toEqual({ 'cqa.award': 2_000_000, 'lab-accreditation': 300_000, 'measurement-management': 30_000 });
  });
  it('解读（同年度一池）：同一年主导制定两项国家标准 → 只付30万元', () => {
    const r = evaluate([at(national, '2024-02-01'), at(national, '2024-04-01')], 'changle', ON);
    expect(totalYuan(r)).toBe(300_000);
    expect(r.notPaid.map((n) => n.code)).toEqual(['stacking_highest_only']);
  });
  it('解读：同年两项地理标志分两次录入，与一次录入 count 2 相同 → 40万元', () => {
    const gi = { kind: 'geographical_indication', subtype: 'agricultural_product' } as const;
    const r = evaluate([at(national), at(gi, '2024-02-01'), at(gi, '2024-03-01')], 'changle', ON);
    expect(totalYuan(r)).toBe(400_000);
    expect(r.awards.map((a) => a.ruleId)).toEqual(['geographical-indication', 'geographical-indication']);
    expect(r.awards.map((a) => a.amount.text)).toEqual(['20万元', '20万元']);
    expect(refused(r)).toEqual({ 'drafting.national.lead': 'stacking_highest_only' });
  });
  it('同年度两项标准（国家30万、团体5万）→ 只付30万元', () => {
    const r = evaluate([at(national), at({ kind: 'standard_drafting', level: 'group', rank: 2 })], 'changle', ON);
    expect(paid(r)).toEqual({ 'drafting.national.lead': 300_000 });
  });
  it('解读：同年两项地理标志在一笔申报中按每项计 40万元，高于同年国家标准30万元 → 付40万元', () => {
    const r = evaluate(
      [at(national), at({ kind: 'geographical_indication', subtype: 'agricultural_product', count: 2 })],
      'changle',
      ON,
    );
    expect(paid(r)).toEqual({ 'geographical-indication': 400_000 });
  });
  it('同年度已付国家标准30万元（history），再获中国质量奖 → 补足差额170万元', () => {
    const r = evaluate(at(cqa, '2024-05-10'), 'changle', ON, {
      history: [
        { policyId: 'changle-2020', ruleId: 'drafting.national.lead', amountYuan: 300_000, obtainedOn: '2024-02-01' },
      ],
    });
    expect(paid(r)).toEqual({ 'cqa.award': 1_700_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('200万元');
    expect(r.awards[0]?.adjustments[0]?.code).toBe('stacking_highest_only');
  });
  it('同年度已付中国质量奖200万元，再主导国家标准 → 不再支付', () => {
    const r = evaluate(at(national, '2024-05-20'), 'changle', ON, {
      history: [{ policyId: 'changle-2020', ruleId: 'cqa.award', amountYuan: '2000000', obtainedOn: '2024-01-15' }],
    });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'drafting.national.lead': 'stacking_highest_only' });
  });
  it('上一年度已付的奖励不影响本年度 → 全额支付', () => {
    const r = evaluate(at(national), 'changle', ON, {
      history: [{ policyId: 'changle-2020', ruleId: 'cqa.award', amountYuan: 2_000_000, obtainedOn: '2023-12-31' }],
    });
    expect(paid(r)).toEqual({ 'drafting.national.lead': 300_000 });
  });
  it('其他政策下的付款不计入本政策的就高池', () => {
    const r = evaluate(at(national), 'changle', ON, {
      history: [
        { policyId: 'some-other-policy', ruleId: 'cqa.award', amountYuan: 2_000_000, obtainedOn: '2024-01-01' },
      ],
    });
    expect(paid(r)).toEqual({ 'drafting.national.lead': 300_000 });
  });
});

describe('三(二) 条款数', () => {
  it('长乐 2020 共有34个金额，各为一条规则，均有金额', () => {
    expect(changle2020.rules).toHaveLength(34);
    expect(new Set(changle2020.rules.map((r) => r.amount.type))).toEqual(new Set(['fixed', 'per_item']));
  });
});
