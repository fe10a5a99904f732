import { describe, expect, it } from 'vitest';
import type { PolicyInput, Reading } from '../../src/schema/policy.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * The phases of one evaluation (match, gate, reckon, settle, explain) on a made-up policy, each line
 * checked whole (`toStrictEqual`: a field a line must not carry is absent, not `undefined`).
 */

const reading = (id: string): Reading => ({
  id,
  question: { zh: id, en: id },
  literal: id,
  chosen: { zh: id, en: id },
  basis: { zh: id, en: id },
});
const TIMING = reading('timing');
const filed = (clause?: string) =>
  ({
    type: 'fact_is',
    fact: 'filedWithAuthority',
    value: true,
    failure: 'prerequisite_not_met',
    ...(clause ? { clause, quote: '经备案' } : {}),
  }) as const;
const title = (id: string) => ({ zh: id, en: id });
const policy = syntheticPolicy({
  window: {
    start: { date: '2020-01-01', clause: 'W1', quote: '自2020年1月1日起施行' },
    end: { type: 'date', date: '2029-12-31', clause: 'W2', quote: '至2029年12月31日' },
  },
  achievementTiming: { startDayCounts: true, clause: 'T', quote: '施行后取得', reading: TIMING },
  rules: [
    // Two alternatives of one clause: rank 1–3 and rank 4 on.
    fixedRule('top', 'standard_drafting', 300_000, {
      clause: '5',
      quote: '排名前三',
      conditions: [{ type: 'rank_between', min: 1, max: 3 }, filed('5.1')],
    }),
    fixedRule('rest', 'standard_drafting', 100_000, {
      clause: '5',
      quote: '排名第四及以后',
      conditions: [{ type: 'rank_between', min: 4, max: null }, filed('5.1')],
    }),
    fixedRule('sales', 'industrialized_product_sales', 0, {
      clause: '6',
      quote: '按销售收入',
      match: { kind: 'industrialized_product_sales', level: 'national' },
      conditions: [{ type: 'fact_in', fact: 'level', values: ['national'], failure: 'result_not_qualifying' }, filed()],
      amount: { type: 'percentage', of: 'annualSalesRevenue', numerator: 5, denominator: 100 },
    }),
    fixedRule('case', 'key_project', 0, {
      clause: '7',
      quote: '一事一议',
      amount: { type: 'not_computable', reason: 'case_by_case', note: { zh: '另行研究', en: 'decided apart' } },
    }),
    fixedRule('items', 'patent_award', 0, {
      clause: '8',
      quote: '每件',
      amount: { type: 'per_item', yuanEach: 1_000, unit: { zh: '每件', en: 'each' } },
    }),
  ],
} as Partial<PolicyInput> & { rules: PolicyInput['rules'] });
const { evaluate } = evaluatorFor(policy);
const ON = '2024-06-01';
const money = (fen: number, text: string, yuan: string) => ({ fen, text, yuan });

describe('phase 1, match: an achievement no rule is about', () => {
  it('a kind the policy does not reward → one line not paid (no_rule_for_achievement), citing nothing', () => {
    const r = evaluate({ kind: 'quality_city_honor', obtainedOn: '2024-01-01', id: 'q' }, 'testcity', ON);
    expect(r.notPaid).toStrictEqual([
      {
        achievementIndex: 0,
        achievementId: 'q',
        code: 'no_rule_for_achievement',
        message: {
          zh: '本政策没有奖励此类成果的条款。',
          en: 'This policy has no clause that rewards this achievement.',
        },
        citation: null,
        readings: [],
      },
    ]);
  });
  it('a level no rule of the kind names (provincial sales, the rule is national) → no rule is about it', () => {
    const r = evaluate(
      { kind: 'industrialized_product_sales', level: 'provincial', obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('phase 2, gate: the window, the timing, the conditions', () => {
  it('evaluated 2030-01-01, after the last day → not paid (policy_not_in_force), stopped by the end clause', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01', count: 2 }, 'testcity', '2030-01-01');
    expect([r.inForce, r.status, r.awards]).toEqual([false, 'not_in_force', []]);
    expect(r.notPaid).toStrictEqual([
      {
        achievementIndex: 0,
        code: 'policy_not_in_force',
        message: {
          zh: '评估日 2030-01-01 政策已失效（有效期至 2029-12-31）。施行期内取得的成果期满后能否申报，文本未规定；本库按评估日不予计算。',
          en: 'On 2030-01-01 the policy has expired (its last day was 2029-12-31). The text does not say whether achievements obtained while it was in force may still be claimed; this library does not compute them after expiry.',
        },
        citation: { ruleId: 'items', clause: '8', quote: '每件', title: title('items') },
        clauseAmount: money(200_000, '2000元', '2000.00'),
        stoppedBy: { clause: 'W2', quote: '至2029年12月31日' },
        readings: [],
      },
    ]);
  });
  it('evaluated 2019-12-31, before the first day → not in force, stopped by the start clause', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2019-01-01' }, 'testcity', '2019-12-31');
    expect(r.notPaid[0]?.stoppedBy).toStrictEqual({ clause: 'W1', quote: '自2020年1月1日起施行' });
    expect(r.notPaid[0]?.message.zh).toBe('评估日 2019-12-31 政策尚未施行（自 2020-01-01 起施行）。');
  });
  it('obtained 2019-12-31, the day before the start → achievement_before_policy, stopped by the timing clause, with its reading', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2019-12-31' }, 'testcity', ON);
    expect(r.notPaid).toStrictEqual([
      {
        achievementIndex: 0,
        code: 'achievement_before_policy',
        message: {
          zh: '成果取得日 2019-12-31 早于政策施行日 2020-01-01，不予奖励。',
          en: 'The achievement was obtained on 2019-12-31, before the policy took effect on 2020-01-01; it is not rewarded.',
        },
        citation: { ruleId: 'items', clause: '8', quote: '每件', title: title('items') },
        clauseAmount: money(100_000, '1000元', '1000.00'),
        stoppedBy: { clause: 'T', quote: '施行后取得' },
        readings: [TIMING],
      },
    ]);
  });
  it('a timing rule that cites no clause → the line names no stopping clause', () => {
    const bare = evaluatorFor(syntheticPolicy({ rules: [fixedRule('r', 'patent_award', 1)] }));
    const r = bare.evaluate({ kind: 'patent_award', obtainedOn: '2019-12-31' }, 'testcity', ON);
    expect(refused(r)).toEqual({ r: 'achievement_before_policy' });
    expect(r.notPaid[0]).not.toHaveProperty('stoppedBy');
  });
  it('a timing rule that cites a clause but quotes no words → the line names no stopping clause either', () => {
    const halfCited = evaluatorFor(
      syntheticPolicy({
        achievementTiming: { startDayCounts: true, clause: 'T' },
        rules: [fixedRule('r', 'patent_award', 1)],
      } as Partial<PolicyInput> & { rules: PolicyInput['rules'] }),
    );
    const r = halfCited.evaluate({ kind: 'patent_award', obtainedOn: '2019-12-31' }, 'testcity', ON);
    expect(refused(r)).toEqual({ r: 'achievement_before_policy' });
    expect(r.notPaid[0]).not.toHaveProperty('stoppedBy');
  });
  it('obtained on the first day, where the start day counts → paid', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2020-01-01' }, 'testcity', ON);
    expect(paid(r)).toEqual({ items: 1_000 });
  });
  it('a clause whose own window reaches before the policy start → obtained before the start, within that window → paid', () => {
    const reaching = evaluatorFor(
      syntheticPolicy({
        rules: [
          fixedRule('back', 'patent_award', 5, {
            conditions: [{ type: 'obtained_within', from: '2019-01-01', to: null, reachesBeforePolicyStart: true }],
          }),
          fixedRule('plain', 'patent_award', 7),
        ],
      }),
    );
    const r = reaching.evaluate({ kind: 'patent_award', obtainedOn: '2019-06-01' }, 'testcity', ON);
    expect(paid(r)).toEqual({ back: 5 });
    expect(refused(r)).toEqual({ plain: 'achievement_before_policy' });
  });
  it('第5条 rank 2, filed → rank 1–3 paid; the rank-4 alternative of the same clause is not reported', () => {
    const r = evaluate(
      { kind: 'standard_drafting', rank: 2, filedWithAuthority: true, obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ top: 300_000 });
    expect(r.notPaid).toEqual([]);
  });
  it('第5条 rank 5, filed → rank 4 on paid; the rank 1–3 alternative is not reported', () => {
    const r = evaluate(
      { kind: 'standard_drafting', rank: 5, filedWithAuthority: true, obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ rest: 100_000 });
    expect(r.notPaid).toEqual([]);
  });
  it('第5条 rank 2, not filed → both alternatives fail and both are reported, each with its own stop', () => {
    const r = evaluate(
      { kind: 'standard_drafting', rank: 2, filedWithAuthority: false, obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    expect(r.notPaid.map((n) => [n.citation?.ruleId, n.code, n.stoppedBy])).toEqual([
      ['top', 'prerequisite_not_met', { clause: '5.1', quote: '经备案' }],
      ['rest', 'rank_not_eligible', { clause: '5', quote: '排名第四及以后' }],
    ]);
    expect(r.notPaid[0]?.message).toEqual({
      zh: '不满足本条的前提条件：filedWithAuthority 应为 true。',
      en: 'A prerequisite of this clause is not met: filedWithAuthority must be true.',
    });
    expect(r.notPaid[0]?.clauseAmount?.fen).toBe(30_000_000);
  });
  it('第5条 rank not given, not filed → a definite failure wins over the missing rank', () => {
    const r = evaluate(
      { kind: 'standard_drafting', filedWithAuthority: false, obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    expect(refused(r)).toEqual({ top: 'prerequisite_not_met', rest: 'prerequisite_not_met' });
    expect(r.undetermined).toEqual([]);
  });
});

describe('undetermined: the facts missing from match, conditions and amount, each once, in that order', () => {
  it('第6条 sales without level, filing or revenue → undetermined, needing level, filedWithAuthority, annualSalesRevenue', () => {
    const r = evaluate({ kind: 'industrialized_product_sales', obtainedOn: '2024-01-01' }, 'testcity', ON);
    expect(r.undetermined).toStrictEqual([
      {
        achievementIndex: 0,
        ruleId: 'sales',
        clause: '6',
        quote: '按销售收入',
        title: title('sales'),
        code: 'missing_fact',
        missingFacts: ['level', 'filedWithAuthority', 'annualSalesRevenue'],
        message: {
          zh: '缺少判断所需的事实，无法确定：需要 level、filedWithAuthority、annualSalesRevenue。',
          en: 'A fact needed to decide is missing: needs level, filedWithAuthority, annualSalesRevenue.',
        },
        readings: [],
      },
    ]);
    expect(r.status).toBe('partial');
  });
  it('第6条 national sales, filed, revenue not given → undetermined on the revenue alone (the amount needs it)', () => {
    const r = evaluate(
      { kind: 'industrialized_product_sales', level: 'national', filedWithAuthority: true, obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts, u.clauseAmount])).toEqual([
      ['sales', ['annualSalesRevenue'], undefined],
    ]);
    expect(r.awards).toEqual([]);
  });
  it('第6条 national sales of 100万元, filed → 5% paid, with the clause amount it reckons', () => {
    const r = evaluate(
      {
        kind: 'industrialized_product_sales',
        level: 'national',
        filedWithAuthority: true,
        annualSalesRevenue: 1_000_000,
        obtainedOn: '2024-01-01',
      },
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ sales: 50_000 });
    expect(r.awards[0]?.clauseAmount.fen).toBe(5_000_000);
    expect(r.status).toBe('complete');
  });
});

describe('phase 3, reckon: an amount left to another procedure, an amount per item', () => {
  it('第7条 一事一议 → not computable (case_by_case), with the note, citing the clause', () => {
    const r = evaluate({ kind: 'key_project', obtainedOn: '2024-01-01', id: 'k' }, 'testcity', ON);
    expect(r.notComputable).toStrictEqual([
      {
        achievementIndex: 0,
        achievementId: 'k',
        ruleId: 'case',
        clause: '7',
        quote: '一事一议',
        title: title('case'),
        code: 'case_by_case',
        message: {
          zh: '本条未规定金额（一事一议或按其他办法执行），本库不计算：另行研究。',
          en: 'This clause states no amount (decided case by case or under other rules); not computed here: decided apart.',
        },
        readings: [],
      },
    ]);
    expect(r.total.fen).toBe(0);
  });
  it('第8条 3 patents at 1000元 each → 3000元, the clause amount and the award alike', () => {
    const r = evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01', count: 3 }, 'testcity', ON);
    expect(r.awards).toStrictEqual([
      {
        achievementIndex: 0,
        ruleId: 'items',
        clause: '8',
        quote: '每件',
        title: title('items'),
        amount: money(300_000, '3000元', '3000.00'),
        clauseAmount: money(300_000, '3000元', '3000.00'),
        basis: 'per_item',
        upTo: false,
        calculation: { zh: '每件 1000元 × 3 = 3000元', en: '1000.00 yuan each × 3 = 3000.00 yuan' },
        adjustments: [],
        readings: [],
      },
    ]);
  });
});

describe('phase 5 and 6, settle and explain: the result around the lines', () => {
  it('an award paid in full shares its clause amount; empty lists are one shared frozen list', () => {
    const a = evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01' }, 'testcity', ON);
    const b = evaluate({ kind: 'patent_award', obtainedOn: '2024-02-01' }, 'testcity', ON);
    expect(a.awards[0]?.amount).toBe(a.awards[0]?.clauseAmount);
    expect(a.awards[0]?.adjustments).toBe(b.awards[0]?.adjustments);
    expect(a.awards[0]?.readings).toBe(b.awards[0]?.readings);
    expect(a.notPaid).toBe(b.undetermined);
    expect(a.notComputable).toBe(b.notPaid);
    const none = evaluate({ kind: 'key_project', obtainedOn: '2024-01-01' }, 'testcity', ON);
    expect(none.awards).toBe(none.undetermined);
  });
  it('what does not depend on the call is built once: the policy summary, a fixed amount’s calculation', () => {
    const a = evaluate(
      { kind: 'standard_drafting', rank: 1, filedWithAuthority: true, obtainedOn: '2024-01-01' },
      'testcity',
      ON,
    );
    const b = evaluate(
      { kind: 'standard_drafting', rank: 2, filedWithAuthority: true, obtainedOn: '2024-02-01' },
      'testcity',
      ON,
    );
    expect(a.policy).toBe(b.policy);
    expect(a.awards[0]?.calculation).toBe(b.awards[0]?.calculation);
  });
  it('two awards → the total is their sum; no amount is an upper limit, so neither is the total', () => {
    const r = evaluate(
      [
        { kind: 'patent_award', obtainedOn: '2024-01-01', count: 2 },
        { kind: 'standard_drafting', rank: 1, filedWithAuthority: true, obtainedOn: '2024-01-01' },
      ],
      'testcity',
      ON,
    );
    expect(r.total).toStrictEqual(money(30_200_000, '302000元', '302000.00'));
    expect(r.totalIsUpperLimit).toBe(false);
    expect(r.inForce).toBe(true);
  });
  it('an amount marked 最高 → the total is an upper limit; a policy of upper limits with nothing paid → not', () => {
    const upTo = evaluatorFor(
      syntheticPolicy({
        rules: [fixedRule('r', 'patent_award', 1, { amount: { type: 'fixed', yuan: 1, upTo: true } })],
      }),
    );
    expect(upTo.evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01' }, 'testcity', ON).totalIsUpperLimit).toBe(
      true,
    );
    const limits = evaluatorFor(
      syntheticPolicy({ upperLimits: { clause: 'U', quote: '最高' }, rules: [fixedRule('r', 'patent_award', 1)] }),
    );
    expect(limits.evaluate({ kind: 'key_project', obtainedOn: '2024-01-01' }, 'testcity', ON).totalIsUpperLimit).toBe(
      false,
    );
    expect(limits.evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01' }, 'testcity', ON).totalIsUpperLimit).toBe(
      true,
    );
  });
  it('the policy summary: its document number when it has one, its validity in years when the end is 有效期N年', () => {
    expect(evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01' }, 'testcity', ON).policy).toStrictEqual({
      id: 'test-city',
      title: '测试市质量奖励办法',
      titleEn: 'Test City quality rewards',
      status: 'in_force',
      window: { start: '2020-01-01', end: '2029-12-31' },
      startAssumed: false,
    });
    const numbered = evaluatorFor(
      syntheticPolicy({
        documentNumber: '测政〔2020〕1号',
        window: {
          start: { date: null, clause: 'W1', quote: '自 年 月 日起施行' },
          end: { type: 'validity_years', years: 3, clause: 'W2', quote: '有效期3年' },
        },
        rules: [fixedRule('r', 'patent_award', 1)],
      } as Partial<PolicyInput> & { rules: PolicyInput['rules'] }),
    );
    const r = numbered.evaluate({ kind: 'patent_award', obtainedOn: '2024-01-01' }, 'testcity', ON, {
      assumeStartDate: '2023-02-11',
    });
    expect(r.policy).toStrictEqual({
      id: 'test-city',
      title: '测试市质量奖励办法',
      titleEn: 'Test City quality rewards',
      documentNumber: '测政〔2020〕1号',
      status: 'in_force',
      window: { start: '2023-02-11', end: '2026-02-10' },
      startAssumed: true,
      validityYears: 3,
    });
    expect(Object.isFrozen(r.policy.window)).toBe(true);
    expect(paid(r)).toEqual({ r: 1 });
  });
});
