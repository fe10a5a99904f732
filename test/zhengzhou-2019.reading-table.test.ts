import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import { type Amount, policySchema, type Reading, type Rule } from '../src/schema/policy.js';

/**
 * The reading table of the shared policies README (section 郑州: damaged figures), row by row, checked
 * against the data: where the reading sits, that its literal holds the row's words, the amount chosen
 * in 元, and whether an alternative is kept.
 */

const SOURCE = readFileSync(new URL('../policies/zhengzhou-2019.source.txt', import.meta.url), 'utf8');
const policy = policySchema.parse(zhengzhou2019);

interface Row {
  readonly clause: string;
  /** The README table's literal, as printed there (regular spaces, "…" for words left out). */
  readonly readme: string;
  /** Words of that literal, verbatim in the source, that the reading's literal holds in this order. */
  readonly fragments: readonly string[];
  readonly ruleId: string;
  readonly readingId: string;
  /** `amount`: the rule's amount.reading; `rule`: one of rule.readings; `condition`: a top-level condition's. */
  readonly where: 'amount' | 'rule' | 'condition';
  /** The chosen amount in 元 (each, for 每个/每年); left out where the row chooses no amount. */
  readonly yuan?: number;
  /** The chosen cap in 元, where the row sets one (累计/最高不超过). */
  readonly capYuan?: number;
  readonly alternative: boolean;
}

const NBSP_LOSS = '\u00a0';
const ROWS: readonly Row[] = [
  {
    clause: '第1条',
    readme: '10 万元、50万元',
    fragments: ['10 万元、50万元'],
    ruleId: 'art1.national',
    readingId: 'zhengzhou.art1.national',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  ...(
    [
      ['art3.cqa.award', 'zhengzhou.art3.cqa', ['50 万、20 万元'], 5_000_000],
      ['art3.cqa.nomination', 'zhengzhou.art3.cqa-nomination', ['50 万、20 万元'], 2_000_000],
      ['art3.henan.award', 'zhengzhou.art3.henan', ['省长质量奖', '20 万元'], 2_000_000],
      ['art3.zhengzhou.award', 'zhengzhou.art3.zhengzhou', ['市长质量奖', '10 万元'], 1_000_000],
    ] as const
  ).map(([ruleId, readingId, fragments, yuan]): Row => ({
    clause: '第3条',
    readme: '中国质量奖、提名奖 50 万、20 万元; 省长质量奖 20 万元; 市长质量奖 10 万元',
    fragments,
    ruleId,
    readingId,
    where: 'amount',
    yuan,
    alternative: true,
  })),
  {
    clause: '第5条',
    readme: '临床试验批件 10 万元',
    fragments: ['临床试验批件', '10 万元'],
    ruleId: 'art5.clinical-trial',
    readingId: 'zhengzhou.art5.clinical',
    where: 'amount',
    yuan: 100_000,
    alternative: true,
  },
  {
    clause: '第5条',
    readme: '生产批件 30万元',
    fragments: ['生产批件', '30万元'],
    ruleId: 'art5.production',
    readingId: 'zhengzhou.art5.production',
    where: 'amount',
    yuan: 300_000,
    alternative: true,
  },
  {
    clause: '第5条',
    readme: '医疗器械…新兽药 10  万元 (loss mark)',
    fragments: ['新兽药', `10${NBSP_LOSS} 万元`],
    ruleId: 'art5.device-vet',
    readingId: 'zhengzhou.art5.device-vet',
    where: 'amount',
    yuan: 1_000_000,
    alternative: true,
  },
  {
    clause: '第5条',
    readme: '同一企业三年内累计…最高不超过50 万元',
    fragments: ['同一企业三年内累计', '最高不超过50 万元'],
    ruleId: 'art5.industrialization-sales',
    readingId: 'zhengzhou.art5.sales-cap',
    where: 'rule',
    capYuan: 500_000,
    alternative: true,
  },
  {
    clause: '第5条',
    readme: '独家品种…每个产品10 万元，最高不超过50万元',
    fragments: ['独家品种', '每个产品10 万元', '不超过50万元'],
    ruleId: 'art5.exclusive-variety',
    readingId: 'zhengzhou.art5.exclusive-amount',
    where: 'amount',
    yuan: 100_000,
    capYuan: 500_000,
    alternative: false,
  },
  {
    clause: '第5条',
    readme: '新进入  国家基本药物目录》',
    fragments: ['新进入', '国家基本药物目录》'],
    ruleId: 'art5.exclusive-variety',
    readingId: 'zhengzhou.art5.lost-bracket',
    where: 'rule',
    alternative: false,
  },
  {
    clause: '第6条',
    readme: '10 万元、50万元',
    fragments: ['10 万元、50万元'],
    ruleId: 'art6.national',
    readingId: 'zhengzhou.art6.national',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  {
    clause: '第8条',
    readme: '中国商标金奖 20 万元',
    fragments: ['中国商标金奖', '20 万元'],
    ruleId: 'art8.gold-award',
    readingId: 'zhengzhou.art8.gold',
    where: 'amount',
    yuan: 200_000,
    alternative: true,
  },
  {
    clause: '第8条',
    readme: '驰名商标 10 万元',
    fragments: ['驰名商标', '10 万元'],
    ruleId: 'art8.well-known',
    readingId: 'zhengzhou.art8.well-known',
    where: 'amount',
    yuan: 100_000,
    alternative: true,
  },
  {
    clause: '第9条',
    readme: '10 万元、50万元、20 万元',
    fragments: ['10 万元、50万元、20 万元'],
    ruleId: 'art9.award.first',
    readingId: 'zhengzhou.art9.first',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  ...(
    [
      ['art10.main.international', 'zhengzhou.art10.main-international', 10_000_000],
      ['art10.main.national', 'zhengzhou.art10.main-national', 1_000_000],
    ] as const
  ).map(([ruleId, readingId, yuan]): Row => ({
    clause: '第10条',
    readme: '主要起草单位 1 0 万元、10  万元、80万元、40万元',
    fragments: [`1 0 万元、10${NBSP_LOSS} 万元、80万元、40万元`],
    ruleId,
    readingId,
    where: 'amount',
    yuan,
    alternative: false,
  })),
  {
    clause: '第10条',
    readme: '参与起草单位 10 万元、80万元、60万元',
    fragments: ['10 万元、80万元、60万元'],
    ruleId: 'art10.participating.international',
    readingId: 'zhengzhou.art10.participating-international',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  {
    clause: '第10条',
    readme: '被政府采信或1 家以上企业采用的团体标准',
    fragments: ['被政府采信或1 家以上企业采用的团体标准'],
    ruleId: 'art10.group',
    readingId: 'zhengzhou.art10.ten-enterprises',
    where: 'condition',
    yuan: 400_000,
    alternative: false,
  },
  {
    clause: '第11条',
    readme: '国际 TC/SC/WG 10 万元、50万元、30万元',
    fragments: ['10 万元、50万元、30万元'],
    ruleId: 'art11.international.tc',
    readingId: 'zhengzhou.art11.international-tc',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  {
    clause: '第11条',
    readme: '资助奖励10万元年，按标准起草量连续两年支持',
    fragments: ['资助奖励10万元年，按标准起草量连续两年支持'],
    ruleId: 'art11.zhengzhou.tc',
    readingId: 'zhengzhou.art11.municipal-per-year',
    where: 'amount',
    yuan: 100_000,
    // The README table gives none; item 6 of issue 7 records 按标准起草量 as the alternative.
    alternative: true,
  },
  {
    clause: '第13条',
    readme: '国家地理保护产品',
    fragments: ['国家地理保护产品'],
    ruleId: 'art13.gi-protected-product',
    readingId: 'zhengzhou.art13.gi-words',
    where: 'rule',
    alternative: false,
  },
  ...(
    [
      ['art13.good-behavior.5a', 300_000],
      ['art13.good-behavior.4a', 200_000],
      ['art13.good-behavior.3a', 100_000],
    ] as const
  ).map(([ruleId, yuan]): Row => ({
    clause: '第13条',
    readme: '5A、4A、3A…分别给予奖励。30万元、20万元、10万元',
    fragments: ['5A、4A、3A', '分别给予奖励。30万元、20万元、10万元'],
    ruleId,
    readingId: 'zhengzhou.art13.punctuation',
    where: 'rule',
    yuan,
    alternative: false,
  })),
  {
    clause: '第14条',
    readme: '国家企业标准领跑者 10 万元',
    fragments: ['国家企业标准领跑者', '10 万元'],
    ruleId: 'art14.leader.national',
    readingId: 'zhengzhou.art14.national',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  {
    clause: '第16条',
    readme: '10 万元、50万元',
    fragments: ['10 万元、50万元'],
    ruleId: 'art16.international',
    readingId: 'zhengzhou.art16.international',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  {
    clause: '第17条',
    readme: '国际 10 万元、80万元、60万元',
    fragments: ['10 万元、80万元、60万元'],
    ruleId: 'art17.international.rank1',
    readingId: 'zhengzhou.art17.international-first',
    where: 'amount',
    yuan: 1_000_000,
    alternative: false,
  },
  ...(
    [
      ['art17.national.rank1', 300_000],
      ['art17.national.rank2', 200_000],
      ['art17.national.rank3', 100_000],
    ] as const
  ).map(([ruleId, yuan]): Row => ({
    clause: '第17条',
    readme: '国家 30 万元、20 万元、10 万元的的',
    fragments: ['30 万元、20 万元、10 万元的的'],
    ruleId,
    readingId: 'zhengzhou.art17.national',
    where: 'amount',
    yuan,
    alternative: false,
  })),
  {
    clause: '第23条',
    readme: '一致性评价 20  万元 (loss mark)',
    fragments: ['一致性评价', `20${NBSP_LOSS} 万元`],
    ruleId: 'art23.generic-drug',
    readingId: 'zhengzhou.art23.generic',
    where: 'amount',
    yuan: 2_000_000,
    alternative: true,
  },
  ...(['art23.food.industry', 'art23.food.catering-trade-related'] as const).map((ruleId): Row => ({
    clause: '第23条',
    readme: 'HAC P / ISO20  ',
    fragments: ['HAC P', `ISO20${NBSP_LOSS}`],
    ruleId,
    readingId: 'zhengzhou.art23.standard-names',
    where: 'rule',
    alternative: false,
  })),
  {
    clause: '第23条',
    readme: '食品工业企业（规模以上企业除外）分别给予50 万元',
    fragments: ['食品工业企业', '（规模以上企业除外）分别给予50 万元'],
    ruleId: 'art23.food.industry',
    readingId: 'zhengzhou.art23.food-industry',
    where: 'amount',
    yuan: 500_000,
    alternative: false,
  },
];

const ruleOf = (id: string): Rule => {
  const rule = policy.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

const readingAt = (rule: Rule, row: Row): Reading | undefined => {
  if (row.where === 'amount') return rule.amount.type === 'not_computable' ? undefined : rule.amount.reading;
  if (row.where === 'rule') return rule.readings?.find((r) => r.id === row.readingId);
  return rule.conditions?.find((c) => c.reading?.id === row.readingId)?.reading;
};

/** The figure a rule pays in 元: fixed, each item, or each year. */
const yuanOf = (amount: Amount): number | undefined => {
  if (amount.type === 'fixed') return amount.yuan;
  if (amount.type === 'per_item') return amount.yuanEach;
  if (amount.type === 'per_year') return amount.yuanPerYear;
  return undefined;
};

describe('郑州 2019：README 解读表逐行与数据一致', () => {
  it.each(ROWS.map((row): [string, string, string, Row] => [row.clause, row.readme, row.ruleId, row]))(
    '%s “%s” → %s',
    (_, __, ___, row) => {
      const rule = ruleOf(row.ruleId);
      expect(rule.clause).toBe(row.clause);
      const reading = readingAt(rule, row);
      expect(reading?.id).toBe(row.readingId);
      // The row's words, verbatim in the source, stand in the reading's literal in order.
      let from = 0;
      for (const fragment of row.fragments) {
        expect(row.readme).toContain(fragment.replaceAll(NBSP_LOSS, ' '));
        expect(SOURCE).toContain(fragment);
        const at = reading?.literal.indexOf(fragment, from) ?? -1;
        expect(at, `${fragment} in ${reading?.literal}`).toBeGreaterThanOrEqual(0);
        from = at + fragment.length;
      }
      if (row.yuan !== undefined) expect(yuanOf(rule.amount)).toBe(row.yuan);
      if (row.capYuan !== undefined) {
        const cap = policy.stacking?.find((s) => s.type === 'cumulative_cap' && s.rules.includes(row.ruleId));
        expect(cap?.type === 'cumulative_cap' ? cap.capYuan : undefined).toBe(row.capYuan);
      }
      expect(reading?.alternative !== undefined).toBe(row.alternative);
    },
  );

  it('数据中每一处“文本丢字”解读都在解读表中有对应行', () => {
    const damaged = new Set<string>();
    for (const rule of policy.rules) {
      const readings = [
        ...(rule.readings ?? []),
        ...(rule.amount.type !== 'not_computable' && rule.amount.reading ? [rule.amount.reading] : []),
        ...(rule.conditions ?? []).flatMap((c) => (c.reading ? [c.reading] : [])),
      ];
      for (const r of readings) if (r.question.zh.startsWith('文本自PDF提取时丢失字符')) damaged.add(r.id);
    }
    const rows = new Set(ROWS.map((row) => row.readingId));
    expect([...damaged].filter((id) => !rows.has(id))).toEqual([]);
  });
});
