import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { compiledLibrary } from '../../src/engine/compile/compiledLibrary.js';
import { compilePolicy } from '../../src/engine/compile/compiledPolicy.js';
import { compileRule } from '../../src/engine/compile/compiledRule.js';
import { idSet } from '../../src/engine/compile/idSet.js';
import { defineLibrary, type Library } from '../../src/engine/library.js';
import { policiesOfJurisdiction } from '../../src/engine/resolveJurisdiction.js';
import type { Policy, PolicyInput, Reading } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * The compile step: what it works out once per library, policy and rule, and that it is worked out once
 * (the same object on every call), so that no call pays for it again.
 */

const reading = (id: string): Reading => ({
  id,
  question: { zh: id, en: id },
  literal: id,
  chosen: { zh: id, en: id },
  basis: { zh: id, en: id },
});
const libraryOf = (...policies: PolicyInput[]): Library =>
  defineLibrary({ kinds: vocabulary, policies }) as unknown as Library;
const policyOf = (input: PolicyInput): Policy => libraryOf(input).policies[0] as Policy;

describe('compiled library: built once per library, its lookups', () => {
  const library = libraryOf(syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] }));
  it('asked twice for one library → the same compiled library, and the same compiled policy', () => {
    const compiled = compiledLibrary(library);
    expect(compiledLibrary(library)).toBe(compiled);
    const policy = library.policies[0] as Policy;
    expect(compiled.compiled(policy)).toBe(compiled.compiled(policy));
  });
  it('a jurisdiction whose names repeat its code → its policy is listed once under that code', () => {
    const repeated = libraryOf(
      syntheticPolicy({
        jurisdiction: { code: '990100', slug: 'testcity', names: ['测试市', '990100', '测试市'], nameEn: 'Test City' },
        rules: [fixedRule('a', 'key_project', 1)],
      }),
    );
    expect(policiesOfJurisdiction(repeated, '990100')).toHaveLength(1);
    expect(policiesOfJurisdiction(repeated, '测试市')).toHaveLength(1);
  });
  it('two policies of one jurisdiction → both under its code, slug and name, in the library’s order', () => {
    const two = libraryOf(syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] }), {
      ...syntheticPolicy({ rules: [fixedRule('b', 'key_project', 1)] }),
      id: 'test-city-2',
    });
    for (const query of ['990100', 'testcity', '测试市']) {
      expect(policiesOfJurisdiction(two, query).map((p) => p.id)).toEqual(['test-city', 'test-city-2']);
    }
    expect([...(compiledLibrary(two).ruleIdsOfPolicy.get('test-city-2') ?? [])]).toEqual(['b']);
  });
  it('the subtypes of each kind: a kind with subtypes lists them, a kind without lists none', () => {
    const { subtypesOfKind } = compiledLibrary(library);
    for (const kind of vocabulary) {
      expect([...(subtypesOfKind.get(kind.kind) ?? [])]).toEqual(
        ((kind as { subtypes?: readonly { subtype: string }[] }).subtypes ?? []).map((s) => s.subtype),
      );
    }
  });
});

describe('compiled policy: rules by kind and level, stacking in the order settled, the parts every result shares', () => {
  const national = fixedRule('national', 'standard_drafting', 3, {
    match: { kind: 'standard_drafting', level: 'national' },
  });
  const anyLevel = fixedRule('any', 'standard_drafting', 1);
  const provincial = fixedRule('provincial', 'standard_drafting', 2, {
    match: { kind: 'standard_drafting', level: ['provincial', 'national'] },
  });
  const policy = policyOf(
    syntheticPolicy({
      rules: [national, anyLevel, provincial, fixedRule('other', 'key_project', 4)],
      stacking: [
        {
          type: 'cumulative_cap',
          id: 'cap',
          rules: ['national'],
          capYuan: 5,
          period: { type: 'ever' },
          clause: 'c',
          quote: 'c',
        },
        {
          type: 'highest_only',
          id: 'hi',
          rules: ['national', 'provincial'],
          scope: 'same_project',
          clause: 'h',
          quote: 'h',
        },
      ],
    } as Partial<PolicyInput> & { rules: PolicyInput['rules'] }),
  );
  // Compiled inside each test, not while the file is collected: a mutant that throws must fail a test.
  const compiled = () => compilePolicy(policy);
  const ids = (rules: readonly { rule: { id: string } }[] | undefined) => rules?.map((r) => r.rule.id);
  it('a level named by some rule → the rules naming it and the rules naming no level, in the policy order', () => {
    expect(ids(compiled().rulesByKindAndLevel.get('standard_drafting\u0000national'))).toEqual([
      'national',
      'any',
      'provincial',
    ]);
    expect(ids(compiled().rulesByKindAndLevel.get('standard_drafting\u0000provincial'))).toEqual(['any', 'provincial']);
    expect(ids(compiled().rulesByKindAnyLevel.get('standard_drafting'))).toEqual(['any']);
    expect(ids(compiled().rulesByKind.get('key_project'))).toEqual(['other']);
  });
  it('stacking rules listed cap first → settled 就高 first, then the cap', () => {
    expect(compiled().stacking.map((s) => s.type)).toEqual(['highest_only', 'cumulative_cap']);
  });
  it('the jurisdiction of every result: code, slug, the first name and the English name', () => {
    expect(compiled().jurisdiction).toEqual({ code: '990100', slug: 'testcity', name: '测试市', nameEn: 'Test City' });
    expect(Object.isFrozen(compiled().jurisdiction)).toBe(true);
  });
  it('the summary and its window are frozen, and every rule id is known', () => {
    const { summary, ruleIds } = compiled();
    expect(Object.isFrozen(summary)).toBe(true);
    expect(Object.isFrozen(summary.window)).toBe(true);
    expect([...ruleIds]).toEqual(['national', 'any', 'provincial', 'other']);
  });
  it('the warning of one reading is built once: the same object each time it is asked for', () => {
    const r = reading('r');
    const { warningOf } = compiled();
    expect(warningOf(r)).toBe(warningOf(r));
    expect(warningOf(r).code).toBe('uncertain_reading');
  });
});

describe('compiled rule: the readings its lines rely on, its timing, its fixed amount', () => {
  const timing = reading('timing');
  const own = reading('own');
  const amount = reading('amount');
  const condition = reading('condition');
  const eligibility = reading('eligibility');
  const policy = policyOf(
    syntheticPolicy({
      achievementTiming: { startDayCounts: true, reading: timing },
      eligibility: [{ type: 'located_in', fact: 'registeredIn', region: '990100', reading: eligibility }],
      rules: [
        fixedRule('a', 'key_project', 100, {
          readings: [own],
          amount: { type: 'fixed', yuan: 100, reading: amount },
          conditions: [
            {
              type: 'fact_is',
              fact: 'filedWithAuthority',
              value: true,
              failure: 'prerequisite_not_met',
              reading: condition,
            },
          ],
        }),
        fixedRule('b', 'key_project', 5, {
          amount: { type: 'fixed', yuan: 5, upTo: true },
          conditions: [{ type: 'obtained_within', from: '2019-01-01', to: null, reachesBeforePolicyStart: true }],
        }),
        fixedRule('c', 'key_project', 0, {
          amount: { type: 'not_computable', reason: 'case_by_case', note: { zh: '另定', en: 'decided case by case' } },
          conditions: [{ type: 'obtained_within', from: '2019-01-01', to: null }],
        }),
      ],
    } as Partial<PolicyInput> & { rules: PolicyInput['rules'] }),
  );
  // Compiled inside each test, not while the file is collected: a mutant that throws must fail a test.
  const rules = () => policy.rules.map((rule) => compileRule(policy, rule));
  const idsOf = (list: readonly Reading[] | undefined) => list?.map((r) => r.id);
  it('the rule reading and the amount reading → readings; with the eligibility and condition readings → line readings', () => {
    const [a] = rules();
    expect(idsOf(a?.readings)).toEqual(['own', 'amount']);
    expect(idsOf(a?.lineReadings)).toEqual(['own', 'amount', 'eligibility', 'condition']);
    expect(a?.conditions.map((x) => x.type)).toEqual(['located_in', 'fact_is']);
  });
  it('the policy’s achievement-timing reading goes with a line stopped by that timing', () => {
    const [a, b] = rules();
    expect(idsOf(a?.timingReadings)).toEqual(['own', 'amount', 'timing']);
    expect(idsOf(b?.timingReadings)).toEqual(['timing']);
  });
  it('a rule whose own window reaches before the policy start → reachesBeforeStart; a window that does not say so → not', () => {
    const [a, b, c] = rules();
    expect(b?.reachesBeforeStart).toBe(true);
    expect(c?.reachesBeforeStart).toBe(false);
    expect(a?.reachesBeforeStart).toBe(false);
  });
  it('最高 on the amount → upTo; a fixed amount without it, or one left to another procedure → not', () => {
    const [a, b, c] = rules();
    expect([a?.upTo, b?.upTo, c?.upTo]).toEqual([false, true, false]);
  });
  it('a fixed amount is reckoned once, frozen with its calculation; an amount left to another procedure is not', () => {
    const [a, , c] = rules();
    expect(a?.fixed?.reckoned).toMatchObject({ status: 'ok', fen: 10_000 });
    expect(a?.fixed?.clauseAmount.fen).toBe(10_000);
    expect(Object.isFrozen(a?.fixed?.reckoned)).toBe(true);
    expect(Object.isFrozen(a?.fixed?.reckoned.calculation)).toBe(true);
    expect(c?.fixed).toBeUndefined();
    expect(c?.readings).toEqual([]);
  });
  it('the citation of every line: rule id, clause, quote and title, frozen', () => {
    const [a] = rules();
    expect(a?.citation).toEqual({ ruleId: 'a', clause: 'a', quote: 'a', title: { zh: 'a', en: 'a' } });
    expect(Object.isFrozen(a?.citation)).toBe(true);
  });
  it('upper limits for the whole policy → every rule is upTo', () => {
    const limited = policyOf(
      syntheticPolicy({ upperLimits: { clause: 'u', quote: 'u' }, rules: [fixedRule('a', 'key_project', 1)] }),
    );
    expect(compileRule(limited, limited.rules[0]!).upTo).toBe(true);
  });
});

describe('idSet: the ids of a list in the data, as a set built once per list', () => {
  it('no list → the empty set; a list → its ids; the same list twice → the same set', () => {
    expect(idSet(undefined).size).toBe(0);
    const list = Object.freeze(['a', 'b', 'a']);
    expect([...idSet(list)]).toEqual(['a', 'b']);
    expect(idSet(list)).toBe(idSet(list));
  });
});
