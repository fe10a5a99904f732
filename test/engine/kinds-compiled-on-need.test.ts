import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { vocabulary } from '../../policies/vocabulary.js';
import { compiledLibrary } from '../../src/engine/compile/compiledLibrary.js';
import { compilePolicy, compilePolicyForCalls } from '../../src/engine/compile/compiledPolicy.js';
import { compileRule, type CompiledRule } from '../../src/engine/compile/compiledRule.js';
import type { Library } from '../../src/engine/library.js';
import type { Policy, Rule } from '../../src/schema/policy.js';
import { levelSchema } from '../../src/schema/vocabulary.js';

/*
 * A policy's rules are compiled when a call first asks for them (the rules of a kind about a level).
 * Whatever order kinds and levels are asked for in, and whether the lookups over every rule are read
 * first, last or in between, each rule is compiled once, to what compiling it alone gives, and every
 * lookup holds the same rules in the policy's order.
 */

const KINDS = vocabulary.map((k) => k.kind);
const ids = (rules: readonly CompiledRule[] | undefined) => rules?.map((r) => r.rule.id);

/** The rules of a kind as an eager compile had them: every rule of the kind, in the policy's order. */
const rulesOfKind = (policy: Policy, kind: string) => policy.rules.filter((r) => r.match.kind === kind);
const levelsOf = (rule: Rule) => (rule.match.level === undefined ? undefined : [rule.match.level].flat());
/**
 * The rules of a kind about a level, as an eager compile narrowed them: those naming the level or none,
 * when some rule of the kind names it; otherwise those naming none; with no level, every rule of the kind.
 */
const rulesAboutLevel = (policy: Policy, kind: string, level: string | undefined) => {
  const rules = rulesOfKind(policy, kind);
  if (level === undefined) return rules;
  const named = rules.some((r) => levelsOf(r)?.includes(level as never));
  return rules.filter((r) => (named ? (levelsOf(r)?.includes(level as never) ?? true) : levelsOf(r) === undefined));
};
const LEVELS = levelSchema.options;

describe('a policy compiled on need', () => {
  it('property: every policy, kinds and levels asked in any order → the rules about each, compiled as alone, once', () => {
    for (const policy of library.policies) {
      const asked = fc.array(
        fc.tuple(fc.constantFrom(...KINDS), fc.option(fc.constantFrom(...LEVELS), { nil: undefined })),
      );
      fc.assert(
        fc.property(asked, fc.boolean(), (calls, wholeFirst) => {
          const compiled = compilePolicy(policy);
          if (wholeFirst) void compiled.compiledRules;
          for (const [kind, level] of calls) {
            const found = compiled.rulesAbout(kind, level);
            const rules = rulesAboutLevel(policy, kind, level);
            expect(found.map((r) => r.rule)).toEqual(rules);
            rules.forEach((rule, i) => {
              expect(found[i]).toEqual(compileRule(policy, rule));
              expect(compiled.compiledRule(rule)).toBe(found[i]);
            });
            // The same list when asked again, and the one the kind's index holds.
            expect(compiled.rulesAbout(kind, level)).toBe(found);
            const index = compiled.kindIndex.get(kind);
            const indexed = level === undefined ? index?.all : (index?.byLevel.get(level) ?? index?.anyLevel);
            if (rules.length > 0 || index !== undefined) expect(indexed).toBe(found);
          }
          for (const rule of policy.rules) expect(compiled.compiledRules.get(rule)).toBe(compiled.compiledRule(rule));
          expect([...compiled.compiledRules.keys()]).toEqual(policy.rules);
        }),
        { numRuns: 20 },
      );
    }
  });

  it('the lookups over every rule read after some rules were asked for → as read before any was', () => {
    for (const policy of library.policies) {
      const first = compilePolicy(policy);
      const later = compilePolicy(policy);
      for (const kind of KINDS.slice().reverse()) for (const level of LEVELS.slice(0, 3)) later.rulesAbout(kind, level);
      const shape = (c: ReturnType<typeof compilePolicy>) => ({
        byKind: [...c.rulesByKind].map(([kind, rules]) => [kind, ids(rules)]),
        byKindAndLevel: [...c.rulesByKindAndLevel].map(([key, rules]) => [key, ids(rules)]),
        anyLevel: [...c.rulesByKindAnyLevel].map(([kind, rules]) => [kind, ids(rules)]),
        kinds: [...c.kindIndex].map(([kind, index]) => [kind, ids(index.all), [...index.byLevel.keys()]]),
        ruleIds: [...c.ruleIds],
      });
      expect(shape(later)).toEqual(shape(first));
      expect(shape(first).kinds.map(([kind]) => kind)).toEqual([...new Set(policy.rules.map((r) => r.match.kind))]);
    }
  });

  it('a kind no rule of the policy is about → no rules, with or without a level, asked once or twice', () => {
    const compiled = compilePolicy(library.policies.find((p) => p.id === 'changle-2020')!);
    expect(compiled.rulesAbout('patent_award', undefined)).toEqual([]);
    expect(compiled.rulesAbout('patent_award', 'national')).toEqual([]);
    expect(compiled.rulesAbout('patent_award', 'national')).toEqual([]);
    expect(compiled.kindIndex.has('patent_award')).toBe(false);
  });

  it('长乐, a national standard drafted → only the two rules about national standards are compiled', () => {
    const changle = library.policies.find((p) => p.id === 'changle-2020')!;
    const compiled = compilePolicy(changle);
    expect(ids(compiled.rulesAbout('standard_drafting', 'national'))).toEqual([
      'drafting.national.lead',
      'drafting.national.participant',
    ]);
  });

  it('a rule of another policy → compiled against this policy, as compiling it alone gives; not among the policy’s own', () => {
    const changle = library.policies.find((p) => p.id === 'changle-2020')!;
    const zhengzhou = library.policies.find((p) => p.id === 'zhengzhou-2019')!;
    const compiled = compilePolicy(changle);
    const stranger = zhengzhou.rules.find((r) => r.match.kind === 'patent_award')!;
    expect(compiled.compiledRule(stranger)).toEqual(compileRule(changle, stranger));
    expect(compiled.compiledRules.has(stranger)).toBe(false);
  });
});

describe('a policy compiled for calls (what the library keeps)', () => {
  it('every policy, kind and level → the same rules as the policy compiled with its lookups; frozen, with no lookups over every rule', () => {
    for (const policy of library.policies) {
      const forCalls = compilePolicyForCalls(policy);
      const whole = compilePolicy(policy);
      expect(Object.isFrozen(forCalls)).toBe(true);
      for (const key of [
        'rulesByKind',
        'rulesByKindAndLevel',
        'rulesByKindAnyLevel',
        'kindIndex',
        'compiledRules',
        'ruleIds',
      ]) {
        expect(key in forCalls).toBe(false);
      }
      for (const kind of KINDS) {
        for (const level of [undefined, ...LEVELS]) {
          expect(ids(forCalls.rulesAbout(kind, level))).toEqual(ids(whole.rulesAbout(kind, level)));
        }
      }
      expect(forCalls.summary).toEqual(whole.summary);
      expect(forCalls.stacking).toEqual(whole.stacking);
    }
  });

  it('the library compiles its policies for calls', () => {
    const policy = library.policies[0]!;
    expect('kindIndex' in compiledLibrary(library as unknown as Library).compiled(policy)).toBe(false);
  });
});

describe('a library compiled on need', () => {
  it('the rule ids of every policy → each policy’s ids in its order, the same map read twice', () => {
    const compiled = compiledLibrary(library as unknown as Library);
    const ruleIds = compiled.ruleIdsOfPolicy;
    expect(compiled.ruleIdsOfPolicy).toBe(ruleIds);
    for (const policy of library.policies)
      expect([...(ruleIds.get(policy.id) ?? [])]).toEqual(policy.rules.map((r) => r.id));
  });
});
