import { describe, expect, it } from 'vitest';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import type { ConditionInput } from '../src/schema/policy.js';
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

// 二、标准化（第9—14条）

describe('第9条 标准创新贡献奖、标准化助力奖、技术标准创新基地', () => {
  it.each<Case>([
    [
      '第9条 国家标准创新贡献奖一等奖 → 100万元（“10 万元”按顺序读）',
      { kind: 'standard_innovation_award', level: 'national', prize: 'first' },
      'art9.award.first',
      1_000_000,
      ['zhengzhou.art9.first'],
    ],
    [
      '第9条 国家标准创新贡献奖二等奖 → 50万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'second' },
      'art9.award.second',
      500_000,
      [],
    ],
    [
      '第9条 国家标准创新贡献奖三等奖 → 20万元',
      { kind: 'standard_innovation_award', level: 'national', prize: 'third' },
      'art9.award.third',
      200_000,
      [],
    ],
    [
      '第9条 中国标准化助力奖 → 5万元',
      { kind: 'standardization_assistance_award' },
      'art9.assistance-award',
      50_000,
      [],
    ],
    [
      '第9条 获批国家技术标准创新基地 → 30万元',
      { kind: 'standard_innovation_base', level: 'national', subtype: 'base' },
      'art9.innovation-base',
      300_000,
      ['zhengzhou.art9.national-scope'],
    ],
    [
      '第9条 获批国家级场馆 → 30万元',
      { kind: 'standard_innovation_base', level: 'national', subtype: 'venue' },
      'art9.innovation-base',
      300_000,
      ['zhengzhou.art9.national-scope'],
    ],
    [
      '第9条 获批国家级标准验证实验室 → 30万元',
      { kind: 'standard_innovation_base', level: 'national', subtype: 'verification_lab' },
      'art9.innovation-base',
      300_000,
      ['zhengzhou.art9.national-scope'],
    ],
    [
      '第9条 经国家推广的标准案例 → 30万元',
      { kind: 'standard_innovation_base', level: 'national', subtype: 'promoted_case' },
      'art9.innovation-base',
      300_000,
      ['zhengzhou.art9.national-scope'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第9条 个人获标准创新贡献奖 → 本条只奖励单位', () => {
    expect(
      refused(
        run({
          kind: 'standard_innovation_award',
          level: 'national',
          prize: 'first',
          recipient: { type: 'individual' },
        }),
      ),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第9条 省级标准验证实验室 → “获批国家”限定各项，无对应条款', () => {
    expect(
      refused(
        run({ kind: 'standard_innovation_base', level: 'provincial', region: '410000', subtype: 'verification_lab' }),
      ),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第9条 创新基地未给出级别 → 待定，缺少 level', () => {
    const r = run({ kind: 'standard_innovation_base', subtype: 'base' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art9.innovation-base', ['level']]]);
  });
  it('第9条 “国家”是否限定场馆、实验室：解读随结果给出，另一读法为任何级别', () => {
    const w = warningFor(
      run({ kind: 'standard_innovation_base', level: 'national', subtype: 'venue' }),
      'zhengzhou.art9.national-scope',
    );
    expect(w?.reading?.literal).toBe('获批国家技术标准创新基地、场馆、标准验证实验室和经国家推广的标准案例');
    expect(w?.reading?.alternative?.zh).toContain('任何级别');
  });
  it('第9条 省级标准贡献奖 → 本政策无对应条款', () => {
    expect(
      refused(run({ kind: 'standard_innovation_award', level: 'provincial', region: '410000', prize: 'first' })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('第10条 制（修）订且经批准发布的标准', () => {
  const drafting = (
    level: 'international' | 'national' | 'industry' | 'local',
    drafterRole: 'main' | 'participating',
  ) =>
    ({
      kind: 'standard_drafting',
      level,
      drafterRole,
      rank: drafterRole === 'main' ? 1 : 4,
      convertedOwnIntellectualProperty: false,
    }) as const;
  it.each<Case>([
    [
      '第10条 主导制定国际标准、主要起草单位 → 1000万元（“1 0 万元”，报道确认）',
      drafting('international', 'main'),
      'art10.main.international',
      10_000_000,
      ['zhengzhou.art10.main-international'],
    ],
    [
      '第10条 主导制定国家标准、主要起草单位 → 100万元（丢字标记，报道确认）',
      drafting('national', 'main'),
      'art10.main.national',
      1_000_000,
      ['zhengzhou.art10.national-not-military', 'zhengzhou.art10.main-national'],
    ],
    ['第10条 行业标准、主要起草单位 → 80万元', drafting('industry', 'main'), 'art10.main.industry', 800_000, []],
    [
      '第10条 地方标准、主要起草单位 → 40万元',
      drafting('local', 'main'),
      'art10.main.local',
      400_000,
      ['zhengzhou.art10.local-any-region'],
    ],
    [
      '第10条 国际标准、参与起草单位 → 100万元（按顺序读）',
      drafting('international', 'participating'),
      'art10.participating.international',
      1_000_000,
      ['zhengzhou.art10.participating-international'],
    ],
    [
      '第10条 国家标准、参与起草单位 → 80万元',
      drafting('national', 'participating'),
      'art10.participating.national',
      800_000,
      ['zhengzhou.art10.national-not-military'],
    ],
    [
      '第10条 行业标准、参与起草单位 → 60万元',
      drafting('industry', 'participating'),
      'art10.participating.industry',
      600_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第10条 国际标准1000万元的解读：原文“1 0 万元”，依据2023年报道', () => {
    const w = warningFor(run(drafting('international', 'main')), 'zhengzhou.art10.main-international');
    expect(w?.message.zh).toContain('原文：“分别给予1 0 万元、10\u00a0 万元、80万元、40万元”');
    expect(w?.message.zh).toContain('1000万元');
    expect(w?.reading?.basis.zh).toContain('2023年报道');
  });
  it('第10条 地方标准参与起草单位 → 本条未列，无对应条款', () => {
    expect(refused(run(drafting('local', 'participating')))).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第10条 企业标准 → 本政策无对应条款', () => {
    expect(refused(run({ kind: 'standard_drafting', level: 'enterprise', drafterRole: 'main' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第10条 未给出起草角色（主要/参与）→ 待定，缺少 drafterRole', () => {
    const r = run({ kind: 'standard_drafting', level: 'industry', convertedOwnIntellectualProperty: false });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art10.main.industry', ['drafterRole']],
      ['art10.participating.industry', ['drafterRole']],
    ]);
    expect(totalYuan(r)).toBe(0);
  });
  it('第10条 个人作为国家标准主要起草人 → 本条只奖励起草单位，无对应条款', () => {
    const r = run({ ...drafting('national', 'main'), recipient: { type: 'individual' } });
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(totalYuan(r)).toBe(0);
  });
  it('第10条 个人参与起草行业标准 → 无对应条款', () => {
    expect(refused(run({ ...drafting('industry', 'participating'), recipient: { type: 'individual' } }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第10条 排名不影响本条：国家标准主要起草单位排名第五 → 仍为100万元', () => {
    expect(paid(run({ ...drafting('national', 'main'), rank: 5 }))).toEqual({ 'art10.main.national': 1_000_000 });
  });
  it('第10条 地方标准不限地区（解读）：陕西省地方标准主要起草单位 → 40万元；河南省地方标准同样40万元', () => {
    for (const region of ['610000', '410000', '410100']) {
      const r = run({ ...drafting('local', 'main'), region });
      expect(paid(r)).toEqual({ 'art10.main.local': 400_000 });
      expect(r.undetermined).toEqual([]);
    }
    const w = warningFor(run({ ...drafting('local', 'main'), region: '610000' }), 'zhengzhou.art10.local-any-region');
    expect(w?.reading?.chosen.zh).toContain('不限地区');
    expect(w?.reading?.alternative?.zh).toContain('只限河南省');
    expect(w?.reading?.basis.zh).toContain('台州政策则明写“省级地方标准”');
  });
});

describe('第10条 “国家标准”不含国家军用标准（解读；本库不核验）', () => {
  const military = {
    kind: 'standard_drafting',
    level: 'national',
    drafterRole: 'main',
    subtype: 'military',
    convertedOwnIntellectualProperty: false,
  } as const;
  it('第10条 三条涉及国家标准的规则都带此解读（主要、参与、追加），其他级别的起草规则不带', () => {
    const withReading = zhengzhou2019.rules
      .filter((x) => 'readings' in x && x.readings.some((r) => r.id === 'zhengzhou.art10.national-not-military'))
      .map((x) => x.id);
    expect(withReading).toEqual(['art10.main.national', 'art10.participating.national', 'art10.ip-conversion']);
  });
  it('第10条 解读：采用“不包括”，另一读法为按国家标准奖励，依据《标准化法》与台州“国家标准（含国家军用标准）”', () => {
    const w = warningFor(
      run({
        kind: 'standard_drafting',
        level: 'national',
        drafterRole: 'main',
        convertedOwnIntellectualProperty: false,
      }),
      'zhengzhou.art10.national-not-military',
    );
    expect(w?.reading?.literal).toBe('经批准发布的国际标准、国家标准');
    expect(w?.reading?.chosen.zh).toMatch(/^不包括：国家军用标准不按第10条的国家标准奖励/);
    expect(w?.reading?.alternative?.zh).toContain('按国家标准奖励');
    expect(w?.reading?.basis.zh).toContain('国家标准（含国家军用标准）');
  });
  it('第10条 以 subtype military 报告的国家军用标准：本库无法拒付（仍计100万元），解读明言不核验、调用方不应申报', () => {
    const r = run(military);
    expect(paid(r)).toEqual({ 'art10.main.national': 1_000_000 });
    const w = warningFor(r, 'zhengzhou.art10.national-not-military');
    expect(w?.reading?.chosen.en).toContain('NOT checked here');
    expect(w?.reading?.chosen.en).toContain('the caller must not claim it for a military standard');
    expect(w?.reading?.chosen.zh).toContain('调用方不应据此为国家军用标准申报');
  });
});

describe('第10条 将自有知识产权转化为国家、行业、团体标准 → 一次性追加奖补20万元', () => {
  it('第10条 主导国家标准并转化自有知识产权 → 100万元 + 追加20万元 = 120万元', () => {
    const r = run({
      kind: 'standard_drafting',
      level: 'national',
      drafterRole: 'main',
      convertedOwnIntellectualProperty: true,
    });
    expect(paid(r)).toEqual({ 'art10.main.national': 1_000_000, 'art10.ip-conversion': 200_000 });
    expect(totalYuan(r)).toBe(1_200_000);
  });
  it('第10条 参与行业标准并转化自有知识产权 → 60万元 + 追加20万元', () => {
    const r = run({
      kind: 'standard_drafting',
      level: 'industry',
      drafterRole: 'participating',
      convertedOwnIntellectualProperty: true,
    });
    expect(paid(r)).toEqual({ 'art10.participating.industry': 600_000, 'art10.ip-conversion': 200_000 });
  });
  it('第10条 被政府采信的团体标准并转化自有知识产权 → 40万元 + 追加20万元', () => {
    const r = run({
      kind: 'standard_drafting',
      level: 'group',
      drafterRole: 'main',
      adoptedByGovernment: true,
      adoptingEnterprises: 0,
      convertedOwnIntellectualProperty: true,
    });
    expect(paid(r)).toEqual({ 'art10.group': 400_000, 'art10.ip-conversion': 200_000 });
  });
  it('第10条 地方标准、国际标准不在追加之列 → 只付起草奖励', () => {
    expect(
      paid(
        run({ kind: 'standard_drafting', level: 'local', drafterRole: 'main', convertedOwnIntellectualProperty: true }),
      ),
    ).toEqual({ 'art10.main.local': 400_000 });
    expect(
      paid(
        run({
          kind: 'standard_drafting',
          level: 'international',
          drafterRole: 'main',
          convertedOwnIntellectualProperty: true,
        }),
      ),
    ).toEqual({ 'art10.main.international': 10_000_000 });
  });
  it('第10条 追加20万元以同一标准的起草奖励为前提（解读）：非牵头单位的团体标准转化自有知识产权 → 团体标准不奖，追加亦不付（base_reward_not_paid）', () => {
    const r = run({
      kind: 'standard_drafting',
      level: 'group',
      drafterRole: 'participating',
      adoptedByGovernment: true,
      convertedOwnIntellectualProperty: true,
    });
    expect(paid(r)).toEqual({});
    expect(refused(r)).toEqual({ 'art10.ip-conversion': 'base_reward_not_paid' });
    const ip = r.notPaid.find((n) => n.citation?.ruleId === 'art10.ip-conversion');
    expect(ip?.stoppedBy).toEqual({ clause: '第10条', quote: '一次性追加奖补20万元' });
    const w = warningFor(r, 'zhengzhou.art10.ip-conversion-in-addition');
    expect(w?.reading?.literal).toBe('将自有知识产权转化为国家、行业、团体标准的企业，一次性追加奖补20万元');
    expect(w?.reading?.alternative?.zh).toContain('单独付20万元');
  });
  it('第10条 追加20万元与同一标准的起草奖励同付 → 80万元 + 20万元，追加一项写明所追加的规则', () => {
    const r = run({
      kind: 'standard_drafting',
      level: 'industry',
      drafterRole: 'main',
      convertedOwnIntellectualProperty: true,
    });
    expect(paid(r)).toEqual({ 'art10.main.industry': 800_000, 'art10.ip-conversion': 200_000 });
    const ip = r.awards.find((a) => a.ruleId === 'art10.ip-conversion');
    expect(ip?.inAdditionTo).toEqual({
      ruleId: 'art10.main.industry',
      clause: '第10条',
      achievementIndex: 0,
      fromHistory: false,
    });
    expect(warnedReadings(r)).toContain('zhengzhou.art10.ip-conversion-in-addition');
  });
  it('第10条 追加20万元只奖励企业：个人转化自有知识产权 → 无对应条款', () => {
    expect(
      refused(
        run({
          kind: 'standard_drafting',
          level: 'national',
          drafterRole: 'main',
          convertedOwnIntellectualProperty: true,
          recipient: { type: 'individual' },
        }),
      ),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第10条 未说明是否转化自有知识产权 → 起草奖励照付，追加部分待定（缺少 convertedOwnIntellectualProperty）', () => {
    const r = run({ kind: 'standard_drafting', level: 'national', drafterRole: 'participating' });
    expect(paid(r)).toEqual({ 'art10.participating.national': 800_000 });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts, u.clauseAmount?.text])).toEqual([
      ['art10.ip-conversion', ['convertedOwnIntellectualProperty'], '20万元'],
    ]);
  });
});

describe('第10条 被政府采信或10家以上企业采用的团体标准 → 牵头制定单位40万元', () => {
  const group = {
    kind: 'standard_drafting',
    level: 'group',
    drafterRole: 'main',
    convertedOwnIntellectualProperty: false,
  } as const;
  it('第10条 团体标准为一条规则，条件为“牵头制定单位”与“被政府采信或10家以上企业采用”（any_of）', () => {
    const rule = zhengzhou2019.rules.find((x) => x.id === 'art10.group');
    const either = rule?.conditions?.[1] as ConditionInput | undefined;
    expect(either?.type).toBe('any_of');
    expect(either?.quote).toBe('被政府采信或1 家以上企业采用');
    expect(either?.reading?.id).toBe('zhengzhou.art10.ten-enterprises');
    expect(either?.type === 'any_of' ? either.conditions : []).toMatchObject([
      { type: 'fact_is', fact: 'adoptedByGovernment', value: true },
      { type: 'fact_at_least', fact: 'adoptingEnterprises', min: 10 },
    ]);
    expect(zhengzhou2019.rules.filter((x) => x.id.startsWith('art10.group'))).toHaveLength(1);
  });
  it('第10条 被政府采信（仅3家企业采用）→ 40万元，附“10家以上”的解读', () => {
    const r = run({ ...group, adoptedByGovernment: true, adoptingEnterprises: 3 });
    expect(paid(r)).toEqual({ 'art10.group': 400_000 });
    expect(r.notPaid).toEqual([]);
    expect(r.undetermined).toEqual([]);
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['zhengzhou.art10.ten-enterprises']);
  });
  it('第10条 10家企业采用、未被政府采信（“1 家以上”读作10家以上，含10家）→ 40万元', () => {
    const r = run({ ...group, adoptedByGovernment: false, adoptingEnterprises: 10 });
    expect(paid(r)).toEqual({ 'art10.group': 400_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toEqual(['zhengzhou.art10.ten-enterprises']);
    expect(warningFor(r, 'zhengzhou.art10.ten-enterprises')?.message.zh).toContain(
      '原文：“被政府采信或1 家以上企业采用的团体标准”',
    );
  });
  it('第10条 9家企业采用且未被政府采信 → 不满足前提条件，0元，指向“或”条件的原文', () => {
    const r = run({ ...group, adoptedByGovernment: false, adoptingEnterprises: 9 });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({
      'art10.group': 'prerequisite_not_met',
      'art10.ip-conversion': 'prerequisite_not_met',
    });
    expect(r.notPaid.find((n) => n.citation?.ruleId === 'art10.group')?.stoppedBy?.quote).toBe(
      '被政府采信或1 家以上企业采用',
    );
    expect(warnedReadings(r)).toContain('zhengzhou.art10.ten-enterprises');
  });
  it('第10条 两个条件都满足 → 一条规则，只付一次40万元', () => {
    const r = run({ ...group, adoptedByGovernment: true, adoptingEnterprises: 25 });
    expect(paid(r)).toEqual({ 'art10.group': 400_000 });
    expect(r.awards).toHaveLength(1);
    expect(r.notPaid).toEqual([]);
  });
  it('第10条 被政府采信、采用企业数未给出 → 付40万元，无待定事项（一个条件成立即可）', () => {
    const r = run({ ...group, adoptedByGovernment: true });
    expect(paid(r)).toEqual({ 'art10.group': 400_000 });
    expect(r.undetermined).toEqual([]);
  });
  it('第10条 未被政府采信、采用企业数未给出 → 待定，缺少 adoptingEnterprises', () => {
    const r = run({ ...group, adoptedByGovernment: false });
    expect(totalYuan(r)).toBe(0);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts, u.clauseAmount?.text])).toEqual([
      ['art10.group', ['adoptingEnterprises'], '40万元'],
    ]);
  });
  it('第10条 两个事实都未给出 → 待定，缺少 adoptedByGovernment 与 adoptingEnterprises', () => {
    const r = run(group);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art10.group', ['adoptedByGovernment', 'adoptingEnterprises']],
    ]);
  });
  it('第10条 两个不同的团体标准各被采信 → 各40万元，合计80万元', () => {
    const r = run([
      at({ ...group, adoptedByGovernment: true, adoptingEnterprises: 0 }),
      at({ ...group, adoptedByGovernment: true, adoptingEnterprises: 0 }),
    ]);
    expect(r.awards.map((a) => [a.ruleId, a.amount.text])).toEqual([
      ['art10.group', '40万元'],
      ['art10.group', '40万元'],
    ]);
    expect(totalYuan(r)).toBe(800_000);
  });
  it('第10条 参与（非牵头）单位 → 不满足前提条件（给予牵头制定单位）', () => {
    const r = run({ ...group, drafterRole: 'participating', adoptedByGovernment: true, adoptingEnterprises: 20 });
    expect(refused(r)).toEqual({
      'art10.group': 'prerequisite_not_met',
      'art10.ip-conversion': 'prerequisite_not_met',
    });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('给予牵头制定单位');
  });
  it('第10条 个人牵头制定团体标准 → 本条只奖励牵头制定单位，无对应条款', () => {
    expect(
      refused(run({ ...group, adoptedByGovernment: true, adoptingEnterprises: 20, recipient: { type: 'individual' } })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('第11条 承担标准化技术组织、团体标准机构、标准化服务机构', () => {
  const sec = (level: 'international' | 'national', body: 'tc' | 'sc' | 'wg' | 'swg') =>
    ({ kind: 'standardization_body_secretariat', level, body }) as const;
  it.each<Case>([
    [
      '第11条 国际标准化专业技术委员会（TC）秘书处 → 100万元（按顺序读）',
      sec('international', 'tc'),
      'art11.international.tc',
      1_000_000,
      ['zhengzhou.art11.international-tc'],
    ],
    ['第11条 国际分技术委员会（SC）秘书处 → 50万元', sec('international', 'sc'), 'art11.international.sc', 500_000, []],
    ['第11条 国际工作组（WG）工作 → 30万元', sec('international', 'wg'), 'art11.international.wg', 300_000, []],
    ['第11条 全国专业标准化技术委员会（TC）秘书处 → 80万元', sec('national', 'tc'), 'art11.national.tc', 800_000, []],
    ['第11条 全国分技术委员会（SC）秘书处 → 50万元', sec('national', 'sc'), 'art11.national.sc', 500_000, []],
    [
      '第11条 全国工作组（WG）工作 → 30万元',
      sec('national', 'wg'),
      'art11.national.wg',
      300_000,
      ['zhengzhou.art11.national-swg'],
    ],
    [
      '第11条 全国标准化工作组（SWG）工作 → 30万元（解读：SWG属“全国…工作组”）',
      sec('national', 'swg'),
      'art11.national.wg',
      300_000,
      ['zhengzhou.art11.national-swg'],
    ],
    [
      '第11条 河南省专业标准化技术委员会（TC）秘书处 → 20万元',
      { kind: 'standardization_body_secretariat', level: 'provincial', region: '410000', body: 'tc' },
      'art11.henan.tc',
      200_000,
      [],
    ],
    [
      '第11条 郑州市专业标准化技术委员会（TC）秘书处 → 10万元/年，连续两年：第1年10万元到期（第2年尚未到期）',
      { kind: 'standardization_body_secretariat', level: 'municipal', region: '410100', body: 'tc' },
      'art11.zhengzhou.tc',
      100_000,
      ['zhengzhou.art11.municipal-per-year'],
    ],
    [
      '第11条 组建或依托技术机构负责团体标准制定 → 10万元',
      { kind: 'group_standard_body' },
      'art11.group-standard-body',
      100_000,
      [],
    ],
    [
      '第11条 入驻郑州的标准化专业服务机构 → 20万元',
      { kind: 'standardization_service_agency', recipient: IN_ZHENGZHOU },
      'art11.service-agency',
      200_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第11条 郑州市TC秘书处按年支付：第1年10万元、第2年10万元，附“10万元年”的解读', () => {
    const r = run({ kind: 'standardization_body_secretariat', level: 'municipal', region: '410100', body: 'tc' });
    const award = r.awards[0];
    expect(award?.basis).toBe('per_year');
    expect(award?.schedule?.map((s) => [s.year, s.amount.text, s.dueOn, s.status])).toEqual([
      [1, '10万元', '2024-05-10', 'due'],
      [2, '10万元', '2025-05-10', 'scheduled'],
    ]);
    const w = warningFor(r, 'zhengzhou.art11.municipal-per-year');
    expect(w?.message.zh).toContain('原文：“资助奖励10万元年，按标准起草量连续两年支持”');
    expect(w?.reading?.basis.zh).toContain('丢失一个“/”');
    expect(w?.reading?.alternative?.zh).toContain('按标准起草量');
  });
  it('第11条 SWG解读：采用“包括”，另一读法为只含技术委员会下设的WG', () => {
    const w = warningFor(run(sec('national', 'swg')), 'zhengzhou.art11.national-swg');
    expect(w?.reading?.chosen.zh).toMatch(/^包括/);
    expect(w?.reading?.alternative?.zh).toContain('全国标准化工作组（SWG）不在本条之列');
  });
  it('第11条 国际层面的SWG → 国际一句只列WG，无对应条款', () => {
    expect(refused(run(sec('international', 'swg')))).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第11条 全国项目研究组（RG）→ 本条未列，无对应条款', () => {
    expect(refused(run({ kind: 'standardization_body_secretariat', level: 'national', body: 'rg' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第11条 河南省分技术委员会（SC）秘书处 → 本条只列TC，无对应条款', () => {
    expect(
      refused(run({ kind: 'standardization_body_secretariat', level: 'provincial', region: '410000', body: 'sc' })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第11条 其他城市的市级TC秘书处 → 本政策无对应条款', () => {
    expect(
      refused(run({ kind: 'standardization_body_secretariat', level: 'municipal', region: '410200', body: 'tc' })),
    ).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('第11条 服务机构注册在开封（未入驻郑州）→ 不符合条件', () => {
    const r = run({ kind: 'standardization_service_agency', recipient: IN_KAIFENG });
    expect(refused(r)).toEqual({ 'art11.service-agency': 'ineligible_recipient' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('入驻郑州');
  });
  it('第11条 服务机构未给出注册地 → 待定，缺少 registeredIn', () => {
    expect(run({ kind: 'standardization_service_agency' }).undetermined.map((u) => u.missingFacts)).toEqual([
      ['registeredIn'],
    ]);
  });
});

describe('第12条 标准化试点示范项目、科研项目1:1配套、高等教育课程', () => {
  it.each<Case>([
    [
      '第12条 承担国家级标准化试点示范项目并通过验收 → 50万元',
      { kind: 'standardization_pilot', level: 'national', stage: 'accepted' },
      'art12.pilot.national',
      500_000,
      ['zhengzhou.art12.pilot-accepted'],
    ],
    [
      '第12条 承担河南省级标准化试点示范项目并通过验收 → 30万元',
      { kind: 'standardization_pilot', level: 'provincial', region: '410000', stage: 'accepted' },
      'art12.pilot.provincial',
      300_000,
      ['zhengzhou.provincial-henan', 'zhengzhou.art12.pilot-accepted'],
    ],
    [
      '第12条 承担郑州市级标准化试点示范项目并通过验收 → 10万元',
      { kind: 'standardization_pilot', level: 'municipal', region: '410100', stage: 'accepted' },
      'art12.pilot.municipal',
      100_000,
      ['zhengzhou.art12.municipal-zhengzhou', 'zhengzhou.art12.pilot-accepted'],
    ],
    ['第12条 设立标准化高等教育课程 → 20万元', { kind: 'standardization_course' }, 'art12.course', 200_000, []],
    [
      '第12条 标准化科研项目，国家下拨15万元 → 1:1配套15万元',
      { kind: 'standardization_research_project', stateFunding: 150_000 },
      'art12.research-matching',
      150_000,
      [],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第12条 开封市级标准化试点示范项目 → “市级”指郑州市，无对应条款', () => {
    expect(refused(run({ kind: 'standardization_pilot', level: 'municipal', region: '410200' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第12条 浙江省级标准化试点示范项目 → “省级”指河南省，无对应条款', () => {
    expect(refused(run({ kind: 'standardization_pilot', level: 'provincial', region: '330000' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第12条 市级试点未给出地区 → 待定，缺少 region；解读给出另一读法（任何设区市）', () => {
    const r = run({ kind: 'standardization_pilot', level: 'municipal', stage: 'accepted' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art12.pilot.municipal', ['region']]]);
    const w = warningFor(
      run({ kind: 'standardization_pilot', level: 'municipal', region: '410100', stage: 'accepted' }),
      'zhengzhou.art12.municipal-zhengzhou',
    );
    expect(w?.reading?.chosen.zh).toContain('410100');
    expect(w?.reading?.alternative?.zh).toContain('任何设区市');
  });
  it('第12条 仅获批承担、尚未验收（stage approved）→ 不满足前提条件，附解读', () => {
    const r = run({ kind: 'standardization_pilot', level: 'provincial', region: '410000', stage: 'approved' });
    expect(refused(r)).toEqual({ 'art12.pilot.provincial': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('承担国家级、省级、市级标准化试点示范项目的');
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('30万元');
    expect(warnedReadings(r)).toContain('zhengzhou.art12.pilot-accepted');
  });
  it('第12条 同一国家级试点获批时与验收时各报告一次 → 只付一次50万元（验收那次）', () => {
    const r = run([
      at({ kind: 'standardization_pilot', level: 'national', stage: 'approved' }, '2022-03-01'),
      at({ kind: 'standardization_pilot', level: 'national', stage: 'accepted' }, '2024-05-10'),
    ]);
    expect(r.awards.map((a) => [a.achievementIndex, a.ruleId, a.amount.fen / 100])).toEqual([
      [1, 'art12.pilot.national', 500_000],
    ]);
    expect(refused(r)).toEqual({ 'art12.pilot.national': 'prerequisite_not_met' });
    expect(totalYuan(r)).toBe(500_000);
  });
  it('第12条 试点未给出阶段 → 待定，缺少 stage；解读的另一读法为获批时奖励', () => {
    const r = run({ kind: 'standardization_pilot', level: 'national' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['art12.pilot.national', ['stage']]]);
    const w = warningFor(
      run({ kind: 'standardization_pilot', level: 'national', stage: 'accepted' }),
      'zhengzhou.art12.pilot-accepted',
    );
    expect(w?.reading?.alternative?.zh).toContain('获批承担试点示范项目时即奖励');
  });
  it('第12条 “省级”解读与第6、15、20条共用（zhengzhou.provincial-henan）', () => {
    const ids = ['art6.provincial', 'art12.pilot.provincial', 'art15.provincial', 'art20.provincial'];
    for (const id of ids) {
      const rule = zhengzhou2019.rules.find((x) => x.id === id);
      expect(rule && 'readings' in rule ? rule.readings.map((r) => r.id) : []).toContain('zhengzhou.provincial-henan');
      expect(rule?.match).toMatchObject({ level: 'provincial', region: '410000' });
    }
  });
  it('第12条 国家下拨123,456.78元 → 配套123,456.78元', () => {
    const r = run({ kind: 'standardization_research_project', stateFunding: '123456.78' });
    expect(r.awards.map((a) => [a.amount.yuan, a.basis])).toEqual([['123456.78', 'matching']]);
  });
  it('第12条 国家下拨恰为20万元 → 配套20万元（不高于20万元的边界）', () => {
    expect(paid(run({ kind: 'standardization_research_project', stateFunding: 200_000 }))).toEqual({
      'art12.research-matching': 200_000,
    });
  });
  it('第12条 国家下拨200,000.01元 → 配套不高于20万元', () => {
    const r = run({ kind: 'standardization_research_project', stateFunding: '200000.01' });
    expect(r.awards.map((a) => a.amount.yuan)).toEqual(['200000.00']);
    expect(r.awards[0]?.calculation.zh).toContain('不高于 20万元');
  });
  it('第12条 国家下拨100万元 → 配套20万元', () => {
    expect(paid(run({ kind: 'standardization_research_project', stateFunding: 1_000_000 }))).toEqual({
      'art12.research-matching': 200_000,
    });
  });
  it('第12条 未给出国家下拨项目经费 → 待定，缺少 stateFunding', () => {
    const r = run({ kind: 'standardization_research_project' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art12.research-matching', ['stateFunding']],
    ]);
  });
});

describe('第13条 地理标志、标准化良好行为企业', () => {
  it.each<Case>([
    [
      '第13条 被认定为国家地理标志保护产品 → 50万元（“国家地理保护产品”缺字）',
      { kind: 'geographical_indication', subtype: 'protected_product' },
      'art13.gi-protected-product',
      500_000,
      ['zhengzhou.art13.gi-words', 'zhengzhou.art13.gi-each'],
    ],
    [
      '第13条 成功注册地理标志商标 → 50万元',
      { kind: 'geographical_indication', subtype: 'trademark' },
      'art13.gi-trademark',
      500_000,
      ['zhengzhou.art13.gi-each'],
    ],
    [
      '第13条 5A级标准化良好行为企业 → 30万元',
      { kind: 'standardization_good_behavior', grade: 'AAAAA' },
      'art13.good-behavior.5a',
      300_000,
      ['zhengzhou.art13.punctuation'],
    ],
    [
      '第13条 4A级标准化良好行为企业 → 20万元',
      { kind: 'standardization_good_behavior', grade: 'AAAA' },
      'art13.good-behavior.4a',
      200_000,
      ['zhengzhou.art13.punctuation'],
    ],
    [
      '第13条 3A级标准化良好行为企业 → 10万元',
      { kind: 'standardization_good_behavior', grade: 'AAA' },
      'art13.good-behavior.3a',
      100_000,
      ['zhengzhou.art13.punctuation'],
    ],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it.each<['protected_product' | 'trademark', string]>([
    ['protected_product', 'art13.gi-protected-product'],
    ['trademark', 'art13.gi-trademark'],
  ])('第13条 按项计（解读）：%s 一条成果 count 为2，与两条成果，均付100万元', (subtype, ruleId) => {
    const one = run({ kind: 'geographical_indication', subtype, count: 2 });
    expect(paid(one)).toEqual({ [ruleId]: 1_000_000 });
    expect(one.awards[0]?.basis).toBe('per_item');
    const two = run([
      at({ kind: 'geographical_indication', subtype }),
      at({ kind: 'geographical_indication', subtype }),
    ]);
    expect(two.awards.map((a) => a.amount.text)).toEqual(['50万元', '50万元']);
    expect(totalYuan(two)).toBe(totalYuan(one));
    expect(warningFor(one, 'zhengzhou.art13.gi-each')?.reading?.alternative?.zh).toContain('每类只奖励一次');
  });
  it('第13条 AA级 → 本政策无对应条款', () => {
    expect(refused(run({ kind: 'standardization_good_behavior', grade: 'AA' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
  it('第13条 农产品地理标志 → 本条未列，无对应条款', () => {
    expect(refused(run({ kind: 'geographical_indication', subtype: 'agricultural_product' }))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('第14条 企业标准领跑者并连续保持一年以上；对标达标行动', () => {
  const leader = (level: 'national' | 'provincial' | 'municipal', region: string | undefined, years: number) =>
    ({
      kind: 'enterprise_standard_leader',
      level,
      ...(region ? { region } : {}),
      consecutiveYearsHeld: years,
    }) as const;
  it.each<Case>([
    [
      '第14条 国家企业标准领跑者、连续保持一年 → 100万元（按顺序读）',
      leader('national', undefined, 1),
      'art14.leader.national',
      1_000_000,
      ['zhengzhou.art14.which-date', 'zhengzhou.art14.national', 'zhengzhou.art14.one-year'],
    ],
    [
      '第14条 河南省企业标准领跑者、连续保持一年 → 60万元',
      leader('provincial', '410000', 1),
      'art14.leader.henan',
      600_000,
      ['zhengzhou.art14.which-date', 'zhengzhou.art14.one-year'],
    ],
    [
      '第14条 郑州市企业标准领跑者、连续保持一年 → 40万元',
      leader('municipal', '410100', 1),
      'art14.leader.zhengzhou',
      400_000,
      ['zhengzhou.art14.which-date', 'zhengzhou.art14.one-year'],
    ],
    ['第14条 参与对标达标行动，一个产品 → 5万元', { kind: 'benchmarking_action' }, 'art14.benchmarking', 50_000, []],
  ])('%s', (...c) => {
    expectSingle(c);
  });
  it('第14条 “以上”含本数：恰好保持一年即可，另一读法（须超过一年）随结果提示', () => {
    const r = run(leader('municipal', '410100', 1));
    expect(warningFor(r, 'zhengzhou.art14.one-year')?.message.en).toContain(
      'alternative: more than one year (at least two)',
    );
  });
  it('第14条 保持三年 → 仍为一次性40万元', () => {
    expect(paid(run(leader('municipal', '410100', 3)))).toEqual({ 'art14.leader.zhengzhou': 400_000 });
  });
  it('第14条 刚被评为、尚未保持满一年（0年）→ 不满足前提条件', () => {
    const r = run(leader('national', undefined, 0));
    expect(refused(r)).toEqual({ 'art14.leader.national': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('连续保持一年以上');
    expect(warnedReadings(r)).toContain('zhengzhou.art14.one-year');
  });
  it('第14条 未给出连续保持年数 → 待定，缺少 consecutiveYearsHeld', () => {
    const r = run({ kind: 'enterprise_standard_leader', level: 'provincial', region: '410000' });
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art14.leader.henan', ['consecutiveYearsHeld']],
    ]);
  });
  it('第14条 每参与一个产品5万元：三个产品 → 15万元', () => {
    const r = run({ kind: 'benchmarking_action', count: 3 });
    expect(paid(r)).toEqual({ 'art14.benchmarking': 150_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(r.awards[0]?.calculation.zh).toContain('每参与一个产品');
  });
});
