import { describe, expect, it } from 'vitest';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import type { ConditionInput } from '../src/schema/policy.js';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  at,
  run,
  warnedReadings,
  warningFor,
} from './zhengzhou-2019.support.js';

// 二、标准化（第9—14条）

describe('第9条 标准创新贡献奖、标准化助力奖、技术标准创新基地', () => {
  it('第9条 “国家”是否限定场馆、实验室：解读随结果给出，另一读法为任何级别', () => {
    const w = warningFor(
      run({ kind: 'standard_innovation_base', level: 'national', subtype: 'venue' }),
      'zhengzhou.art9.national-scope',
    );
    expect(w?.reading?.literal).toBe('获批国家技术标准创新基地、场馆、标准验证实验室和经国家推广的标准案例');
    expect(w?.reading?.alternative?.zh).toContain('任何级别');
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
  it('第10条 国际标准1000万元的解读：原文“1 0 万元”，依据2023年报道', () => {
    const w = warningFor(run(drafting('international', 'main')), 'zhengzhou.art10.main-international');
    expect(w?.message.zh).toContain('原文：“分别给予1 0 万元、10\u00a0 万元、80万元、40万元”');
    expect(w?.message.zh).toContain('1000万元');
    expect(w?.reading?.basis.zh).toContain('2023年报道');
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
});

describe('第11条 承担标准化技术组织、团体标准机构、标准化服务机构', () => {
  const sec = (level: 'international' | 'national', body: 'tc' | 'sc' | 'wg' | 'swg') =>
    ({ kind: 'standardization_body_secretariat', level, body }) as const;
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
});

describe('第12条 标准化试点示范项目、科研项目1:1配套、高等教育课程', () => {
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
  it('第12条 国家下拨200,000.01元 → 配套不高于20万元', () => {
    const r = run({ kind: 'standardization_research_project', stateFunding: '200000.01' });
    expect(r.awards.map((a) => a.amount.yuan)).toEqual(['200000.00']);
    expect(r.awards[0]?.calculation.zh).toContain('不高于 20万元');
  });
});

describe('第13条 地理标志、标准化良好行为企业', () => {
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
});

describe('第14条 企业标准领跑者并连续保持一年以上；对标达标行动', () => {
  const leader = (level: 'national' | 'provincial' | 'municipal', region: string | undefined, years: number) =>
    ({
      kind: 'enterprise_standard_leader',
      level,
      ...(region ? { region } : {}),
      consecutiveYearsHeld: years,
    }) as const;
  it('第14条 “以上”含本数：恰好保持一年即可，另一读法（须超过一年）随结果提示', () => {
    const r = run(leader('municipal', '410100', 1));
    expect(warningFor(r, 'zhengzhou.art14.one-year')?.message.en).toContain(
      'alternative: more than one year (at least two)',
    );
  });
  it('第14条 每参与一个产品5万元：三个产品 → 15万元', () => {
    const r = run({ kind: 'benchmarking_action', count: 3 });
    expect(paid(r)).toEqual({ 'art14.benchmarking': 150_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(r.awards[0]?.calculation.zh).toContain('每参与一个产品');
  });
});
