import { describe, expect, it } from 'vitest';
import { checkCondition, type ConditionContext } from '../../src/engine/checkCondition.js';
import { matchRule } from '../../src/engine/matchRule.js';
import { reckonAmount } from '../../src/engine/reckonAmount.js';
import { type AchievementInput, anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { conditionSchema, type ConditionInput } from '../../src/schema/policy.js';

const a = (input: Omit<AchievementInput, 'obtainedOn'> & { obtainedOn?: string }) =>
  anyKindAchievementSchema.parse({ obtainedOn: '2024-05-10', ...input });
const ctx: ConditionContext = { policyId: 'p', ruleId: 'r', history: [] };
const check = (c: ConditionInput, input: Parameters<typeof a>[0], history = ctx.history) =>
  checkCondition(conditionSchema.parse(c), a(input), { ...ctx, history });

describe('matchRule', () => {
  it('is irrelevant when a given fact differs, missing when it is not given, yes when all agree', () => {
    const match = {
      kind: 'government_quality_award',
      level: 'national' as const,
      prize: ['award' as const, 'nomination' as const],
    };
    expect(matchRule(match, a({ kind: 'government_quality_award', level: 'provincial', prize: 'award' }))).toEqual({
      status: 'no',
    });
    expect(matchRule(match, a({ kind: 'government_quality_award', level: 'national' }))).toEqual({
      status: 'missing',
      facts: ['prize'],
    });
    expect(matchRule(match, a({ kind: 'government_quality_award', level: 'national', prize: 'nomination' }))).toEqual({
      status: 'yes',
    });
    expect(matchRule(match, a({ kind: 'laboratory_accreditation' }))).toEqual({ status: 'no' });
  });
  it('an omitted recipient is an organization', () => {
    expect(
      matchRule(
        { kind: 'laboratory_accreditation', recipientType: 'organization' },
        a({ kind: 'laboratory_accreditation' }),
      ),
    ).toEqual({ status: 'yes' });
    expect(
      matchRule(
        { kind: 'laboratory_accreditation', recipientType: 'individual' },
        a({ kind: 'laboratory_accreditation' }),
      ),
    ).toEqual({ status: 'no' });
  });
});

describe('condition primitives', () => {
  it('rank_between: inside, outside, open upper end, missing', () => {
    const c = { type: 'rank_between', min: 1, max: 3 } as const;
    expect(check(c, { kind: 'standard_drafting', rank: 3 }).status).toBe('pass');
    expect(check(c, { kind: 'standard_drafting', rank: 4 })).toMatchObject({
      status: 'fail',
      code: 'rank_not_eligible',
    });
    expect(check({ type: 'rank_between', min: 4, max: null }, { kind: 'standard_drafting', rank: 40 }).status).toBe(
      'pass',
    );
    expect(check(c, { kind: 'standard_drafting' })).toEqual({ status: 'missing', facts: ['rank'] });
  });
  it('fact_is and fact_at_least report the failure code the data names', () => {
    const notBudget = {
      type: 'fact_is',
      fact: 'fundedByStateBudget',
      value: false,
      failure: 'excluded_by_clause',
    } as const;
    expect(check(notBudget, { kind: 'chief_quality_officer_certificate', fundedByStateBudget: true })).toMatchObject({
      status: 'fail',
      code: 'excluded_by_clause',
    });
    expect(check(notBudget, { kind: 'chief_quality_officer_certificate', fundedByStateBudget: false }).status).toBe(
      'pass',
    );
    const twice = {
      type: 'fact_at_least',
      fact: 'consecutiveAnnualInspectionsPassed',
      min: 2,
      failure: 'prerequisite_not_met',
    } as const;
    expect(check(twice, { kind: 'green_product_certification', consecutiveAnnualInspectionsPassed: 1 })).toMatchObject({
      status: 'fail',
      code: 'prerequisite_not_met',
    });
    expect(check(twice, { kind: 'green_product_certification', consecutiveAnnualInspectionsPassed: 2 }).status).toBe(
      'pass',
    );
  });
  it('fact_in reports a mismatch instead of ignoring the rule', () => {
    const excellent: ConditionInput = {
      type: 'fact_in',
      fact: 'result',
      values: ['excellent'],
      failure: 'result_not_qualifying',
    };
    expect(check(excellent, { kind: 'standardization_pilot', result: 'good' })).toMatchObject({
      status: 'fail',
      code: 'result_not_qualifying',
    });
    expect(check(excellent, { kind: 'standardization_pilot' })).toEqual({ status: 'missing', facts: ['result'] });
  });
  it('located_in uses GB/T 2260 containment; onlyFor skips other recipients', () => {
    const registered = { type: 'located_in', fact: 'registeredIn', region: '310112', onlyFor: 'organization' } as const;
    expect(
      check(registered, {
        kind: 'laboratory_accreditation',
        recipient: { type: 'organization', registeredIn: '310112' },
      }).status,
    ).toBe('pass');
    expect(
      check(registered, {
        kind: 'laboratory_accreditation',
        recipient: { type: 'organization', registeredIn: '310113' },
      }),
    ).toMatchObject({ code: 'ineligible_recipient' });
    expect(check(registered, { kind: 'laboratory_accreditation', recipient: { type: 'individual' } }).status).toBe(
      'pass',
    );
    expect(
      check(
        { type: 'located_in', fact: 'registeredIn', region: '310000' },
        { kind: 'laboratory_accreditation', recipient: { type: 'organization', registeredIn: '310112' } },
      ).status,
    ).toBe('pass');
  });
  it('first_time: the fact, or an earlier payment in history under the rule or its sameAs rules', () => {
    const first: ConditionInput = { type: 'first_time', sameAs: ['other'] };
    expect(check(first, { kind: 'laboratory_accreditation', firstTime: true }).status).toBe('pass');
    expect(check(first, { kind: 'laboratory_accreditation', firstTime: false })).toMatchObject({
      code: 'not_first_time',
    });
    expect(check(first, { kind: 'laboratory_accreditation' })).toEqual({ status: 'missing', facts: ['firstTime'] });
    const history = [{ policyId: 'p', ruleId: 'other', amountFen: 1, obtainedOn: '2020-01-01' }];
    expect(check(first, { kind: 'laboratory_accreditation', firstTime: true }, history)).toMatchObject({
      code: 'not_first_time',
    });
    const elsewhere = [{ policyId: 'q', ruleId: 'r', amountFen: 1, obtainedOn: '2020-01-01' }];
    expect(check(first, { kind: 'laboratory_accreditation', firstTime: true }, elsewhere).status).toBe('pass');
  });
  it('any_of: one holding is enough; all failing fails with the first reason; else the missing facts', () => {
    const either: ConditionInput = {
      type: 'any_of',
      conditions: [
        { type: 'fact_is', fact: 'adoptedByGovernment', value: true, failure: 'prerequisite_not_met' },
        { type: 'fact_at_least', fact: 'adoptingEnterprises', min: 10, failure: 'prerequisite_not_met' },
      ],
    };
    const group = { kind: 'standard_drafting', level: 'group' } as const;
    expect(check(either, { ...group, adoptedByGovernment: false, adoptingEnterprises: 10 }).status).toBe('pass');
    expect(check(either, { ...group, adoptedByGovernment: true }).status).toBe('pass');
    expect(check(either, { ...group, adoptedByGovernment: false, adoptingEnterprises: 9 })).toMatchObject({
      status: 'fail',
      code: 'prerequisite_not_met',
    });
    expect(check(either, { ...group, adoptedByGovernment: false })).toEqual({
      status: 'missing',
      facts: ['adoptingEnterprises'],
    });
  });
  it('obtained_within: inclusive at both ends', () => {
    const w = { type: 'obtained_within', from: '2021-02-12', to: '2024-02-11' } as const;
    expect(check(w, { kind: 'green_product_certification', obtainedOn: '2021-02-11' })).toMatchObject({
      code: 'outside_rule_window',
    });
    expect(check(w, { kind: 'green_product_certification', obtainedOn: '2021-02-12' }).status).toBe('pass');
    expect(check(w, { kind: 'green_product_certification', obtainedOn: '2024-02-11' }).status).toBe('pass');
    expect(check(w, { kind: 'green_product_certification', obtainedOn: '2024-02-12' })).toMatchObject({
      code: 'outside_rule_window',
    });
  });
});

describe('amount primitives', () => {
  const ok = (r: ReturnType<typeof reckonAmount>) => (r.status === 'ok' ? r : undefined);
  it('fixed and per item (count defaults to 1)', () => {
    expect(ok(reckonAmount({ type: 'fixed', yuan: 300_000 }, a({ kind: 'x' })))?.fen).toBe(30_000_000);
    const perItem = { type: 'per_item', yuanEach: 200_000, unit: { zh: '每项', en: 'per item' } } as const;
    expect(ok(reckonAmount(perItem, a({ kind: 'x' })))?.fen).toBe(20_000_000);
    expect(ok(reckonAmount(perItem, a({ kind: 'x', count: 3 })))?.fen).toBe(60_000_000);
  });
  it('per year gives the total and the yearly schedule', () => {
    const r = ok(reckonAmount({ type: 'per_year', yuanPerYear: 100_000, years: 2 }, a({ kind: 'x' })));
    expect(r?.fen).toBe(20_000_000);
    expect(r?.schedule).toEqual([
      { year: 1, fen: 10_000_000 },
      { year: 2, fen: 10_000_000 },
    ]);
  });
  it('percentage rounds half up to the 分; a missing base is a missing fact', () => {
    const pct = { type: 'percentage', numerator: 5, denominator: 100, of: 'annualSalesRevenue' } as const;
    expect(ok(reckonAmount(pct, a({ kind: 'x', annualSalesRevenue: '1234567.89' })))?.fen).toBe(6_172_839); // 61728.3945 元
    expect(reckonAmount(pct, a({ kind: 'x' }))).toEqual({ status: 'missing', facts: ['annualSalesRevenue'] });
  });
  it('matching is capped', () => {
    const match = { type: 'matching', numerator: 1, denominator: 1, of: 'stateFunding', maxYuan: 200_000 } as const;
    expect(ok(reckonAmount(match, a({ kind: 'x', stateFunding: 150_000 })))?.fen).toBe(15_000_000);
    expect(ok(reckonAmount(match, a({ kind: 'x', stateFunding: 500_000 })))?.fen).toBe(20_000_000);
  });
  it('not computable carries its note', () => {
    const r = reckonAmount(
      { type: 'not_computable', reason: 'case_by_case', note: { zh: '一事一议', en: 'case by case' } },
      a({ kind: 'x' }),
    );
    expect(r).toMatchObject({ status: 'not_computable', reason: 'case_by_case' });
  });
});
