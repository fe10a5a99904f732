import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { switchedReading, switchReadings } from '../../src/engine/readings/switchReadings.js';
import { type Policy, policySchema, type Reading } from '../../src/schema/policy.js';
import { readingsOf } from '../../src/schema/policyReadings.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** The reading-change primitives (`alternativeData`), on a made-up policy: applied generically by `switchReadings`. */
const reading = (id: string, alternativeData: Reading['alternativeData']): Reading => ({
  id,
  question: { zh: '问', en: 'q' },
  literal: id,
  chosen: { zh: '本库', en: 'library' },
  alternative: { zh: '另一', en: 'other' },
  ...(alternativeData ? { alternativeData } : {}),
  basis: { zh: '据', en: 'basis' },
});

const FIGURE = reading('t.figure', [{ type: 'amount_yuan', yuan: 10 }]);
const VALUES = reading('t.values', [{ type: 'fact_in_values', values: ['approved'] }]);
const MIN = reading('t.min', [{ type: 'fact_at_least_min', min: 2 }]);
const CAP = reading('t.cap', [{ type: 'cap_amount', stacking: 't.cap-rule', capYuan: 150 }]);
const TEXT_ONLY = reading('t.text', undefined);

const input = syntheticPolicy({
  rules: [
    fixedRule('fixed', 'laboratory_accreditation', 100, { amount: { type: 'fixed', yuan: 100, reading: FIGURE } }),
    fixedRule('each', 'key_project', 0, {
      amount: { type: 'per_item', yuanEach: 100, unit: { zh: '项', en: 'item' }, reading: FIGURE },
    }),
    fixedRule('yearly', 'standardization_body_secretariat', 0, {
      amount: { type: 'per_year', yuanPerYear: 100, years: 2, reading: FIGURE },
    }),
    fixedRule('staged', 'standardization_pilot', 100, {
      conditions: [
        { type: 'fact_in', fact: 'stage', values: ['accepted'], failure: 'prerequisite_not_met', reading: VALUES },
      ],
    }),
    fixedRule('held', 'enterprise_standard_leader', 100, {
      conditions: [
        {
          type: 'fact_at_least',
          fact: 'consecutiveYearsHeld',
          min: 1,
          failure: 'prerequisite_not_met',
          reading: MIN,
        },
      ],
      readings: [CAP, TEXT_ONLY],
    }),
  ],
  stacking: [
    {
      type: 'cumulative_cap',
      id: 't.cap-rule',
      clause: 'cap',
      quote: 'cap',
      rules: ['held'],
      capYuan: 100,
      period: { type: 'ever' },
    },
  ],
});
const policy: Policy = policySchema.parse(input);

describe('readingsOf: every reading of a policy, wherever it is recorded', () => {
  it('finds readings on amounts, conditions and rules, once per id', () => {
    expect([...readingsOf(policy).keys()].sort()).toEqual(['t.cap', 't.figure', 't.min', 't.text', 't.values']);
  });
});

describe('switchReadings: the reading-change primitives', () => {
  it('match_values: the rules that list the reading match the fact on other values, or on any (null)', () => {
    const SELECT = reading('t.select', [{ type: 'match_values', fact: 'level', values: ['national', 'provincial'] }]);
    const ANY = reading('t.any', [{ type: 'match_values', fact: 'level', values: null }]);
    const ruled = policySchema.parse(
      syntheticPolicy({
        rules: [
          fixedRule('one', 'laboratory_accreditation', 1, {
            match: { kind: 'laboratory_accreditation', level: 'national' },
            readings: [SELECT],
          }),
          fixedRule('two', 'laboratory_accreditation', 1, {
            match: { kind: 'laboratory_accreditation', level: 'national' },
            readings: [ANY],
          }),
        ],
      }),
    );
    const p = switchReadings(ruled, [SELECT, ANY]);
    expect(p.rules.map((r) => r.match)).toEqual([
      { kind: 'laboratory_accreditation', level: ['national', 'provincial'] },
      { kind: 'laboratory_accreditation' },
    ]);
    expect(switchReadings(ruled, [ANY]).rules[0]?.match).toEqual({
      kind: 'laboratory_accreditation',
      level: 'national',
    });
  });
  const rule = (p: Policy, id: string) => p.rules.find((r) => r.id === id);
  it('amount_yuan: the figure of every amount that records the reading (fixed yuan, per_item yuanEach, per_year yuanPerYear)', () => {
    const p = switchReadings(policy, [FIGURE]);
    expect(rule(p, 'fixed')?.amount).toMatchObject({ type: 'fixed', yuan: 10 });
    expect(rule(p, 'each')?.amount).toMatchObject({ type: 'per_item', yuanEach: 10 });
    expect(rule(p, 'yearly')?.amount).toMatchObject({ type: 'per_year', yuanPerYear: 10 });
  });
  it('fact_in_values and fact_at_least_min: the conditions that record the reading', () => {
    const p = switchReadings(policy, [VALUES, MIN]);
    expect(rule(p, 'staged')?.conditions?.[0]).toMatchObject({ type: 'fact_in', values: ['approved'] });
    expect(rule(p, 'held')?.conditions?.[0]).toMatchObject({ type: 'fact_at_least', min: 2 });
  });
  it('once_per: the once that records the reading counts per recipient', () => {
    const PER = reading('t.per', [{ type: 'once_per', per: 'recipient' }]);
    const once = policySchema.parse(
      syntheticPolicy({
        rules: [
          fixedRule('once', 'laboratory_accreditation', 1, { once: { per: 'matter', quote: '一次性', reading: PER } }),
        ],
      }),
    );
    expect(switchReadings(once, [PER]).rules[0]?.once).toMatchObject({ per: 'recipient', quote: '一次性' });
    expect(once.rules[0]?.once?.per).toBe('matter');
  });
  it('cap_amount: the named cumulative cap', () => {
    expect(switchReadings(policy, [CAP]).stacking?.[0]).toMatchObject({ type: 'cumulative_cap', capYuan: 150 });
  });
  it('only the readings switched change anything; the policy passed is not changed', () => {
    const before = JSON.stringify(policy);
    const p = switchReadings(policy, [VALUES]);
    expect(rule(p, 'fixed')?.amount).toMatchObject({ yuan: 100 });
    expect(rule(p, 'held')?.conditions?.[0]).toMatchObject({ min: 1 });
    expect(JSON.stringify(policy)).toBe(before);
  });
  it('a switched reading is recorded with the alternative as the reading used, and its data dropped', () => {
    expect(switchedReading(FIGURE)).toEqual({
      id: 't.figure',
      question: FIGURE.question,
      literal: 't.figure',
      chosen: { zh: '另一', en: 'other' },
      alternative: { zh: '本库', en: 'library' },
      basis: FIGURE.basis,
    });
    const p = switchReadings(policy, [FIGURE]);
    expect(rule(p, 'fixed')?.amount).toMatchObject({ reading: { chosen: { zh: '另一', en: 'other' } } });
    expect(policySchema.safeParse(p).success).toBe(true);
  });
});

describe('options.readings on the made-up policy', () => {
  const { evaluate } = evaluatorFor(input);
  const run = (kind: string, facts: object, readings?: Record<string, 'alternative'>) =>
    evaluate({ kind, obtainedOn: '2024-05-10', ...facts } as never, 'testcity', '2024-06-01', readings && { readings });
  it('amount_yuan → the switched figure is paid', () => {
    expect(paid(run('laboratory_accreditation', {}, { 't.figure': 'alternative' }))).toEqual({ fixed: 10 });
    expect(paid(run('laboratory_accreditation', {}))).toEqual({ fixed: 100 });
  });
  it('fact_in_values / fact_at_least_min → the condition decides by the switched values', () => {
    expect(refused(run('standardization_pilot', { stage: 'approved' }))).toEqual({ staged: 'prerequisite_not_met' });
    expect(paid(run('standardization_pilot', { stage: 'approved' }, { 't.values': 'alternative' }))).toEqual({
      staged: 100,
    });
    expect(paid(run('enterprise_standard_leader', { consecutiveYearsHeld: 1 }))).toEqual({ held: 100 });
    expect(refused(run('enterprise_standard_leader', { consecutiveYearsHeld: 1 }, { 't.min': 'alternative' }))).toEqual(
      {
        held: 'prerequisite_not_met',
      },
    );
  });
  it('the same switched set is compiled once: two calls give equal results', () => {
    const one = run('laboratory_accreditation', {}, { 't.figure': 'alternative' });
    expect(run('laboratory_accreditation', {}, { 't.figure': 'alternative' })).toEqual(one);
  });
});

describe('the bundled policies: every alternativeData changes the data, and comes with the alternative in words', () => {
  const cases = library.policies.flatMap((p) =>
    [...readingsOf(p).values()].filter((r) => r.alternativeData).map((r) => [`${p.id} ${r.id}`, p, r] as const),
  );
  it('there are switchable readings', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  it.each(cases)('%s', (_, p, r) => {
    expect(r.alternative).toBeDefined();
    // The policy as the alternative reads it is still a valid policy.
    expect(policySchema.safeParse(switchReadings(p, [r])).success).toBe(true);
    // Each change alone must change the policy beyond the reading's own record.
    for (const change of r.alternativeData ?? []) {
      const once = { ...r, alternativeData: [change] as NonNullable<Reading['alternativeData']> };
      const textOnly = { ...r, alternativeData: [{ type: 'cap_amount', stacking: '-', capYuan: 0 }] } as Reading;
      expect(JSON.stringify(switchReadings(p, [once]))).not.toBe(JSON.stringify(switchReadings(p, [textOnly])));
    }
  });
});

describe('switchReadings: each change reaches only the shape it names', () => {
  // One reading with every kind of change, recorded on an amount, two conditions and a once: each place
  // takes only its own change, and no other key appears.
  const EVERY = reading('t.every', [
    { type: 'amount_yuan', yuan: 10 },
    { type: 'fact_in_values', values: ['approved'] },
    { type: 'fact_at_least_min', min: 2 },
    { type: 'once_per', per: 'recipient' },
    { type: 'cap_amount', stacking: 't.every-cap', capYuan: 150 },
  ]);
  const mixed = policySchema.parse(
    syntheticPolicy({
      rules: [
        fixedRule('fixed', 'laboratory_accreditation', 100, {
          amount: { type: 'fixed', yuan: 100, reading: EVERY },
          once: { per: 'matter', quote: '一次性', reading: EVERY },
        }),
        fixedRule('conditioned', 'standardization_pilot', 100, {
          conditions: [
            { type: 'fact_in', fact: 'stage', values: ['accepted'], failure: 'prerequisite_not_met', reading: EVERY },
            { type: 'fact_at_least', fact: 'count', min: 1, failure: 'prerequisite_not_met', reading: EVERY },
          ],
        }),
        fixedRule('plain', 'key_project', 100),
      ],
      stacking: [
        {
          type: 'cumulative_cap',
          id: 't.every-cap',
          clause: 'c',
          quote: 'c',
          rules: ['fixed'],
          capYuan: 100,
          period: { type: 'ever' },
        },
        {
          type: 'cumulative_cap',
          id: 't.other-cap',
          clause: 'c',
          quote: 'c',
          rules: ['plain'],
          capYuan: 100,
          period: { type: 'ever' },
        },
      ],
    }),
  );
  // Switched inside each test, so that the run of each test is what reaches the code.
  const switchMixed = () => switchReadings(mixed, [EVERY]);
  const switched = switchedReading(EVERY);
  it('the amount takes the figure only', () => {
    expect(switchMixed().rules[0]?.amount).toStrictEqual({ type: 'fixed', yuan: 10, reading: switched });
  });
  it('the once takes the per only', () => {
    expect(switchMixed().rules[0]?.once).toStrictEqual({ per: 'recipient', quote: '一次性', reading: switched });
  });
  it('the fact_in condition takes the values only; the fact_at_least condition the min only', () => {
    expect(switchMixed().rules[1]?.conditions).toStrictEqual([
      { type: 'fact_in', fact: 'stage', values: ['approved'], failure: 'prerequisite_not_met', reading: switched },
      { type: 'fact_at_least', fact: 'count', min: 2, failure: 'prerequisite_not_met', reading: switched },
    ]);
  });
  it('the cap named by cap_amount takes the new cap; another cap and the rules gain nothing', () => {
    const p = switchMixed();
    expect(p.stacking?.map((s) => ('capYuan' in s ? s.capYuan : undefined))).toEqual([150, 100]);
    expect(p.rules[2]).toStrictEqual(mixed.rules[2]);
    expect(Object.keys(p)).toEqual(Object.keys(mixed));
  });
  it('match_values with one value writes it as a single value, as the policy data does', () => {
    const ONE = reading('t.one', [{ type: 'match_values', fact: 'level', values: ['provincial'] }]);
    const ruled = policySchema.parse(
      syntheticPolicy({
        rules: [
          fixedRule('one', 'laboratory_accreditation', 1, {
            match: { kind: 'laboratory_accreditation', level: 'national' },
            readings: [ONE],
          }),
        ],
      }),
    );
    expect(switchReadings(ruled, [ONE]).rules[0]?.match).toStrictEqual({
      kind: 'laboratory_accreditation',
      level: 'provincial',
    });
  });
});
