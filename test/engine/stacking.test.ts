import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused, totalYuan } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const ON = '2025-06-01';

describe('highest_only (就高)', () => {
  const policy = syntheticPolicy({
    rules: [
      fixedRule('big', 'laboratory_accreditation', 500_000),
      fixedRule('small', 'measurement_management_certification', 100_000),
      fixedRule('free', 'key_project', 70_000),
    ],
    stacking: [
      { type: 'highest_only', id: 'pool', clause: 'S', quote: 'S', rules: ['big', 'small'], scope: 'same_year' },
    ],
  });
  const { evaluate } = evaluatorFor(policy);
  it('pays only the highest member in the scope; non-members are untouched', () => {
    const r = evaluate(
      [
        { kind: 'measurement_management_certification', obtainedOn: '2024-01-01' },
        { kind: 'laboratory_accreditation', obtainedOn: '2024-12-31' },
        { kind: 'key_project', obtainedOn: '2024-06-01' },
      ],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ big: 500_000, free: 70_000 });
    expect(refused(r)).toEqual({ small: 'stacking_highest_only' });
  });
  it('different years are different scopes', () => {
    const r = evaluate(
      [
        { kind: 'measurement_management_certification', obtainedOn: '2023-12-31' },
        { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' },
      ],
      'testcity',
      ON,
    );
    expect(totalYuan(r)).toBe(600_000);
  });
  it('property: with history h already paid in the year, the year pays max − h (never less than 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 700_000 }),
        (kinds, h) => {
          const achievements = kinds.map((big) => ({
            kind: big ? 'laboratory_accreditation' : 'measurement_management_certification',
            obtainedOn: '2024-03-03',
          }));
          const history =
            h > 0 ? [{ policyId: 'test-city', ruleId: 'small', amountYuan: h, obtainedOn: '2024-01-01' }] : [];
          const r = evaluate(achievements, 'testcity', ON, { history });
          const max = kinds.some(Boolean) ? 500_000 : 100_000;
          expect(totalYuan(r)).toBe(Math.max(0, max - h));
          expect(r.awards.length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('first_filed (最先申报)', () => {
  const policy = syntheticPolicy({
    rules: [
      fixedRule('big', 'laboratory_accreditation', 500_000),
      fixedRule('small', 'measurement_management_certification', 100_000),
    ],
    stacking: [{ type: 'first_filed', id: 'ff', clause: 'F', quote: 'F' }],
  });
  const { evaluate } = evaluatorFor(policy);
  const small = { kind: 'measurement_management_certification', obtainedOn: '2024-01-01' };
  const big = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' };
  it('the first-filed claim of a project is paid even when a later one is larger', () => {
    const r = evaluate(
      [
        { ...small, projectId: 'p1', filedOn: '2024-02-01' },
        { ...big, projectId: 'p1', filedOn: '2024-02-02' },
      ],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ small: 100_000 });
    expect(refused(r)).toEqual({ big: 'stacking_first_filed' });
  });
  it('different projects both pay', () => {
    const r = evaluate(
      [
        { ...small, projectId: 'p1', filedOn: '2024-02-01' },
        { ...big, projectId: 'p2', filedOn: '2024-02-02' },
      ],
      'testcity',
      ON,
    );
    expect(totalYuan(r)).toBe(600_000);
  });
  it('without filing dates, or with a tie, the claims are undetermined', () => {
    const missing = evaluate(
      [
        { ...small, projectId: 'p1' },
        { ...big, projectId: 'p1', filedOn: '2024-02-02' },
      ],
      'testcity',
      ON,
    );
    expect(missing.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['small', ['filedOn']],
      ['big', ['filedOn']],
    ]);
    const tie = evaluate(
      [
        { ...small, projectId: 'p1', filedOn: '2024-02-02' },
        { ...big, projectId: 'p1', filedOn: '2024-02-02' },
      ],
      'testcity',
      ON,
    );
    expect(tie.undetermined.map((u) => u.code)).toEqual(['first_filed_undecided', 'first_filed_undecided']);
    expect(totalYuan(tie)).toBe(0);
  });
  it('a project already paid (history) gets nothing more', () => {
    const r = evaluate({ ...big, projectId: 'p1', filedOn: '2024-05-01' }, 'testcity', ON, {
      history: [
        { policyId: 'test-city', ruleId: 'small', amountYuan: 100_000, obtainedOn: '2024-01-01', projectId: 'p1' },
      ],
    });
    expect(refused(r)).toEqual({ big: 'stacking_first_filed' });
  });
});

describe('cumulative_cap (累计不超过)', () => {
  const policy = syntheticPolicy({
    rules: [
      {
        ...fixedRule('each', 'essential_drug_listing', 0),
        amount: { type: 'per_item', yuanEach: 100_000, unit: { zh: '每个产品', en: 'per product' } },
      },
      {
        ...fixedRule('pct', 'industrialized_product_sales', 0),
        amount: { type: 'percentage', numerator: 5, denominator: 100, of: 'annualSalesRevenue' },
      },
    ],
    stacking: [
      {
        type: 'cumulative_cap',
        id: 'cap-ever',
        clause: 'C1',
        quote: 'C1',
        rules: ['each'],
        capYuan: 500_000,
        period: { type: 'ever' },
      },
      {
        type: 'cumulative_cap',
        id: 'cap-3y',
        clause: 'C2',
        quote: 'C2',
        rules: ['pct'],
        capYuan: 500_000,
        period: { type: 'years_from_first', years: 3 },
      },
    ],
  });
  const { evaluate } = evaluatorFor(policy);
  it('six products at 10万 each are cut to the 50万 cap', () => {
    const r = evaluate({ kind: 'essential_drug_listing', count: 6, obtainedOn: '2024-01-01' }, 'testcity', ON);
    expect(paid(r)).toEqual({ each: 500_000 });
    expect(r.awards[0]?.adjustments[0]).toMatchObject({ code: 'cap_reached', clause: 'C1' });
  });
  it('history counts: 40万 already paid leaves 10万; 50万 leaves nothing', () => {
    const h = (yuan: number) => ({
      history: [{ policyId: 'test-city', ruleId: 'each', amountYuan: yuan, obtainedOn: '2021-01-01' }],
    });
    expect(
      totalYuan(
        evaluate({ kind: 'essential_drug_listing', count: 2, obtainedOn: '2024-01-01' }, 'testcity', ON, h(400_000)),
      ),
    ).toBe(100_000);
    const none = evaluate({ kind: 'essential_drug_listing', obtainedOn: '2024-01-01' }, 'testcity', ON, h(500_000));
    expect(refused(none)).toEqual({ each: 'cap_reached' });
  });
  it('a rolling three-year period starts at the first counted claim; a new period starts after it', () => {
    const history = [{ policyId: 'test-city', ruleId: 'pct', amountYuan: 500_000, obtainedOn: '2021-03-01' }];
    const inside = evaluate(
      { kind: 'industrialized_product_sales', annualSalesRevenue: 1_000_000, obtainedOn: '2024-02-29' },
      'testcity',
      ON,
      { history },
    );
    expect(refused(inside)).toEqual({ pct: 'cap_reached' });
    const after = evaluate(
      { kind: 'industrialized_product_sales', annualSalesRevenue: 1_000_000, obtainedOn: '2024-03-01' },
      'testcity',
      ON,
      { history },
    );
    expect(paid(after)).toEqual({ pct: 50_000 });
  });
  it('property: what is paid never exceeds the room left under the cap, and fills it when claims suffice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 6 }),
        (counts, paidBefore) => {
          const history =
            paidBefore > 0
              ? [{ policyId: 'test-city', ruleId: 'each', amountYuan: paidBefore * 100_000, obtainedOn: '2020-06-01' }]
              : [];
          const r = evaluate(
            counts.map((count) => ({ kind: 'essential_drug_listing', count, obtainedOn: '2024-01-01' })),
            'testcity',
            ON,
            { history },
          );
          const room = Math.max(0, 500_000 - paidBefore * 100_000);
          const asked = counts.reduce((s, c) => s + c * 100_000, 0);
          expect(totalYuan(r)).toBe(Math.min(room, asked));
        },
      ),
    );
  });
});

describe('highest_only with additiveRules (每项)', () => {
  const policy = syntheticPolicy({
    rules: [
      fixedRule('big', 'laboratory_accreditation', 300_000),
      {
        ...fixedRule('each', 'geographical_indication', 0),
        amount: { type: 'per_item', yuanEach: 200_000, unit: { zh: '每项', en: 'per item' } },
      },
    ],
    stacking: [
      {
        type: 'highest_only',
        id: 'pool',
        clause: 'S',
        quote: 'S',
        rules: ['big', 'each'],
        scope: 'same_year',
        additiveRules: ['each'],
      },
    ],
  });
  const { evaluate } = evaluatorFor(policy);
  const gi = { kind: 'geographical_indication', obtainedOn: '2024-02-01' };
  const lab = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' };
  it('items of an additive rule add up, however they are entered', () => {
    expect(totalYuan(evaluate([lab, { ...gi, count: 2 }], 'testcity', ON))).toBe(400_000);
    expect(totalYuan(evaluate([lab, gi, gi], 'testcity', ON))).toBe(400_000);
    expect(paid(evaluate([lab, gi], 'testcity', ON))).toEqual({ big: 300_000 });
  });
  it('history in the scope is deducted from the winning bundle', () => {
    const history = [{ policyId: 'test-city', ruleId: 'big', amountYuan: 300_000, obtainedOn: '2024-01-01' }];
    expect(totalYuan(evaluate([gi, gi], 'testcity', ON, { history }))).toBe(100_000);
  });
});

describe('obtained_within reaching back before the policy start', () => {
  const rule = (reachesBeforePolicyStart: boolean) =>
    fixedRule('green', 'green_product_certification', 100_000, {
      conditions: [{ type: 'obtained_within', from: '2018-01-01', to: '2021-12-31', reachesBeforePolicyStart }],
    });
  it('the clause window replaces the policy-wide start only where the data says so', () => {
    const a = { kind: 'green_product_certification', obtainedOn: '2019-06-01' };
    expect(refused(evaluatorFor(syntheticPolicy({ rules: [rule(false)] })).evaluate(a, 'testcity', ON))).toEqual({
      green: 'achievement_before_policy',
    });
    expect(paid(evaluatorFor(syntheticPolicy({ rules: [rule(true)] })).evaluate(a, 'testcity', ON))).toEqual({
      green: 100_000,
    });
    const before = { kind: 'green_product_certification', obtainedOn: '2017-12-31' };
    expect(refused(evaluatorFor(syntheticPolicy({ rules: [rule(true)] })).evaluate(before, 'testcity', ON))).toEqual({
      green: 'outside_rule_window',
    });
  });
});

describe('review fixes', () => {
  it('additiveRules: a later item with the earlier one in history pays its own amount, not nothing', () => {
    const policy = syntheticPolicy({
      rules: [
        {
          ...fixedRule('each', 'geographical_indication', 0),
          amount: { type: 'per_item', yuanEach: 200_000, unit: { zh: '每项', en: 'per item' } },
        },
        fixedRule('big', 'laboratory_accreditation', 300_000),
      ],
      stacking: [
        {
          type: 'highest_only',
          id: 'pool',
          clause: 'S',
          quote: 'S',
          rules: ['each', 'big'],
          scope: 'same_year',
          additiveRules: ['each'],
        },
      ],
    });
    const { evaluate } = evaluatorFor(policy);
    const history = [{ policyId: 'test-city', ruleId: 'each', amountYuan: 200_000, obtainedOn: '2024-01-10' }];
    const gi = { kind: 'geographical_indication', obtainedOn: '2024-03-01' };
    expect(totalYuan(evaluate(gi, 'testcity', ON, { history }))).toBe(200_000);
    // two items already exceed the 30万 rule, so with one paid the next item is paid in full
    expect(
      totalYuan(
        evaluate([gi, { kind: 'laboratory_accreditation', obtainedOn: '2024-02-01' }], 'testcity', ON, { history }),
      ),
    ).toBe(200_000);
  });

  describe('first_filed with a first-filed claim that has no amount yet', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('ranked', 'standard_drafting', 300_000, { conditions: [{ type: 'rank_between', min: 1, max: 1 }] }),
        fixedRule('pilot', 'standardization_pilot', 200_000),
        {
          ...fixedRule('case', 'key_project', 0),
          amount: { type: 'not_computable', reason: 'case_by_case', note: { zh: '一事一议', en: 'case by case' } },
        },
      ],
      stacking: [{ type: 'first_filed', id: 'ff', clause: 'F', quote: 'F' }],
    });
    const { evaluate } = evaluatorFor(policy);
    const pilot = { kind: 'standardization_pilot', obtainedOn: '2024-01-01', projectId: 'P', filedOn: '2024-03-01' };
    it('an undetermined first-filed claim leaves the later one undecided, and the award is flagged provisional', () => {
      const r = evaluate(
        [{ kind: 'standard_drafting', obtainedOn: '2024-01-01', projectId: 'P', filedOn: '2024-02-01' }, pilot],
        'testcity',
        ON,
      );
      expect(totalYuan(r)).toBe(0);
      expect(r.undetermined.map((u) => [u.ruleId, u.code, u.missingFacts])).toEqual([
        ['ranked', 'missing_fact', ['rank']],
        ['pilot', 'first_filed_undecided', ['rank']],
      ]);
    });
    it('a first-filed claim decided case by case is the one executed: the later one stops', () => {
      const r = evaluate(
        [{ kind: 'key_project', obtainedOn: '2024-01-01', projectId: 'P', filedOn: '2024-02-01' }, pilot],
        'testcity',
        ON,
      );
      expect(refused(r)).toEqual({ pilot: 'stacking_first_filed' });
      expect(r.notComputable.map((n) => n.ruleId)).toEqual(['case']);
    });
  });

  it('a computed payment sharing a pool with an undetermined reward is flagged provisional', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('big', 'laboratory_accreditation', 500_000, {
          match: { kind: 'laboratory_accreditation', cycle: 'initial' },
        }),
        fixedRule('small', 'measurement_management_certification', 100_000),
      ],
      stacking: [{ type: 'highest_only', id: 'pool', clause: 'S', quote: 'S', rules: ['big', 'small'], scope: 'ever' }],
    });
    const r = evaluatorFor(policy).evaluate(
      [
        { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' },
        { kind: 'measurement_management_certification', obtainedOn: '2024-01-01' },
      ],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ small: 100_000 });
    expect(r.warnings.filter((w) => w.code === 'provisional').map((w) => w.clause)).toEqual(['S']);
  });

  it('history under another policy id is named in a warning, so a mistyped id is noticed', () => {
    const { evaluate } = evaluatorFor(syntheticPolicy({ rules: [fixedRule('lab', 'laboratory_accreditation', 1)] }));
    const history = [{ policyId: 'test-cty', ruleId: 'lab', amountYuan: 1, obtainedOn: '2024-01-01' }];
    const r = evaluate({ kind: 'laboratory_accreditation', obtainedOn: '2024-02-01' }, 'testcity', ON, { history });
    expect(r.warnings.find((w) => w.code === 'history_not_counted')?.message.en).toContain('test-cty');
  });

  it('any_of ignores branches meant for another kind of recipient', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('lab', 'laboratory_accreditation', 100_000, {
          conditions: [
            {
              type: 'any_of',
              conditions: [
                { type: 'located_in', fact: 'registeredIn', region: '990100', onlyFor: 'organization' },
                { type: 'located_in', fact: 'employedIn', region: '990100', onlyFor: 'individual' },
              ],
            },
          ],
        }),
      ],
    });
    const r = evaluatorFor(policy).evaluate(
      {
        kind: 'laboratory_accreditation',
        obtainedOn: '2024-01-01',
        recipient: { type: 'organization', registeredIn: '110000' },
      },
      'testcity',
      ON,
    );
    expect(refused(r)).toEqual({ lab: 'ineligible_recipient' });
  });
});
