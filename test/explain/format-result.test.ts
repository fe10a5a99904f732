import { describe, expect, it } from 'vitest';
import { formatResult, QualityRewardsError } from '../../src/index.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** formatResult: the plain-text explanation, Chinese first with English beside it, one section per kind of line. */
const reading = {
  id: 'r.figure',
  question: { zh: '金额是多少？', en: 'Which figure?' },
  literal: '十万',
  chosen: { zh: '10万元', en: '100,000 yuan' },
  alternative: { zh: '1万元', en: '10,000 yuan' },
  alternativeData: [{ type: 'amount_yuan' as const, yuan: 10_000 }],
  basis: { zh: '据', en: 'basis' },
};
const { evaluate } = evaluatorFor(
  syntheticPolicy({
    rules: [
      fixedRule('upto', 'laboratory_accreditation', 0, { amount: { type: 'fixed', yuan: 500_000, upTo: true } }),
      fixedRule('capped', 'key_project', 300_000),
      fixedRule('ranked', 'standard_drafting', 200_000, { conditions: [{ type: 'rank_between', min: 1, max: 1 }] }),
      fixedRule('case', 'standardization_pilot', 0, {
        amount: { type: 'not_computable', reason: 'case_by_case', note: { zh: '一事一议', en: 'case by case' } },
      }),
      fixedRule('read', 'measurement_management_certification', 0, {
        amount: { type: 'fixed', yuan: 100_000, reading },
      }),
      fixedRule('share', 'industrialized_product_sales', 0, {
        amount: { type: 'percentage', numerator: 5, denominator: 100, of: 'annualSalesRevenue' },
      }),
    ],
    stacking: [
      {
        type: 'cumulative_cap',
        id: 'cap',
        clause: 'C',
        quote: 'cap',
        rules: ['capped'],
        capYuan: 200_000,
        period: { type: 'ever' },
      },
    ],
  }),
);
const { evaluate: evaluateDraft } = evaluatorFor(
  syntheticPolicy({ status: 'draft', rules: [fixedRule('plain', 'key_project', 100_000)] }),
);
const on = (kind: string, facts: object = {}) => ({ kind, obtainedOn: '2024-01-01', ...facts }) as never;

describe('formatResult', () => {
  it('every section: total up to, switched readings, paid with adjustments, not paid, not computable, undetermined, warnings', () => {
    const r = evaluate(
      [
        on('laboratory_accreditation'),
        on('key_project'),
        on('standard_drafting'),
        on('standard_drafting', { rank: 3 }),
        on('standardization_pilot'),
        on('measurement_management_certification'),
        on('patent_award'),
      ],
      'testcity',
      '2025-06-01',
      { readings: { 'r.figure': 'alternative' } },
    );
    expect(formatResult(r)).toBe(
      [
        '测试市 (990100) · 测试市质量奖励办法',
        '  Test City quality rewards',
        '  状态 status: 施行 in force · 期间 window: 2020-01-01 — 2029-12-31',
        '  评估日 date: 2025-06-01 · 有效 in force',
        '合计 Total: 最高 up to 71万元 (710000.00 yuan)',
        '',
        '已切换读法（假设计算） Readings switched (what-if):',
        '  ⇄ r.figure: 1万元（本库读法：10万元）',
        '      10,000 yuan (library: 100,000 yuan)',
        '',
        '支付 Paid:',
        '  ✔ [upto] upto — 最高 50万元',
        '      upto; 一次性 50万元',
        '      原文: “upto”',
        '  ✔ [capped] capped — 20万元',
        '      capped; 一次性 30万元',
        '      原文: “capped”',
        '      ↓ 30万元 → 20万元: 已达累计奖励上限：累计上限 20万元，此前已计 0元。 / The cumulative cap has been reached: cap 200000.00 yuan; 0.00 yuan already counted.',
        '  ✔ [read] read — 1万元',
        '      read; 一次性 1万元',
        '      原文: “read”',
        '',
        '未支付 Not paid:',
        '  ✘ #3 [ranked] ranked — rank_not_eligible',
        '      起草排名不在本条奖励的范围内：排名第3位，本条奖励排名1–1。',
        "      The drafter's rank is outside what this clause rewards: rank 3; this clause rewards rank 1–1.",
        '  ✘ #6 — — no_rule_for_achievement',
        '      本政策没有奖励此类成果的条款。',
        '      This policy has no clause that rewards this achievement.',
        '',
        '不可计算 Not computable:',
        '  ? [case] case — 本条未规定金额（一事一议或按其他办法执行），本库不计算：一事一议。 / This clause states no amount (decided case by case or under other rules); not computed here: case by case.',
        '',
        '待定（缺少事实） Undetermined (facts missing):',
        '  … [ranked] ranked — 需要 needs: rank (本条金额 clause amount 20万元)',
        '',
        '提示 Warnings:',
        '  ! uncertain_reading: 金额是多少？ 采用：1万元',
        '      Which figure? Reading used: 10,000 yuan',
        '',
      ].join('\n'),
    );
  });

  it('a draft evaluated after its end: not in force, a plain total, the warning’s own message', () => {
    expect(formatResult(evaluateDraft(on('key_project'), 'testcity', '2030-06-01'))).toBe(
      [
        '测试市 (990100) · 测试市质量奖励办法',
        '  Test City quality rewards',
        '  状态 status: 征求意见稿 draft · 期间 window: 2020-01-01 — 2029-12-31',
        '  评估日 date: 2030-06-01 · 未生效或已失效 not in force',
        '合计 Total: 0元 (0.00 yuan)',
        '',
        '未支付 Not paid:',
        '  ✘ #0 [plain] plain — policy_not_in_force',
        '      评估日 2030-06-01 政策已失效（有效期至 2029-12-31）。施行期内取得的成果期满后能否申报，文本未规定；本库按评估日不予计算。',
        '      On 2030-06-01 the policy has expired (its last day was 2029-12-31). The text does not say whether achievements obtained while it was in force may still be claimed; this library does not compute them after expiry.',
        '',
        '提示 Warnings:',
        '  ! draft_policy: 本政策文本为征求意见稿，尚非正式施行文本。',
        '      This policy text is a draft for comment (征求意见稿), not a final text.',
        '',
      ].join('\n'),
    );
  });

  it('an undetermined line without a clause amount names only the facts needed', () => {
    const text = formatResult(evaluate(on('industrialized_product_sales'), 'testcity', '2025-06-01'));
    expect(text).toContain('\n  … [share] share — 需要 needs: annualSalesRevenue\n');
  });

  it('only the sections that have lines: a result with awards alone has no not-paid or warnings section', () => {
    const text = formatResult(evaluate(on('key_project'), 'testcity', '2025-06-01'));
    expect(text).toContain('支付 Paid:');
    expect(text).not.toContain('未支付 Not paid:');
    expect(text).not.toContain('提示 Warnings:');
  });

  it('what is not a result: a typed error on the field result', () => {
    expect(() => formatResult(null as never)).toThrow(QualityRewardsError);
    try {
      formatResult({} as never);
    } catch (e) {
      expect((e as QualityRewardsError).issues[0].path[0]).toBe('result');
    }
  });

  describe('the window line', () => {
    const r = evaluateDraft(on('key_project'), 'testcity', '2025-06-01');
    const windowLine = (policy: Partial<typeof r.policy>) =>
      formatResult({ ...r, policy: { ...r.policy, ...policy } }).split('\n')[2];
    it('a blank start and an end counted in years from it, the start assumed', () => {
      expect(windowLine({ window: { start: null, end: null }, validityYears: 3, startAssumed: true })).toBe(
        '  状态 status: 征求意见稿 draft · 期间 window: （空白 blank） — 施行日起3年 3 years from the start（施行日为假定 assumed）',
      );
    });
    it('no end in the text: open', () => {
      expect(windowLine({ window: { start: '2020-01-01', end: null } })).toBe(
        '  状态 status: 征求意见稿 draft · 期间 window: 2020-01-01 — （无 open）',
      );
    });
  });
});
