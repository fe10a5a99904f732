import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minhang2022 } from '../policies/minhang-2022.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { EvaluateOptionsInput, HistoryEntryInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid, refused, totalYuan } from './support/lines.js';

const evaluator = evaluatorFor(minhang2022);
const SOURCE = readFileSync(new URL('../policies/minhang-2022.source.txt', import.meta.url), 'utf8');

/** An organization registered and tax-registered in 闵行, not fully state-funded. */
const UNIT = {
  type: 'organization',
  registeredIn: '310112',
  taxRegisteredIn: '310112',
  fullyStateFunded: false,
} as const;
/** An individual employed in 闵行. */
const PERSON = { type: 'individual', employedIn: '310112' } as const;

type Facts = Omit<AchievementInput, 'obtainedOn'> & Partial<Pick<AchievementInput, 'obtainedOn'>>;

const unit = (facts: Facts): AchievementInput => ({ obtainedOn: '2024-01-15', recipient: UNIT, ...facts });
const person = (facts: Facts): AchievementInput => ({ obtainedOn: '2024-01-15', recipient: PERSON, ...facts });

function run(
  achievement: AchievementInput | AchievementInput[],
  options?: EvaluateOptionsInput,
  date = '2024-06-30',
): EvaluationResult {
  return evaluator.evaluate(achievement, '闵行区', date, options);
}

const history = (ruleId: string, amountYuan: number, obtainedOn = '2023-05-10'): HistoryEntryInput => ({
  policyId: 'minhang-2022',
  ruleId,
  amountYuan,
  obtainedOn,
});

const readingIds = (result: EvaluationResult) =>
  result.warnings.flatMap((w) => (w.code === 'uncertain_reading' && w.reading ? [w.reading.id] : []));
const noticeClauses = (result: EvaluationResult) =>
  result.warnings.filter((w) => w.code === 'notice').map((w) => w.quote);

describe('the data against the text', () => {
  it('every quote, reading literal and status quote occurs verbatim in the source', () => {
    const quotes: string[] = [minhang2022.statusQuote, minhang2022.window.start.quote, minhang2022.window.end.quote];
    const literals: string[] = [minhang2022.achievementTiming.reading.literal];
    for (const rule of minhang2022.rules) {
      quotes.push(rule.quote);
      for (const c of ('conditions' in rule ? rule.conditions : []) ?? []) {
        if (c.quote) quotes.push(c.quote);
        if ('reading' in c && c.reading) literals.push(c.reading.literal);
      }
      for (const r of ('readings' in rule ? rule.readings : []) ?? []) literals.push(r.literal);
    }
    for (const c of minhang2022.eligibility) quotes.push(c.quote);
    for (const n of minhang2022.notices) quotes.push(n.quote);
    for (const s of minhang2022.stacking) {
      quotes.push(s.quote);
      literals.push(s.reading.literal);
    }
    const absent = [...quotes, ...literals].filter((q) => !SOURCE.includes(q));
    expect(absent).toEqual([]);
    expect(quotes.length).toBeGreaterThan(40);
  });

  it('has 40 rules: 38 that pay a stated amount and 2 not computable (闵行区政府质量奖, 一事一议)', () => {
    expect(minhang2022.rules).toHaveLength(40);
    expect(minhang2022.rules.filter((r) => r.amount.type === 'not_computable').map((r) => r.id)).toEqual([
      'minhang-qa',
      'key-project',
    ]);
  });

  it('answers to 闵行区, 上海市闵行区, 闵行, minhang and 310112', () => {
    const a = unit({ kind: 'quality_brand_demonstration_zone', level: 'municipal', region: '310000' });
    for (const name of ['闵行区', '上海市闵行区', '闵行', 'minhang', '310112']) {
      expect(totalYuan(evaluator.evaluate(a, name, '2024-06-30'))).toBe(500_000);
    }
  });
});

describe('（征求意见稿）draft status', () => {
  it('every result carries the draft warning with the quote 征求意见稿', () => {
    const result = run(unit({ kind: 'government_quality_award', level: 'national', prize: 'award' }));
    expect(result.policy.status).toBe('draft');
    const draft = result.warnings.find((w) => w.code === 'draft_policy');
    expect(draft?.quote).toBe('（征求意见稿）');
  });

  it('the draft warning shows even when nothing is paid (policy not yet in force)', () => {
    const result = run(unit({ kind: 'key_project', obtainedOn: '2022-01-10' }), undefined, '2022-02-01');
    expect(result.inForce).toBe(false);
    expect(result.warnings.map((w) => w.code)).toContain('draft_policy');
  });
});

describe('附则(八) 本政策自2022年3月1日起施行，有效期至2027年2月28日', () => {
  const zone = (obtainedOn: string) =>
    unit({ kind: 'quality_brand_demonstration_zone', level: 'national', obtainedOn });

  it('2022-02-28, the day before the start → policy_not_in_force, nothing paid', () => {
    const result = run(zone('2022-02-28'), undefined, '2022-02-28');
    expect(result.inForce).toBe(false);
    expect(refused(result)).toEqual({ 'demonstration-zone.national': 'policy_not_in_force' });
    expect(result.notPaid[0]?.clauseAmount?.fen).toBe(100_000_000);
    expect(totalYuan(result)).toBe(0);
  });

  it('2022-03-01, the first day → in force, 国家级示范区 100万元 obtained that day is paid', () => {
    const result = run(zone('2022-03-01'), undefined, '2022-03-01');
    expect(result.inForce).toBe(true);
    expect(paid(result)).toEqual({ 'demonstration-zone.national': 1_000_000 });
  });

  it('2027-02-28, the last day → in force, paid', () => {
    const result = run(zone('2027-02-28'), undefined, '2027-02-28');
    expect(result.inForce).toBe(true);
    expect(paid(result)).toEqual({ 'demonstration-zone.national': 1_000_000 });
  });

  it('2027-03-01, the day after the end → policy_not_in_force, nothing paid', () => {
    const result = run(zone('2027-02-28'), undefined, '2027-03-01');
    expect(result.inForce).toBe(false);
    expect(refused(result)).toEqual({ 'demonstration-zone.national': 'policy_not_in_force' });
    expect(totalYuan(result)).toBe(0);
  });

  it('window is reported as 2022-03-01 to 2027-02-28', () => {
    expect(run(zone('2023-01-01')).policy.window).toEqual({ start: '2022-03-01', end: '2027-02-28' });
  });
});

describe('achievement timing (text silent; reading minhang.timing)', () => {
  const zone = (obtainedOn: string) =>
    unit({ kind: 'quality_brand_demonstration_zone', level: 'national', obtainedOn });

  it('obtained 2022-02-28, claimed while in force → achievement_before_policy, with the reading', () => {
    const result = run(zone('2022-02-28'), undefined, '2022-06-01');
    expect(refused(result)).toEqual({ 'demonstration-zone.national': 'achievement_before_policy' });
    expect(result.notPaid[0]?.readings.map((r) => r.id)).toContain('minhang.timing');
    expect(readingIds(result)).toContain('minhang.timing');
  });

  it('obtained 2022-03-01 (the start day counts) → 100万元', () => {
    const result = run(zone('2022-03-01'), undefined, '2022-06-01');
    expect(totalYuan(result)).toBe(1_000_000);
    expect(readingIds(result)).toContain('minhang.timing');
  });
});

describe('附则(一) 注册和税务登记均在本区…（财政全额拨款的事业单位除外）。个人应在本区单位中任职', () => {
  const cqa = (recipient: AchievementInput['recipient']) =>
    ({
      kind: 'government_quality_award',
      level: 'national',
      prize: 'award',
      obtainedOn: '2024-01-15',
      recipient,
    }) as AchievementInput;

  it('registered outside 闵行 (徐汇 310104) → ineligible_recipient, citing 附则(一)', () => {
    const result = run(cqa({ ...UNIT, registeredIn: '310104' }));
    expect(refused(result)).toEqual({ 'cqa.award': 'ineligible_recipient' });
    expect(result.notPaid[0]?.stoppedBy).toEqual({ clause: '附则(一)', quote: '注册和税务登记均在本区' });
    expect(totalYuan(result)).toBe(0);
  });

  it('registered in 闵行 but tax-registered elsewhere → ineligible_recipient', () => {
    const result = run(cqa({ ...UNIT, taxRegisteredIn: '310115' }));
    expect(refused(result)).toEqual({ 'cqa.award': 'ineligible_recipient' });
  });

  it('a fully state-funded institution (财政全额拨款的事业单位) → ineligible_recipient', () => {
    const result = run(cqa({ ...UNIT, fullyStateFunded: true }));
    expect(refused(result)).toEqual({ 'cqa.award': 'ineligible_recipient' });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('财政全额拨款的事业单位除外');
  });

  it('an individual employed outside 闵行 → ineligible_recipient', () => {
    const result = run(cqa({ type: 'individual', employedIn: '310104' }));
    expect(refused(result)).toEqual({ 'cqa.individual': 'ineligible_recipient' });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('个人应在本区单位中任职');
  });

  it('an organization without registration facts → undetermined, naming registeredIn, taxRegisteredIn, fullyStateFunded', () => {
    const result = run({
      kind: 'government_quality_award',
      level: 'national',
      prize: 'award',
      obtainedOn: '2024-01-15',
    });
    expect(result.awards).toEqual([]);
    expect(result.undetermined).toHaveLength(1);
    expect(result.undetermined[0]?.ruleId).toBe('cqa.award');
    expect(result.undetermined[0]?.missingFacts).toEqual(['registeredIn', 'taxRegisteredIn', 'fullyStateFunded']);
    expect(result.undetermined[0]?.clauseAmount?.fen).toBe(100_000_000);
  });

  it('an individual without employedIn → undetermined, naming employedIn', () => {
    const result = run(cqa({ type: 'individual' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['cqa.individual', ['employedIn']]]);
  });

  it('an individual is not asked for the organization facts (registration, funding)', () => {
    const result = run(cqa({ type: 'individual', employedIn: '310112' }));
    expect(paid(result)).toEqual({ 'cqa.individual': 20_000 });
  });

  it('the unchecked judgement conditions (产业发展规划, 财务管理制度, 信用良好) and 附则(二)(五)(八) show as notices', () => {
    const result = run(cqa(UNIT));
    expect(noticeClauses(result)).toEqual([
      '符合本区产业发展规划，且财务管理制度健全和信用良好的法人、非法人组织',
      '个人应在本区单位中任职且信用良好',
      '同一单位不得因同一事项重复享受本区其他资助政策，若符合本区其他政策，按照就高原则给予支持',
      '如遇上级政策调整，以上级政策为准',
      '单位享受专项资金政策金额应考虑其对地方的综合经济社会贡献',
      '用于宣传推广先进质量管理模式和自主品牌建设的费用，不得低于所获资助金额的10%',
      '具体实施细则由区市场监管局牵头相关职能部门另行制定',
    ]);
  });
});

describe('1 鼓励申报各级政府质量奖', () => {
  it('1 中国质量奖（单位）→ 100万元', () => {
    const result = run(unit({ kind: 'government_quality_award', level: 'national', prize: 'award' }));
    expect(paid(result)).toEqual({ 'cqa.award': 1_000_000 });
    expect(result.awards[0]?.amount.fen).toBe(100_000_000);
    expect(result.awards[0]?.clause).toBe('1');
    expect(result.awards[0]?.quote).toBe('对获得中国质量奖的单位，给予一次性资助100万元');
  });

  it('1 中国质量奖提名奖（单位）→ 50万元', () => {
    expect(paid(run(unit({ kind: 'government_quality_award', level: 'national', prize: 'nomination' })))).toEqual({
      'cqa.nomination': 500_000,
    });
  });

  it('1 中国质量奖（个人）→ 2万元', () => {
    expect(paid(run(person({ kind: 'government_quality_award', level: 'national', prize: 'award' })))).toEqual({
      'cqa.individual': 20_000,
    });
  });

  it('1 中国质量奖提名奖（个人）→ 2万元', () => {
    expect(paid(run(person({ kind: 'government_quality_award', level: 'national', prize: 'nomination' })))).toEqual({
      'cqa.individual': 20_000,
    });
  });

  it('1 中国质量奖 without prize → undetermined, naming prize (award 100万 or nomination 50万)', () => {
    const result = run(unit({ kind: 'government_quality_award', level: 'national' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['cqa.award', ['prize']],
      ['cqa.nomination', ['prize']],
    ]);
  });

  it('1 上海市市长质量奖（单位）→ 50万元', () => {
    expect(
      paid(run(unit({ kind: 'government_quality_award', level: 'municipal', region: '310000', prize: 'award' }))),
    ).toEqual({ 'shanghai-mayor.award': 500_000 });
  });

  it('1 上海市市长质量奖（个人）→ 2万元', () => {
    expect(
      paid(run(person({ kind: 'government_quality_award', level: 'municipal', region: '310000', prize: 'award' }))),
    ).toEqual({ 'shanghai-mayor.individual': 20_000 });
  });

  it('1 上海市市长质量奖（单位）entered as provincial (上海 is a 直辖市) → 50万元, with the level reading', () => {
    const result = run(
      unit({ kind: 'government_quality_award', level: 'provincial', region: '310000', prize: 'award' }),
    );
    expect(paid(result)).toEqual({ 'shanghai-mayor.award': 500_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual(['minhang.shanghai-award-level']);
    expect(readingIds(result)).toContain('minhang.shanghai-award-level');
  });

  it('1 上海市市长质量奖（个人）entered as provincial → 2万元', () => {
    expect(
      paid(run(person({ kind: 'government_quality_award', level: 'provincial', region: '310000', prize: 'award' }))),
    ).toEqual({ 'shanghai-mayor.individual': 20_000 });
  });

  it('1 another province’s government quality award (浙江 330000, provincial) → no clause of this policy', () => {
    const result = run(
      unit({ kind: 'government_quality_award', level: 'provincial', region: '330000', prize: 'award' }),
    );
    expect(refused(result)).toEqual({ '-': 'no_rule_for_achievement' });
  });

  it('1 another city’s mayor quality award (杭州 330100) → no clause of this policy', () => {
    const result = run(
      unit({ kind: 'government_quality_award', level: 'municipal', region: '330100', prize: 'award' }),
    );
    expect(refused(result)).toEqual({ '-': 'no_rule_for_achievement' });
  });

  it('1 上海市质量金奖（单位）→ 25万元', () => {
    expect(paid(run(unit({ kind: 'quality_gold_award', level: 'municipal', region: '310000' })))).toEqual({
      'shanghai-gold.award': 250_000,
    });
  });

  it('1 上海市质量金奖（个人）→ 2万元', () => {
    expect(paid(run(person({ kind: 'quality_gold_award', level: 'municipal', region: '310000' })))).toEqual({
      'shanghai-gold.individual': 20_000,
    });
  });

  it('1 上海市质量金奖 entered as provincial → 25万元 (单位) and 2万元 (个人), with the level reading', () => {
    const result = run(unit({ kind: 'quality_gold_award', level: 'provincial', region: '310000' }));
    expect(paid(result)).toEqual({ 'shanghai-gold.award': 250_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual(['minhang.shanghai-award-level']);
    expect(paid(run(person({ kind: 'quality_gold_award', level: 'provincial', region: '310000' })))).toEqual({
      'shanghai-gold.individual': 20_000,
    });
  });

  it('1 上海市质量金奖 without level → undetermined, naming level', () => {
    const result = run(unit({ kind: 'quality_gold_award', region: '310000' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['shanghai-gold.award', ['level']]]);
  });

  it('1 闵行区政府质量奖（单位）→ 依据《上海市闵行区政府质量奖管理办法》执行: not computable, never 0 in awards', () => {
    const result = run(unit({ kind: 'government_quality_award', level: 'district', region: '310112', prize: 'award' }));
    expect(result.awards).toEqual([]);
    expect(result.notComputable.map((n) => [n.ruleId, n.code, n.clause])).toEqual([['minhang-qa', 'other_rules', '1']]);
    expect(totalYuan(result)).toBe(0);
  });

  it('1 闵行区政府质量奖（个人）→ not computable (other_rules)', () => {
    const result = run(
      person({ kind: 'government_quality_award', level: 'district', region: '310112', prize: 'award' }),
    );
    expect(result.awards).toEqual([]);
    expect(result.notComputable.map((n) => [n.ruleId, n.code])).toEqual([['minhang-qa', 'other_rules']]);
  });

  it('1 闵行区政府质量奖 to a unit registered elsewhere → ineligible, not listed as computable-elsewhere', () => {
    const result = run(
      unit({
        kind: 'government_quality_award',
        level: 'district',
        region: '310112',
        recipient: { ...UNIT, registeredIn: '310104' },
      }),
    );
    expect(result.notComputable).toEqual([]);
    expect(refused(result)).toEqual({ 'minhang-qa': 'ineligible_recipient' });
  });
});

describe('2 上海市重点产品质量振兴攻关成果奖', () => {
  const award = (prize: 'first' | 'second' | 'third', region = '310000') =>
    unit({ kind: 'key_product_quality_breakthrough_award', region, prize });

  it('2 一等奖 → 10万元', () => {
    expect(paid(run(award('first')))).toEqual({ 'breakthrough.first': 100_000 });
  });
  it('2 二等奖 → 5万元', () => {
    expect(paid(run(award('second')))).toEqual({ 'breakthrough.second': 50_000 });
  });
  it('2 三等奖 → 2万元', () => {
    expect(paid(run(award('third')))).toEqual({ 'breakthrough.third': 20_000 });
  });
  it('2 another province’s award of that name (浙江 330000) → no clause (the text names 上海市)', () => {
    expect(refused(run(award('first', '330000')))).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('2 region not given → undetermined, naming region', () => {
    const result = run(unit({ kind: 'key_product_quality_breakthrough_award', prize: 'first' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([['breakthrough.first', ['region']]]);
  });
});

describe('3 首席质量官（由财政预算资金开展的相关公益资格培训获证的除外）', () => {
  // 被区内企业聘任: the enterprise that hired them as chief quality officer is registered in 闵行.
  const cqo = (facts: Partial<AchievementInput> = {}) =>
    person({
      kind: 'chief_quality_officer_certificate',
      fundedByStateBudget: false,
      recipient: { ...PERSON, hiredByEnterpriseIn: '310112' },
      ...facts,
    });

  it('3 个人获得首席质量官任职资格证书、在区内企业任职 → 3000元, with the employment reading', () => {
    const result = run(cqo());
    expect(paid(result)).toEqual({ 'chief-quality-officer': 3_000 });
    expect(result.awards[0]?.amount).toMatchObject({ fen: 300_000, text: '3000元' });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual(['minhang.cqo-employment']);
    expect(readingIds(result)).toContain('minhang.cqo-employment');
  });

  it('3 certificate from training funded by the state budget → excluded_by_clause', () => {
    const result = run(cqo({ fundedByStateBudget: true }));
    expect(refused(result)).toEqual({ 'chief-quality-officer': 'excluded_by_clause' });
    expect(result.notPaid[0]?.stoppedBy).toEqual({
      clause: '3',
      quote: '由财政预算资金开展的相关公益资格培训获证的除外',
    });
    expect(totalYuan(result)).toBe(0);
  });

  it('3 whether the training was state-funded not given → undetermined, naming fundedByStateBudget', () => {
    const result = run(person({ kind: 'chief_quality_officer_certificate' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['chief-quality-officer', ['hiredByEnterpriseIn', 'fundedByStateBudget']],
    ]);
  });

  it('3 an individual employed outside the district → ineligible_recipient', () => {
    const result = run(cqo({ recipient: { type: 'individual', employedIn: '320500' } }));
    expect(refused(result)).toEqual({ 'chief-quality-officer': 'ineligible_recipient' });
  });

  it('3 the certificate claimed by an organization → no clause (the clause pays 个人)', () => {
    const result = run(unit({ kind: 'chief_quality_officer_certificate', fundedByStateBudget: false }));
    expect(refused(result)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('4 “上海品牌”认证', () => {
  const brand = (cycle: 'initial' | 'renewal', obtainedOn = '2024-01-15') =>
    unit({ kind: 'regional_brand_certification', subtype: 'shanghai_brand', cycle, obtainedOn });

  it('4 获得“上海品牌”认证 → 30万元, with the per-certification reading', () => {
    const result = run(brand('initial'));
    expect(paid(result)).toEqual({ 'shanghai-brand.initial': 300_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual(['minhang.shanghai-brand-per-certification']);
  });

  it('4 (reading: per certification) two brands certified → 30万元 each, 60万元', () => {
    const result = run([brand('initial', '2022-06-01'), brand('initial', '2024-01-15')]);
    expect(result.awards.map((a) => [a.ruleId, a.amount.fen])).toEqual([
      ['shanghai-brand.initial', 30_000_000],
      ['shanghai-brand.initial', 30_000_000],
    ]);
    expect(totalYuan(result)).toBe(600_000);
  });

  it('4 (reading: per certification) a unit paid for one brand before (history) → 30万元 for another', () => {
    const result = run(
      { ...brand('initial'), projectId: 'brand-b' },
      { history: [{ ...history('shanghai-brand.initial', 300_000, '2022-06-01'), projectId: 'brand-a' }] },
    );
    expect(paid(result)).toEqual({ 'shanghai-brand.initial': 300_000 });
  });

  it('4 有效期满复评成功 → 每期8万元', () => {
    expect(paid(run(brand('renewal')))).toEqual({ 'shanghai-brand.renewal': 80_000 });
  });

  it('4 two renewals (two periods) in one portfolio → 8万元 each, 16万元', () => {
    const result = run([brand('renewal', '2023-03-01'), brand('renewal', '2026-03-01')], undefined, '2026-06-30');
    expect(result.awards.map((a) => [a.ruleId, a.amount.fen])).toEqual([
      ['shanghai-brand.renewal', 8_000_000],
      ['shanghai-brand.renewal', 8_000_000],
    ]);
    expect(totalYuan(result)).toBe(160_000);
  });

  it('4 a renewal after an earlier renewal was paid (history) → still 8万元 (每期, no 首次 limit)', () => {
    const result = run(
      brand('renewal', '2026-03-01'),
      { history: [history('shanghai-brand.renewal', 80_000, '2023-03-01')] },
      '2026-06-30',
    );
    expect(paid(result)).toEqual({ 'shanghai-brand.renewal': 80_000 });
  });

  it('4 initial certification and a later renewal → 30万 + 8万 = 38万元', () => {
    const result = run([brand('initial', '2022-04-01'), brand('renewal', '2025-04-01')], undefined, '2025-06-30');
    expect(totalYuan(result)).toBe(380_000);
  });

  it('4 cycle not given → undetermined for both the 30万 and the 8万 rule', () => {
    const result = run(unit({ kind: 'regional_brand_certification', subtype: 'shanghai_brand' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['shanghai-brand.initial', ['cycle']],
      ['shanghai-brand.renewal', ['cycle']],
    ]);
  });
});

describe('5 质量品牌提升示范区', () => {
  it('5 国家级质量品牌提升示范区 → 100万元', () => {
    expect(paid(run(unit({ kind: 'quality_brand_demonstration_zone', level: 'national' })))).toEqual({
      'demonstration-zone.national': 1_000_000,
    });
  });
  it('5 市级质量品牌提升示范区 → 50万元', () => {
    expect(paid(run(unit({ kind: 'quality_brand_demonstration_zone', level: 'municipal', region: '310000' })))).toEqual(
      {
        'demonstration-zone.municipal': 500_000,
      },
    );
  });
  it('5 省级 (not named in the text) → no clause', () => {
    expect(refused(run(unit({ kind: 'quality_brand_demonstration_zone', level: 'provincial' })))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('6 鼓励制定各级标准（标准发布后）', () => {
  const std = (level: NonNullable<AchievementInput['level']>, rank: number, facts: Partial<AchievementInput> = {}) =>
    unit({ kind: 'standard_drafting', level, rank, ...facts });

  it('6 国际标准第一起草者 → 100万元 (the 50万 alternative of the same clause is not reported)', () => {
    const result = run(std('international', 1, { drafterRole: 'main' }));
    expect(paid(result)).toEqual({ 'drafting.international.first': 1_000_000 });
    expect(result.notPaid).toEqual([]);
  });
  it('6 国际标准非第一起草者（第2家）→ 每家50万元', () => {
    const result = run(std('international', 2));
    expect(paid(result)).toEqual({ 'drafting.international.other': 500_000 });
    expect(result.notPaid).toEqual([]);
  });
  it('6 国家标准第一起草者 → 20万元', () => {
    expect(paid(run(std('national', 1, { drafterRole: 'main' })))).toEqual({ 'drafting.national.first': 200_000 });
  });
  it('6 国家标准非第一起草者（第5家）→ 5万元', () => {
    expect(paid(run(std('national', 5)))).toEqual({ 'drafting.national.other': 50_000 });
  });
  it('6 行业标准第一起草者 → 20万元', () => {
    expect(paid(run(std('industry', 1)))).toEqual({ 'drafting.industry.first': 200_000 });
  });
  it('6 行业标准非第一起草者 → 5万元', () => {
    expect(paid(run(std('industry', 2)))).toEqual({ 'drafting.industry.other': 50_000 });
  });
  it('6 地方标准第一起草者 → 10万元', () => {
    expect(paid(run(std('local', 1)))).toEqual({ 'drafting.local.first': 100_000 });
  });
  it('6 地方标准非第一起草者 → 3万元', () => {
    expect(paid(run(std('local', 3)))).toEqual({ 'drafting.local.other': 30_000 });
  });
  it('6 团体标准被本市市区两级主管部门采信使用后，第一起草者 → 10万元, with the adoption reading', () => {
    const result = run(std('group', 1, { adoptedByGovernment: true }));
    expect(paid(result)).toEqual({ 'drafting.group.first': 100_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual([
      'minhang.group-standard-adoption-date',
      'minhang.group-standard-adoption',
    ]);
  });
  it('6 (reading: obtainedOn = adoption date) 团体标准 published 2021-11-01, adopted 2022-06-01 → 10万元 with obtainedOn 2022-06-01', () => {
    const result = run(std('group', 1, { adoptedByGovernment: true, obtainedOn: '2022-06-01' }));
    expect(paid(result)).toEqual({ 'drafting.group.first': 100_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toContain('minhang.group-standard-adoption-date');
    expect(readingIds(result)).toContain('minhang.group-standard-adoption-date');
  });
  it('6 (reading) the same standard entered with its publication date 2021-11-01 → achievement_before_policy', () => {
    const result = run(std('group', 1, { adoptedByGovernment: true, obtainedOn: '2021-11-01' }));
    expect(refused(result)).toEqual({
      'drafting.group.first': 'achievement_before_policy',
      'drafting.group.other': 'achievement_before_policy',
    });
    expect(totalYuan(result)).toBe(0);
  });
  it('6 团体标准被采信后，非第一起草者 → 3万元', () => {
    expect(paid(run(std('group', 2, { adoptedByGovernment: true })))).toEqual({ 'drafting.group.other': 30_000 });
  });
  it('6 团体标准未被采信 → prerequisite_not_met, nothing paid', () => {
    const result = run(std('group', 1, { adoptedByGovernment: false }));
    expect(refused(result)).toEqual({
      'drafting.group.first': 'prerequisite_not_met',
      'drafting.group.other': 'prerequisite_not_met',
    });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('该标准被本市市区两级有关行政主管部门采信使用后');
    expect(totalYuan(result)).toBe(0);
  });
  it('6 团体标准第一起草者, adoption not given → undetermined (10万 if adopted), naming adoptedByGovernment', () => {
    const result = run(std('group', 1));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts, u.clauseAmount?.fen])).toEqual([
      ['drafting.group.first', ['adoptedByGovernment'], 10_000_000],
    ]);
    expect(result.awards).toEqual([]);
  });
  it('6 rank not given → undetermined for the first and the non-first rule', () => {
    const result = run(unit({ kind: 'standard_drafting', level: 'national' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['drafting.national.first', ['rank']],
      ['drafting.national.other', ['rank']],
    ]);
  });
  it('6 企业标准 (not in item 6) → no clause', () => {
    expect(refused(run(std('enterprise', 1)))).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('7 “上海标准”（地方标准和团体标准仅资助第一作者）', () => {
  it('7 地方标准获评“上海标准”，第一作者 → 30万元, with the first-author reading', () => {
    const result = run(unit({ kind: 'shanghai_standard', level: 'local', rank: 1 }));
    expect(paid(result)).toEqual({ 'shanghai-standard.local-group': 300_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual([
      'minhang.shanghai-standard-recipient',
      'minhang.shanghai-standard-first-author',
    ]);
  });
  it('7 团体标准获评“上海标准”，第一作者 → 30万元', () => {
    expect(paid(run(unit({ kind: 'shanghai_standard', level: 'group', rank: 1 })))).toEqual({
      'shanghai-standard.local-group': 300_000,
    });
  });
  it('7 地方标准获评“上海标准”，第二作者 → rank_not_eligible', () => {
    const result = run(unit({ kind: 'shanghai_standard', level: 'local', rank: 2 }));
    expect(refused(result)).toEqual({ 'shanghai-standard.local-group': 'rank_not_eligible' });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('地方标准和团体标准仅资助第一作者');
    expect(totalYuan(result)).toBe(0);
  });
  it('7 (reading: 企事业单位 not checked) any organization is reckoned, and the result says it must be an enterprise or institution', () => {
    const result = run(unit({ kind: 'shanghai_standard', level: 'enterprise' }));
    expect(paid(result)).toEqual({ 'shanghai-standard.enterprise': 300_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual(['minhang.shanghai-standard-recipient']);
    expect(readingIds(result)).toContain('minhang.shanghai-standard-recipient');
  });
  it('7 企业标准获评“上海标准” (any rank) → 30万元', () => {
    expect(paid(run(unit({ kind: 'shanghai_standard', level: 'enterprise', rank: 3 })))).toEqual({
      'shanghai-standard.enterprise': 300_000,
    });
    expect(paid(run(unit({ kind: 'shanghai_standard', level: 'enterprise' })))).toEqual({
      'shanghai-standard.enterprise': 300_000,
    });
  });
});

describe('8 标准化示范试点（通过验收后；相继承担各级标准化试点的，按就高原则资助）', () => {
  const pilot = (
    level: 'national' | 'municipal',
    obtainedOn = '2024-01-15',
    stage: 'approved' | 'accepted' = 'accepted',
  ) => unit({ kind: 'standardization_pilot', level, stage, obtainedOn, region: '310000' });

  it('8 国家级标准化示范试点通过验收 → 20万元', () => {
    expect(paid(run(pilot('national')))).toEqual({ 'pilot.national': 200_000 });
  });
  it('8 市级标准化示范试点通过验收 → 15万元', () => {
    expect(paid(run(pilot('municipal')))).toEqual({ 'pilot.municipal': 150_000 });
  });
  it('8 试点 approved but not yet accepted → prerequisite_not_met', () => {
    const result = run(pilot('national', '2024-01-15', 'approved'));
    expect(refused(result)).toEqual({ 'pilot.national': 'prerequisite_not_met' });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('通过验收后');
  });
  it('8 就高: municipal and national pilots in one portfolio → only the national 20万元 is paid', () => {
    const result = run([pilot('municipal', '2023-02-01'), pilot('national', '2024-01-15')]);
    expect(paid(result)).toEqual({ 'pilot.national': 200_000 });
    expect(refused(result)).toEqual({ 'pilot.municipal': 'stacking_highest_only' });
    expect(totalYuan(result)).toBe(200_000);
    expect(readingIds(result)).toContain('minhang.pilot-top-up');
  });
  it('8 就高: municipal 15万 already paid (history), national accepted now → the difference, 5万元', () => {
    const result = run(pilot('national'), { history: [history('pilot.municipal', 150_000, '2022-09-01')] });
    expect(paid(result)).toEqual({ 'pilot.national': 50_000 });
    expect(result.awards[0]?.clauseAmount.fen).toBe(20_000_000);
    expect(result.awards[0]?.adjustments.map((a) => [a.code, a.before.fen, a.after.fen, a.clause])).toEqual([
      ['stacking_highest_only', 20_000_000, 5_000_000, '8'],
    ]);
    expect(result.awards[0]?.readings.map((r) => r.id)).toContain('minhang.pilot-top-up');
  });
  it('8 就高: national 20万 already paid (history), municipal accepted later → nothing more', () => {
    const result = run(pilot('municipal'), { history: [history('pilot.national', 200_000, '2022-09-01')] });
    expect(refused(result)).toEqual({ 'pilot.municipal': 'stacking_highest_only' });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('同一企事业单位相继承担各级标准化试点的，区财政按就高原则资助');
    expect(totalYuan(result)).toBe(0);
  });
  it('8 就高 (rests on reading minhang.pilot-top-up, pooled per unit): a second national pilot, another project, after a paid national one → nothing', () => {
    const result = run(
      { ...pilot('national'), projectId: 'pilot-b' },
      { history: [{ ...history('pilot.national', 200_000, '2022-09-01'), projectId: 'pilot-a' }] },
    );
    expect(refused(result)).toEqual({ 'pilot.national': 'stacking_highest_only' });
    expect(result.notPaid[0]?.readings.map((r) => r.id)).toContain('minhang.pilot-top-up');
    expect(totalYuan(result)).toBe(0);
  });
  it('8 就高 (rests on reading minhang.pilot-top-up): two municipal pilots in one portfolio → one 15万元 only', () => {
    const result = run([pilot('municipal', '2022-06-01'), pilot('municipal', '2024-01-15')]);
    expect(result.awards.map((a) => [a.achievementIndex, a.amount.fen])).toEqual([[0, 15_000_000]]);
    expect(result.notPaid.map((n) => [n.achievementIndex, n.code])).toEqual([[1, 'stacking_highest_only']]);
  });
  it('8 a payment under another policy (not this one) is not deducted here → 20万元', () => {
    const result = run(pilot('national'), {
      history: [
        { policyId: 'other-district-policy', ruleId: 'pilot.municipal', amountYuan: 150_000, obtainedOn: '2022-09-01' },
      ],
    });
    expect(paid(result)).toEqual({ 'pilot.national': 200_000 });
  });
});

describe('9 产业计量测试中心（获批筹建；通过现场验收并批准建立后再分别给予）', () => {
  const centre = (level: 'national' | 'municipal', stage: 'approved' | 'accepted', obtainedOn = '2024-01-15') =>
    unit({ kind: 'industrial_metrology_center', level, stage, obtainedOn, region: '310000' });

  it('9 获批筹建国家级产业计量测试中心 → 50万元', () => {
    expect(paid(run(centre('national', 'approved')))).toEqual({ 'metrology-center.national.approved': 500_000 });
  });
  it('9 获批筹建市级产业计量测试中心 → 30万元', () => {
    expect(paid(run(centre('municipal', 'approved')))).toEqual({ 'metrology-center.municipal.approved': 300_000 });
  });
  const approvedBefore = (level: 'national' | 'municipal', amountYuan: number) => ({
    history: [{ ...history(`metrology-center.${level}.approved`, amountYuan, '2022-06-01'), projectId: 'centre-1' }],
  });
  it('9 国家级中心通过现场验收并批准建立，筹建已按本政策获资助（history）→ 再50万元，写明所“再”的一笔', () => {
    const result = run(
      { ...centre('national', 'accepted'), projectId: 'centre-1' },
      approvedBefore('national', 500_000),
    );
    expect(paid(result)).toEqual({ 'metrology-center.national.accepted': 500_000 });
    expect(result.awards[0]?.inAdditionTo).toEqual({
      ruleId: 'metrology-center.national.approved',
      clause: '9',
      fromHistory: true,
    });
  });
  it('9 (reading: 再 presupposes the 筹建 payment) acceptance alone, no 筹建 in the portfolio or history → not paid (base_reward_not_paid), with the reading', () => {
    const result = run(centre('national', 'accepted'));
    expect(refused(result)).toEqual({ 'metrology-center.national.accepted': 'base_reward_not_paid' });
    expect(result.notPaid[0]?.stoppedBy).toEqual({ clause: '9', quote: '再分别给予' });
    expect(result.notPaid[0]?.readings.map((r) => r.id)).toContain('minhang.metrology-center-further');
    expect(readingIds(result)).toContain('minhang.metrology-center-further');
  });
  it('9 市级中心通过现场验收并批准建立，筹建已获资助（history）→ 再30万元', () => {
    const result = run(
      { ...centre('municipal', 'accepted'), projectId: 'centre-1' },
      approvedBefore('municipal', 300_000),
    );
    expect(paid(result)).toEqual({ 'metrology-center.municipal.accepted': 300_000 });
  });
  it('9 both stages of one national centre (one projectId) → 50万 + 50万 = 100万元', () => {
    const result = run([
      { ...centre('national', 'approved', '2022-06-01'), projectId: 'centre-1' },
      { ...centre('national', 'accepted', '2024-01-15'), projectId: 'centre-1' },
    ]);
    expect(totalYuan(result)).toBe(1_000_000);
    expect(result.awards.map((a) => a.ruleId)).toEqual([
      'metrology-center.national.approved',
      'metrology-center.national.accepted',
    ]);
    expect(result.awards[1]?.inAdditionTo).toEqual({
      ruleId: 'metrology-center.national.approved',
      clause: '9',
      achievementIndex: 0,
      fromHistory: false,
    });
  });
  it('9 history holds a 筹建 payment but no projectId → whether it is the same centre is undetermined', () => {
    const result = run(centre('national', 'accepted'), {
      history: [history('metrology-center.national.approved', 500_000, '2022-06-01')],
    });
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['metrology-center.national.accepted', ['projectId']],
    ]);
  });
  it('9 stage not given → undetermined for both stages', () => {
    const result = run(unit({ kind: 'industrial_metrology_center', level: 'municipal', region: '310000' }));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['metrology-center.municipal.approved', ['stage']],
      ['metrology-center.municipal.accepted', ['stage']],
    ]);
  });
});

describe('10 测量管理体系认证（首次通过 3万元；首次复评审 2万元）', () => {
  const mms = (cycle: 'initial' | 'renewal', firstTime: boolean | undefined, obtainedOn = '2024-01-15') =>
    unit({
      kind: 'measurement_management_certification',
      cycle,
      obtainedOn,
      ...(firstTime === undefined ? {} : { firstTime }),
    });

  it('10 首次通过测量管理体系认证 → 3万元', () => {
    expect(paid(run(mms('initial', true)))).toEqual({ 'measurement-management.initial': 30_000 });
  });
  it('10 测量管理体系认证首次复评审 → 2万元', () => {
    expect(paid(run(mms('renewal', true)))).toEqual({ 'measurement-management.first-renewal': 20_000 });
  });
  it('10 first certification and first re-review in one portfolio → 3万 + 2万 = 5万元', () => {
    const result = run(
      [mms('initial', true, '2022-05-01'), mms('renewal', true, '2025-05-01')],
      undefined,
      '2025-06-30',
    );
    expect(paid(result)).toEqual({
      'measurement-management.initial': 30_000,
      'measurement-management.first-renewal': 20_000,
    });
    expect(totalYuan(result)).toBe(50_000);
  });
  it('10 a second re-review (firstTime false) → not_first_time', () => {
    const result = run(mms('renewal', false));
    expect(refused(result)).toEqual({ 'measurement-management.first-renewal': 'not_first_time' });
    expect(totalYuan(result)).toBe(0);
  });
  it('10 a re-review after the first re-review was paid (history) → not_first_time, even with firstTime true', () => {
    const result = run(mms('renewal', true), {
      history: [history('measurement-management.first-renewal', 20_000, '2023-01-10')],
    });
    expect(refused(result)).toEqual({ 'measurement-management.first-renewal': 'not_first_time' });
  });
  it('10 a certification that is not the first (firstTime false) → not_first_time', () => {
    expect(refused(run(mms('initial', false)))).toEqual({ 'measurement-management.initial': 'not_first_time' });
  });
  it('10 a certification after the first was paid (history) → not_first_time', () => {
    const result = run(mms('initial', true), {
      history: [history('measurement-management.initial', 30_000, '2022-05-01')],
    });
    expect(refused(result)).toEqual({ 'measurement-management.initial': 'not_first_time' });
  });
  it('10 the first certification paid (history) does not stop the first re-review → 2万元', () => {
    const result = run(mms('renewal', true), {
      history: [history('measurement-management.initial', 30_000, '2022-05-01')],
    });
    expect(paid(result)).toEqual({ 'measurement-management.first-renewal': 20_000 });
  });
  it('10 two re-reviews in one portfolio → only the earlier is the first re-review', () => {
    const result = run(
      [mms('renewal', true, '2026-01-10'), mms('renewal', true, '2023-01-10')],
      undefined,
      '2026-06-30',
    );
    expect(result.awards.map((a) => [a.achievementIndex, a.amount.fen])).toEqual([[1, 2_000_000]]);
    expect(result.notPaid.map((n) => [n.achievementIndex, n.code])).toEqual([[0, 'not_first_time']]);
  });
  it('10 firstTime not given → undetermined, naming firstTime', () => {
    const result = run(mms('renewal', undefined));
    expect(result.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['measurement-management.first-renewal', ['firstTime']],
    ]);
  });
});

describe('11 首次通过节能产品认证、低碳产品认证或能源管理体系认证 → 3万元 (reading: once per unit)', () => {
  const energy = (subtype: string, obtainedOn = '2024-01-15', firstTime = true) =>
    unit({ kind: 'energy_certification', subtype, firstTime, obtainedOn });

  it('11 首次通过节能产品认证 → 3万元, with the once-per-unit reading', () => {
    const result = run(energy('energy_saving_product'));
    expect(paid(result)).toEqual({ 'energy.energy-saving-product': 30_000 });
    expect(result.awards[0]?.readings.map((r) => r.id)).toEqual(['minhang.energy-once-per-unit']);
    expect(readingIds(result)).toContain('minhang.energy-once-per-unit');
  });
  it('11 首次通过低碳产品认证 → 3万元', () => {
    expect(paid(run(energy('low_carbon_product')))).toEqual({ 'energy.low-carbon-product': 30_000 });
  });
  it('11 首次通过能源管理体系认证 → 3万元', () => {
    expect(paid(run(energy('energy_management_system')))).toEqual({ 'energy.energy-management-system': 30_000 });
  });
  it('11 (reading: once per unit) energy-saving paid before (history), a low-carbon certification now → not_first_time', () => {
    const result = run(energy('low_carbon_product'), {
      history: [history('energy.energy-saving-product', 30_000, '2022-06-01')],
    });
    expect(refused(result)).toEqual({ 'energy.low-carbon-product': 'not_first_time' });
    expect(result.notPaid[0]?.stoppedBy?.quote).toBe('首次');
    expect(result.notPaid[0]?.readings.map((r) => r.id)).toContain('minhang.energy-once-per-unit');
    expect(totalYuan(result)).toBe(0);
  });
  it('11 (reading: once per unit) energy management paid before (history): another energy management one → not_first_time', () => {
    const options = { history: [history('energy.energy-management-system', 30_000, '2022-06-01')] };
    expect(refused(run(energy('energy_management_system'), options))).toEqual({
      'energy.energy-management-system': 'not_first_time',
    });
    expect(refused(run(energy('energy_saving_product'), options))).toEqual({
      'energy.energy-saving-product': 'not_first_time',
    });
  });
  it('11 (reading: once per unit) energy-saving and low-carbon in one portfolio → only the earlier, 3万元', () => {
    const result = run([energy('low_carbon_product', '2023-06-01'), energy('energy_saving_product', '2022-06-01')]);
    expect(paid(result)).toEqual({ 'energy.energy-saving-product': 30_000 });
    expect(result.notPaid.map((n) => [n.achievementIndex, n.citation?.ruleId, n.code])).toEqual([
      [0, 'energy.low-carbon-product', 'not_first_time'],
    ]);
    expect(totalYuan(result)).toBe(30_000);
  });
  it('11 (reading: once per unit) all three kinds in one portfolio → 3万元 once, not 9万元', () => {
    const result = run([
      energy('energy_saving_product', '2022-06-01'),
      energy('low_carbon_product', '2023-06-01'),
      energy('energy_management_system', '2024-01-15'),
    ]);
    expect(totalYuan(result)).toBe(30_000);
    expect(result.awards.map((a) => a.achievementIndex)).toEqual([0]);
  });
  it('11 a second energy management system certification in the same portfolio → not_first_time', () => {
    const result = run([
      energy('energy_management_system', '2022-06-01'),
      energy('energy_management_system', '2024-01-15'),
    ]);
    expect(totalYuan(result)).toBe(30_000);
    expect(result.notPaid.map((n) => [n.achievementIndex, n.code])).toEqual([[1, 'not_first_time']]);
  });
  it('11 not the unit’s first of the three certifications (firstTime false) → not_first_time', () => {
    expect(refused(run(energy('energy_saving_product', '2024-01-15', false)))).toEqual({
      'energy.energy-saving-product': 'not_first_time',
    });
  });
});

describe('2, 4–11 pay 组织/单位 only: a claim by an individual (个人) finds no clause', () => {
  const cases: [string, Facts][] = [
    [
      '2 重点产品质量振兴攻关成果奖',
      { kind: 'key_product_quality_breakthrough_award', region: '310000', prize: 'first' },
    ],
    ['4 “上海品牌”认证', { kind: 'regional_brand_certification', subtype: 'shanghai_brand', cycle: 'initial' }],
    ['5 质量品牌提升示范区', { kind: 'quality_brand_demonstration_zone', level: 'national' }],
    ['6 参与国家标准制定', { kind: 'standard_drafting', level: 'national', rank: 1 }],
    ['7 “上海标准”', { kind: 'shanghai_standard', level: 'enterprise' }],
    ['8 标准化示范试点', { kind: 'standardization_pilot', level: 'national', stage: 'accepted' }],
    ['9 产业计量测试中心', { kind: 'industrial_metrology_center', level: 'national', stage: 'approved' }],
    ['10 测量管理体系认证', { kind: 'measurement_management_certification', cycle: 'initial', firstTime: true }],
    ['11 节能产品认证', { kind: 'energy_certification', subtype: 'energy_saving_product', firstTime: true }],
  ];
  for (const [name, facts] of cases) {
    it(`${name} claimed by an individual → no_rule_for_achievement, nothing paid`, () => {
      const result = run(person(facts));
      expect(refused(result)).toEqual({ '-': 'no_rule_for_achievement' });
      expect(totalYuan(result)).toBe(0);
    });
    it(`${name} claimed by a unit → paid (the same facts are a match for a 单位)`, () => {
      expect(totalYuan(run(unit(facts)))).toBeGreaterThan(0);
    });
  }
});

describe('附则(三) 重点项目实行“一事一议”', () => {
  it('附则(三) 重点项目 → not computable (case_by_case), never 0 in awards', () => {
    const result = run(unit({ kind: 'key_project' }));
    expect(result.awards).toEqual([]);
    expect(result.notComputable.map((n) => [n.ruleId, n.code, n.clause])).toEqual([
      ['key-project', 'case_by_case', '附则(三)'],
    ]);
    expect(totalYuan(result)).toBe(0);
  });
  it('附则(三) beside a computable reward, the total counts only the computable one', () => {
    const result = run([
      unit({ kind: 'key_project' }),
      unit({ kind: 'key_product_quality_breakthrough_award', region: '310000', prize: 'first' }),
    ]);
    expect(totalYuan(result)).toBe(100_000);
    expect(result.notComputable).toHaveLength(1);
  });
});

describe('a whole portfolio', () => {
  it('中国质量奖 + 上海品牌 + 国家标准第一起草者 + 首次测量管理体系认证 → 100万 + 30万 + 20万 + 3万 = 153万元', () => {
    const result = run([
      unit({ kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2022-09-15' }),
      unit({
        kind: 'regional_brand_certification',
        subtype: 'shanghai_brand',
        cycle: 'initial',
        obtainedOn: '2023-01-20',
      }),
      unit({ kind: 'standard_drafting', level: 'national', rank: 1, drafterRole: 'main', obtainedOn: '2023-07-01' }),
      unit({
        kind: 'measurement_management_certification',
        cycle: 'initial',
        firstTime: true,
        obtainedOn: '2024-01-15',
      }),
    ]);
    expect(result.total.fen).toBe(153_000_000);
    expect(result.total.text).toBe('153万元');
    expect(result.totalIsUpperLimit).toBe(false);
  });
});
