import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { defineLibrary, PolicyDataError } from '../../src/engine/library.js';
import { type ConditionInput, type PolicyInput, policySchema } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/**
 * A policy names its rules by id: stacking members, `sameAs` of 首次 and 一次性, the rules a 追加 adds to.
 * `defineLibrary` rejects a policy whose ids repeat or whose references name no rule, naming the field.
 */
const define = (policy: PolicyInput) => defineLibrary({ kinds: vocabulary, policies: [policy] });
const rejected = (policy: PolicyInput) => {
  try {
    define(policy);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyDataError);
    return (error as PolicyDataError).message;
  }
  throw new Error('the policy was accepted');
};

const a = fixedRule('a', 'key_project', 1);
const b = fixedRule('b', 'key_project', 2);
const citation = { clause: '9', quote: '就高' };
const firstTime = (sameAs: string[]): ConditionInput => ({ type: 'first_time', sameAs });
type StackingInput = NonNullable<PolicyInput['stacking']>[number];
const withStacking = (stacking: StackingInput) => syntheticPolicy({ rules: [a, b], stacking: [stacking] });

describe('rule ids are unique within a policy', () => {
  it('a rule id used twice → named at the second rule', () => {
    expect(rejected(syntheticPolicy({ rules: [a, b, { ...b, amount: { type: 'fixed', yuan: 3 } }] }))).toBe(
      'policies[0].rules.2.id: duplicate rule id b',
    );
  });

  it('the same id three times → each repeat named', () => {
    expect(rejected(syntheticPolicy({ rules: [a, a, a] }))).toBe(
      'policies[0].rules.1.id: duplicate rule id a; policies[0].rules.2.id: duplicate rule id a',
    );
  });
});

describe('stacking names existing rules', () => {
  it('就高 (highest_only) over rules that exist, with additive rules that exist → accepted', () => {
    const policy = withStacking({
      type: 'highest_only',
      id: 'h',
      ...citation,
      rules: ['a', 'b'],
      scope: 'ever',
      additiveRules: ['b'],
    });
    expect(define(policy).policies[0]?.stacking?.[0]).toMatchObject({ rules: ['a', 'b'], additiveRules: ['b'] });
  });

  it('就高 naming a rule that does not exist → named at its place in rules', () => {
    const policy = withStacking({ type: 'highest_only', id: 'h', ...citation, rules: ['a', 'x'], scope: 'ever' });
    expect(rejected(policy)).toBe('policies[0].stacking.0.rules.1: unknown rule id x');
  });

  it('就高 with an additive rule that does not exist → named at its place in additiveRules', () => {
    const policy = withStacking({
      type: 'highest_only',
      id: 'h',
      ...citation,
      rules: ['a', 'b'],
      scope: 'same_year',
      additiveRules: ['y'],
    });
    expect(rejected(policy)).toBe('policies[0].stacking.0.additiveRules.0: unknown rule id y');
  });

  it('累计不超过 (cumulative_cap) naming a rule that does not exist → named at its place in rules', () => {
    const policy = withStacking({
      type: 'cumulative_cap',
      id: 'cap',
      ...citation,
      rules: ['z', 'a'],
      capYuan: 10,
      period: { type: 'ever' },
    });
    expect(rejected(policy)).toBe('policies[0].stacking.0.rules.0: unknown rule id z');
  });

  it('first_filed and duplicate_support name no rules → accepted', () => {
    const policy = syntheticPolicy({
      rules: [a, b],
      stacking: [
        { type: 'first_filed', id: 'f', ...citation },
        { type: 'duplicate_support', id: 'd', ...citation, region: '990100', settle: 'top_up' },
      ],
    });
    expect(define(policy).policies[0]?.stacking).toHaveLength(2);
  });

  it('the second stacking rule is named by its index', () => {
    const policy = syntheticPolicy({
      rules: [a, b],
      stacking: [
        { type: 'first_filed', id: 'f', ...citation },
        { type: 'highest_only', id: 'h', ...citation, rules: ['b', 'q'], scope: 'same_project' },
      ],
    });
    expect(rejected(policy)).toBe('policies[0].stacking.1.rules.1: unknown rule id q');
  });
});

describe('首次 (first_time) sameAs names existing rules, wherever the condition stands', () => {
  it('sameAs naming an existing rule → accepted', () => {
    const policy = syntheticPolicy({ rules: [a, { ...b, conditions: [firstTime(['a'])] }] });
    expect(define(policy).policies[0]?.rules[1]?.conditions).toEqual([firstTime(['a'])]);
  });

  it('a rule condition naming a missing rule → named at the rule, the condition and the place in sameAs', () => {
    const policy = syntheticPolicy({
      rules: [
        a,
        {
          ...b,
          conditions: [
            { type: 'fact_is', fact: 'firstTime', value: true, failure: 'excluded_by_clause' },
            firstTime(['a', 'gone']),
          ],
        },
      ],
    });
    expect(rejected(policy)).toBe('policies[0].rules.1.conditions.1.sameAs.1: unknown rule id gone');
  });

  it('inside 或 (any_of) → named at the member condition', () => {
    const anyOf: ConditionInput = {
      type: 'any_of',
      conditions: [
        { type: 'fact_at_least', fact: 'adoptingEnterprises', min: 10, failure: 'result_not_qualifying' },
        { type: 'first_time', sameAs: ['gone'] },
      ],
    };
    const policy = syntheticPolicy({ rules: [a, { ...b, conditions: [anyOf] }] });
    expect(rejected(policy)).toBe('policies[0].rules.1.conditions.0.conditions.1.sameAs.0: unknown rule id gone');
  });

  it('in the policy-wide eligibility → named at the eligibility condition', () => {
    const policy = syntheticPolicy({ rules: [a, b], eligibility: [firstTime(['b', 'gone'])] });
    expect(rejected(policy)).toBe('policies[0].eligibility.0.sameAs.1: unknown rule id gone');
  });
});

describe('一次性 (once) sameAs and 追加 (inAdditionTo) name existing rules', () => {
  it('references to existing rules → accepted', () => {
    const policy = syntheticPolicy({
      rules: [
        { ...a, once: { per: 'matter', quote: '一次性', sameAs: ['b'] } },
        { ...b, inAdditionTo: { rules: ['a'], quote: '追加' } },
      ],
    });
    expect(define(policy).policies[0]?.rules.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('once.sameAs naming a missing rule → named at the rule and its place in sameAs', () => {
    const policy = syntheticPolicy({
      rules: [a, { ...b, once: { per: 'matter', quote: '一次性', sameAs: ['a', 'gone'] } }],
    });
    expect(rejected(policy)).toBe('policies[0].rules.1.once.sameAs.1: unknown rule id gone');
  });

  it('inAdditionTo.rules naming a missing rule → named at the rule and its place in rules', () => {
    const policy = syntheticPolicy({ rules: [{ ...a, inAdditionTo: { rules: ['gone'], quote: '追加' } }, b] });
    expect(rejected(policy)).toBe('policies[0].rules.0.inAdditionTo.rules.0: unknown rule id gone');
  });

  it('several wrong references → every one named', () => {
    const policy = syntheticPolicy({
      rules: [
        { ...a, inAdditionTo: { rules: ['x'], quote: '追加' } },
        { ...b, once: { per: 'recipient', quote: '一次性', sameAs: ['y'] } },
      ],
    });
    expect(rejected(policy)).toBe(
      'policies[0].rules.0.inAdditionTo.rules.0: unknown rule id x; policies[0].rules.1.once.sameAs.0: unknown rule id y',
    );
  });
});

describe('policySchema read on its own reports the same, as custom issues at the field', () => {
  it('a repeated id and an unknown reference → two custom issues, each with its path and words', () => {
    const policy = syntheticPolicy({ rules: [a, { ...a, inAdditionTo: { rules: ['gone'], quote: '追加' } }] });
    expect(policySchema.safeParse(policy).error?.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['custom', ['rules', 1, 'id'], 'duplicate rule id a'],
      ['custom', ['rules', 1, 'inAdditionTo', 'rules', 0], 'unknown rule id gone'],
    ]);
  });
});
