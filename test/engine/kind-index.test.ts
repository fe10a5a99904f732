import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { compilePolicy, kindAndLevel } from '../../src/engine/compile/compiledPolicy.js';
import type { CompiledRule } from '../../src/engine/compile/compiledRule.js';
import { rulesForKind } from '../../src/engine/phases/match.js';
import type { Achievement } from '../../src/schema/achievement.js';
import { levelSchema } from '../../src/schema/vocabulary.js';
import { vocabulary } from '../../policies/vocabulary.js';

/*
 * The kind index a call reads (kind, then level, with no key built per call) holds the same rules, in
 * the same order, as the kind + level lookups it stands beside.
 */

const ids = (rules: readonly CompiledRule[] | undefined) => rules?.map((r) => r.rule.id);
const KINDS = vocabulary.map((k) => k.kind);
const LEVELS = levelSchema.options;

describe('kind index: the rules of a kind, by level', () => {
  it('every bundled policy, every kind and level: the same rules as the kind + level lookups', () => {
    for (const policy of library.policies) {
      const compiled = compilePolicy(policy);
      for (const kind of KINDS) {
        const index = compiled.kindIndex.get(kind);
        expect(ids(index?.all)).toEqual(ids(compiled.rulesByKind.get(kind)));
        expect(ids(index?.anyLevel)).toEqual(ids(compiled.rulesByKindAnyLevel.get(kind)));
        for (const level of LEVELS) {
          expect(ids(index?.byLevel.get(level))).toEqual(
            ids(compiled.rulesByKindAndLevel.get(kindAndLevel(kind, level))),
          );
        }
      }
    }
  });

  it('长乐: a national standard → the rules naming the national level or none; no level → the whole kind; a kind no rule has → none', () => {
    const compiled = compilePolicy(library.policies.find((p) => p.id === 'changle-2020')!);
    const drafting = (level?: string) =>
      ({ kind: 'standard_drafting', obtainedOn: '2024-05-10', ...(level ? { level } : {}) }) as Achievement;
    const national = rulesForKind(compiled, drafting('national'));
    expect(national.length).toBeGreaterThan(0);
    expect(national.length).toBeLessThan(compiled.rulesByKind.get('standard_drafting')!.length);
    expect(ids(rulesForKind(compiled, drafting()))).toEqual(ids(compiled.rulesByKind.get('standard_drafting')));
    expect(rulesForKind(compiled, { kind: 'no_such_kind', obtainedOn: '2024-05-10' } as never)).toEqual([]);
  });

  it('property: a level no rule of the kind names → the rules of the kind that name no level', () => {
    for (const policy of library.policies) {
      const compiled = compilePolicy(policy);
      fc.assert(
        fc.property(fc.constantFrom(...KINDS), fc.constantFrom(...LEVELS), (kind, level) => {
          const named = compiled.rulesByKindAndLevel.has(kindAndLevel(kind, level));
          const found = ids(rulesForKind(compiled, { kind, level, obtainedOn: '2024-05-10' } as Achievement));
          if (!named) expect(found).toEqual(ids(compiled.rulesByKindAnyLevel.get(kind) ?? []));
          else expect(found).toEqual(ids(compiled.rulesByKindAndLevel.get(kindAndLevel(kind, level))));
        }),
        { numRuns: 100 },
      );
    }
  });
});
