import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shenzhenDraft } from '../policies/shenzhen-draft.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { EvaluateOptionsInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { refused } from './support/lines.js';

const { evaluate } = evaluatorFor(shenzhenDraft);
const SOURCE = readFileSync(new URL('../policies/shenzhen-draft.source.txt', import.meta.url), 'utf8');

/** The text leaves the start blank: every in-force case assumes 2024-01-01 (→ last day 2028-12-31). */
const ASSUMED = { assumeStartDate: '2024-01-01' } as const;
const ON = '2024-06-01';
type Facts = Omit<AchievementInput, 'obtainedOn'>;
const at = (a: Facts, obtainedOn = '2024-05-10'): AchievementInput => ({ ...a, obtainedOn });
const run = (
  a: AchievementInput | AchievementInput[],
  date = ON,
  options: EvaluateOptionsInput = {},
): EvaluationResult => evaluate(a, 'shenzhen', date, { ...ASSUMED, ...options });
const readingIds = (r: EvaluationResult) => r.warnings.map((w) => w.reading?.id).filter(Boolean);


const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', firstTime: true } as const;
const brandValue = { kind: 'brand_value_evaluation' } as const;

describe('(十四) 本措施自    年  月  日起实施，有效期5年', () => {

  it('假定施行日2024-01-01 → 有效期2024-01-01至2028-12-31，并提示施行日系假定', () => {
    const r = run(at(cqa));
    expect(r.inForce).toBe(true);
    expect(r.policy.window).toEqual({ start: '2024-01-01', end: '2028-12-31' });
    expect(r.policy.startAssumed).toBe(true);
    const assumed = r.warnings.find((w) => w.code === 'assumed_start_date');
    expect(assumed?.quote).toBe('本措施自    年  月  日起实施');
    expect(assumed?.clause).toBe('(十四)');
  });
  it('征求意见稿：每个结果都提示文本为草案', () => {
    const draft = run(at(cqa)).warnings.find((w) => w.code === 'draft_policy');
    expect(draft?.quote).toBe('（征求意见稿）');
    expect(evaluate(at(cqa), 'shenzhen', ON).warnings.map((w) => w.code)).toContain('draft_policy');
  });
  it('按名称、全称、拼音、代码均可找到深圳市', () => {
    for (const name of ['深圳市', '广东省深圳市', '深圳', 'Shenzhen', '440300']) {
      expect(evaluate(at(cqa), name, ON, ASSUMED).jurisdiction.code).toBe('440300');
    }
  });
});

describe('(十二) 涉及支持限额均为上限；不得重复享受；以申报指南为准', () => {
  it('所列金额均为上限：提示受年度资金预算总量控制', () => {
    const r = run(at(brandValue));
    const upper = r.warnings.find((w) => w.code === 'upper_limit');
    expect(upper?.quote).toBe('涉及支持限额均为上限');
    expect(upper?.clause).toBe('(十二)');
    expect(upper?.message.en).toContain('annual budget');
    expect(upper?.message.zh).toContain('年度资金预算');
  });
  it('提示：与深圳市其他支持政策不得重复享受；具体条件以配套文件及申报指南为准；(十三) 扶持措施可报批补充或取消', () => {
    const notices = run(at(brandValue)).warnings.filter((w) => w.code === 'notice');
    expect(notices.map((n) => [n.clause, n.quote])).toEqual([
      ['(十二)', '本措施规定的支持政策与深圳市其他支持政策不得重复享受'],
      ['(十二)', '本措施涉及支持项目具体条件，以配套文件及当年发布的申报指南为准'],
      ['(十三)', '因质量品牌建设事业发展变化需要补充或取消扶持措施的，报市政府批准后执行'],
    ]);
  });
});

describe('(三) 以新供给适应引领新需求', () => {
  it('(三) “绿色认证”解读的另一读法是实在的读法（含绿色食品、能源管理体系），而非“以申报指南为准”', () => {
    const reading = run(at({ kind: 'green_product_certification', subtype: 'green_food' })).warnings.find(
      (w) => w.reading?.id === 'shenzhen.green-certification',
    )?.reading;
    expect(reading?.alternative?.zh).toContain('绿色食品认证、能源管理体系认证亦每项最高5万元');
    expect(reading?.chosen.zh).toContain('不包括：绿色食品认证');
  });
});

describe('(五) 布局重大质量基础设施', () => {
  it('(五) 解读：省、市级指广东省、深圳市 → 其他省份、其他城市认定的平台在本政策无对应条款', () => {
    for (const facts of [
      { level: 'provincial', region: '350000' },
      { level: 'municipal', region: '440100' },
    ] as const) {
      expect(refused(run(at({ kind: 'public_technical_service_platform', ...facts })))).toEqual({
        '-': 'no_rule_for_achievement',
      });
    }
    const platform = shenzhenDraft.rules.find((x) => x.id === 'public-technical-platform.shenzhen');
    expect(platform?.readings?.map((x) => x.id)).toEqual(['shenzhen.platform-levels']);
  });
});

describe('(六) 夯实产业升级技术基础', () => {
  it('(六) 解读：国际一级只列“国际建议”；“制定”含修订 → 国际、国家规程的奖励均附此二解读', () => {
    const international = readingIds(run(at({ kind: 'metrology_regulation_drafting', level: 'international' })));
    expect(international).toEqual(
      expect.arrayContaining(['shenzhen.metrology-international-recommendation', 'shenzhen.metrology-revision']),
    );
    const guangdong = readingIds(run(at({ kind: 'metrology_regulation_drafting', level: 'local', region: '440000' })));
    expect(guangdong).toContain('shenzhen.metrology-revision');
    expect(guangdong).not.toContain('shenzhen.metrology-international-recommendation');
  });
  it('(六) 解读：“市级”社会公用计量标准指深圳市 → 广州市新建的 → 本政策无对应条款；未给出所在市 → 待定，缺少 region', () => {
    expect(refused(run(at({ kind: 'public_measurement_standard', level: 'municipal', region: '440100' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
    const r = run(at({ kind: 'public_measurement_standard', level: 'municipal' }));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['public-measurement-standard', ['region']],
    ]);
    expect(
      readingIds(run(at({ kind: 'public_measurement_standard', level: 'municipal', region: '440300' }))),
    ).toContain('shenzhen.municipal-measurement-standard');
  });
});

describe('(八) 树立“深圳质量”新标杆（首次获得）', () => {
  it('(八) 解读“首次”引述 (八) 全部三句，并写明市长质量奖曾获任一等次（含以往政策下）即非首次', () => {
    const reading = run(at(cqa)).warnings.find((w) => w.reading?.id === 'shenzhen.first-time-scope')?.reading;
    expect(reading?.literal.startsWith('对首次获得中国质量奖')).toBe(true);
    expect(reading?.literal.endsWith('50万元奖励')).toBe(true);
    expect(reading?.literal).toContain('对首次获得广东省政府质量奖');
    expect(reading?.literal).toContain('对首次获得深圳市市长质量奖');
    expect(reading?.chosen.zh).toContain('包括在本措施施行前、依以往政策获得的等次');
    expect(reading?.chosen.en).toContain('under earlier policies');
  });
});

describe('文本对照', () => {
  const quotes: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'quote' || key === 'literal' || key === 'statusQuote') && typeof v === 'string') quotes.push(v);
        else collect(v);
      }
    }
  };
  collect(shenzhenDraft);

  it('每条规则、条件、提示、解读的引文均逐字出现在原文中', () => {
    expect(quotes.length).toBeGreaterThan(40);
    expect(quotes.filter((q) => !SOURCE.includes(q))).toEqual([]);
  });
  it('(一)至(十一) 共有23条计算金额的规则、5条转至其他政策的规则；(四)(十三) 无金额', () => {
    const computable = shenzhenDraft.rules.filter((r) => r.amount.type !== 'not_computable');
    expect(computable).toHaveLength(23);
    expect(shenzhenDraft.rules.filter((r) => r.amount.type === 'not_computable').map((r) => r.id)).toEqual([
      'shenzhen-pin',
      'shenzhen-standard-certification',
      'public-technical-platform.national',
      'public-technical-platform.guangdong',
      'public-technical-platform.shenzhen',
    ]);
    expect(new Set(shenzhenDraft.rules.map((r) => r.clause))).toEqual(
      new Set(['(一)', '(二)', '(三)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)', '(十一)']),
    );
  });
  it('(三)(六)(八)(九)(十) 点名企业、组织、单位的条款，每条规则都只奖励组织（recipientType organization）', () => {
    const named = shenzhenDraft.rules.filter((r) => ['(三)', '(六)', '(八)', '(九)', '(十)'].includes(r.clause));
    expect(named).toHaveLength(21);
    const lacking = named.filter(
      (r) =>
        !r.conditions?.some(
          (c) =>
            c.type === 'fact_in' &&
            c.fact === 'recipientType' &&
            c.failure === 'ineligible_recipient' &&
            c.values.join() === 'organization',
        ),
    );
    expect(lacking.map((r) => r.id)).toEqual([]);
  });
  it('(十)(十一) 每项“一次性”奖励都按 once 原语只付一次并附“一次性”解读，不再有首次条件', () => {
    const oneOff = shenzhenDraft.rules.filter((r) => r.clause === '(十)' || r.clause === '(十一)');
    expect(oneOff.map((r) => r.id)).toEqual([
      'demonstration-zone.national',
      'demonstration-zone.guangdong',
      'brand-value',
    ]);
    expect(oneOff.some((r) => r.conditions?.some((c) => c.type === 'first_time'))).toBe(false);
    expect(oneOff.map((r) => r.once?.reading?.id)).toEqual([
      'shenzhen.one-off-zone',
      'shenzhen.one-off-zone',
      'shenzhen.one-off-brand-value',
    ]);
  });
  it('(八) 每项奖励都有“首次”条件', () => {
    const clause8 = shenzhenDraft.rules.filter((r) => r.clause === '(八)');
    expect(clause8).toHaveLength(7);
    expect(clause8.every((r) => r.conditions?.some((c) => c.type === 'first_time'))).toBe(true);
  });
});
