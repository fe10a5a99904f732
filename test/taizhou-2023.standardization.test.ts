import { describe, expect, it } from 'vitest';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  type Case,
  evaluate,
  ON,
  at,
  undetermined,
  expectSingle,
  NATIONAL_STANDARD,
  NATIONAL_PILOT,
  MUNICIPAL_PILOT,
  TAIZHOU_STANDARD_AWARD,
  ruleOf,
} from './taizhou-2023.support.js';

// 三、主要内容 （二）支持标准化创新发展，引领台州质量水平提升（三(二)1—4）

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
  it('三(二)1 解读：一般团体标准（subtype general）→ 本政策无对应条款；未给出 subtype → 待定，缺少 subtype', () => {
    const general = evaluate(
      at({ kind: 'standard_drafting', level: 'group', subtype: 'general', rank: 1 }),
      'taizhou',
      ON,
    );
    expect(refused(general)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(general.undetermined).toEqual([]);
    const unknown = evaluate(at({ kind: 'standard_drafting', level: 'group', rank: 1 }), 'taizhou', ON);
    expect(undetermined(unknown)).toEqual([['drafting.zhejiang-made', 'missing_fact', ['subtype']]]);
    const reading = ruleOf('drafting.zhejiang-made')?.readings?.find(
      (x) => x.id === 'taizhou.zhejiang-made-group-standard',
    );
    expect(reading?.chosen.zh).toContain('subtype general');
  });
  it('三(二)1 一般国家标准（subtype general）→ 国家标准照付30万元', () => {
    expectSingle([
      '',
      { kind: 'standard_drafting', level: 'national', subtype: 'general', rank: 1 },
      'drafting.national',
      300_000,
    ]);
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
  it('三(二)4 解读：全国工作组（body wg）不是标准化工作组（SWG）→ 不满足前提条件，附解读', () => {
    const r = evaluate(at({ kind: 'standardization_body_secretariat', level: 'national', body: 'wg' }), 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'secretariat.swg': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('标准化工作组（SWG）');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.swg-not-wg');
    const swg = evaluate(
      at({ kind: 'standardization_body_secretariat', level: 'national', body: 'swg' }),
      'taizhou',
      ON,
    );
    expect(paid(swg)).toEqual({ 'secretariat.swg': 300_000 });
    expect(swg.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.swg-not-wg');
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
