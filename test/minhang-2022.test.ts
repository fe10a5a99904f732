import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minhang2022 } from '../policies/minhang-2022.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { EvaluateOptionsInput, HistoryEntryInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid, totalYuan } from './support/lines.js';

const evaluator = evaluatorFor(minhang2022);
const SOURCE = readFileSync(new URL('../policies/minhang-2022.source.txt', import.meta.url), 'utf8');

/** An organization registered and tax-registered in 闵行, not fully state-funded. */
const UNIT = {
  type: 'organization',
  registeredIn: '310112',
  taxRegisteredIn: '310112',
  fullyStateFunded: false,
} as const;

type Facts = Omit<AchievementInput, 'obtainedOn'> & Partial<Pick<AchievementInput, 'obtainedOn'>>;

const unit = (facts: Facts): AchievementInput => ({ obtainedOn: '2024-01-15', recipient: UNIT, ...facts });

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
});

describe('（征求意见稿）draft status', () => {
  it('every result carries the draft warning with the quote 征求意见稿', () => {
    const result = run(unit({ kind: 'government_quality_award', level: 'national', prize: 'award' }));
    expect(result.policy.status).toBe('draft');
    const draft = result.warnings.find((w) => w.code === 'draft_policy');
    expect(draft?.quote).toBe('（征求意见稿）');
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
});

describe('8 标准化示范试点（通过验收后；相继承担各级标准化试点的，按就高原则资助）', () => {
  const pilot = (
    level: 'national' | 'municipal',
    obtainedOn = '2024-01-15',
    stage: 'approved' | 'accepted' = 'accepted',
  ) => unit({ kind: 'standardization_pilot', level, stage, obtainedOn, region: '310000' });
  it('8 就高: municipal 15万 already paid (history), national accepted now → the difference, 5万元', () => {
    const result = run(pilot('national'), { history: [history('pilot.municipal', 150_000, '2022-09-01')] });
    expect(paid(result)).toEqual({ 'pilot.national': 50_000 });
    expect(result.awards[0]?.clauseAmount.fen).toBe(20_000_000);
    expect(result.awards[0]?.adjustments.map((a) => [a.code, a.before.fen, a.after.fen, a.clause])).toEqual([
      ['stacking_highest_only', 20_000_000, 5_000_000, '8'],
    ]);
    expect(result.awards[0]?.readings.map((r) => r.id)).toContain('minhang.pilot-top-up');
  });
});

describe('9 产业计量测试中心（获批筹建；通过现场验收并批准建立后再分别给予）', () => {
  const centre = (level: 'national' | 'municipal', stage: 'approved' | 'accepted', obtainedOn = '2024-01-15') =>
    unit({ kind: 'industrial_metrology_center', level, stage, obtainedOn, region: '310000' });
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
    it(`${name} claimed by a unit → paid (the same facts are a match for a 单位)`, () => {
      expect(totalYuan(run(unit(facts)))).toBeGreaterThan(0);
    });
  }
});
