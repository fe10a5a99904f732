import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { vocabulary } from '../../policies/vocabulary.js';
import { compiledLibrary } from '../../src/engine/compile/compiledLibrary.js';
import { compilePolicy } from '../../src/engine/compile/compiledPolicy.js';
import { compileRule, type CompiledRule } from '../../src/engine/compile/compiledRule.js';
import type { Library } from '../../src/engine/library.js';
import type { Policy } from '../../src/schema/policy.js';

/*
 * A policy's rules are compiled a kind at a time, when a call first asks for the kind. Whatever order the
 * kinds are asked for in, and whether the lookups over every rule are read first, last or in between, each
 * rule is compiled once, to what compiling it alone gives, and every lookup holds the same rules in the
 * policy's order.
 */

const KINDS = vocabulary.map((k) => k.kind);
const ids = (rules: readonly CompiledRule[] | undefined) => rules?.map((r) => r.rule.id);

/** The rules of a kind as an eager compile had them: every rule of the kind, in the policy's order. */
const rulesOfKind = (policy: Policy, kind: string) => policy.rules.filter((r) => r.match.kind === kind);

describe('a policy compiled kind by kind, on need', () => {
  it('property: every policy, kinds asked in any order → each kind holds its rules, compiled as alone, once', () => {
    for (const policy of library.policies) {
      fc.assert(
        fc.property(fc.shuffledSubarray(KINDS), fc.boolean(), (asked, wholeFirst) => {
          const compiled = compilePolicy(policy);
          if (wholeFirst) void compiled.compiledRules;
          for (const kind of asked) {
            const index = compiled.kindRules(kind);
            const rules = rulesOfKind(policy, kind);
            if (rules.length === 0) {
              expect(index).toBeUndefined();
              continue;
            }
            expect(ids(index?.all)).toEqual(rules.map((r) => r.id));
            rules.forEach((rule, i) => {
              expect(index?.all[i]).toEqual(compileRule(policy, rule));
              // Asked again, or through the rule, or through the lookups over every rule: the same object.
              expect(compiled.kindRules(kind)?.all[i]).toBe(index?.all[i]);
              expect(compiled.compiledRule(rule)).toBe(index?.all[i]);
            });
          }
          for (const rule of policy.rules) expect(compiled.compiledRules.get(rule)).toBe(compiled.compiledRule(rule));
          expect([...compiled.compiledRules.keys()]).toEqual(policy.rules);
          for (const kind of asked) expect(compiled.kindIndex.get(kind)).toBe(compiled.kindRules(kind));
        }),
        { numRuns: 20 },
      );
    }
  });

  it('the lookups over every rule read after a few kinds were asked for → as read before any was', () => {
    for (const policy of library.policies) {
      const first = compilePolicy(policy);
      const later = compilePolicy(policy);
      for (const kind of KINDS.slice().reverse().slice(0, 7)) later.kindRules(kind);
      const shape = (c: ReturnType<typeof compilePolicy>) => ({
        byKind: [...c.rulesByKind].map(([kind, rules]) => [kind, ids(rules)]),
        byKindAndLevel: [...c.rulesByKindAndLevel].map(([key, rules]) => [key, ids(rules)]),
        anyLevel: [...c.rulesByKindAnyLevel].map(([kind, rules]) => [kind, ids(rules)]),
        kinds: [...c.kindIndex.keys()],
        ruleIds: [...c.ruleIds],
      });
      expect(shape(later)).toEqual(shape(first));
      expect(shape(first).kinds).toEqual([...new Set(policy.rules.map((r) => r.match.kind))]);
    }
  });

  it('a kind no rule of the policy is about → no rules, asked once or twice', () => {
    const compiled = compilePolicy(library.policies.find((p) => p.id === 'changle-2020')!);
    expect(compiled.kindRules('patent_award')).toBeUndefined();
    expect(compiled.kindRules('patent_award')).toBeUndefined();
    expect(compiled.kindIndex.has('patent_award')).toBe(false);
  });

  it('a rule of another policy → compiled on the spot against this policy, as compiling it alone gives', () => {
    const changle = library.policies.find((p) => p.id === 'changle-2020')!;
    const zhengzhou = library.policies.find((p) => p.id === 'zhengzhou-2019')!;
    const compiled = compilePolicy(changle);
    const stranger = zhengzhou.rules.find((r) => r.match.kind === 'patent_award')!;
    expect(compiled.compiledRule(stranger)).toEqual(compileRule(changle, stranger));
    expect(compiled.compiledRules.has(stranger)).toBe(false);
  });
});

describe('a library compiled on need', () => {
  it('the rule ids of every policy, built when first read → each policy’s ids in its order, the same map read twice', () => {
    const compiled = compiledLibrary(library as unknown as Library);
    const ruleIds = compiled.ruleIdsOfPolicy;
    expect(compiled.ruleIdsOfPolicy).toBe(ruleIds);
    for (const policy of library.policies)
      expect([...(ruleIds.get(policy.id) ?? [])]).toEqual(policy.rules.map((r) => r.id));
  });
});
