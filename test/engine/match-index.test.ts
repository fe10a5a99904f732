import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { compilePolicy } from '../../src/engine/compile/compiledPolicy.js';
import type { CompiledRule } from '../../src/engine/compile/compiledRule.js';
import { matchRuleTo, rulesForKind } from '../../src/engine/phases/match.js';
import type { Achievement } from '../../src/schema/achievement.js';
import { levelSchema } from '../../src/schema/vocabulary.js';
import { policyAchievementArb } from '../support/arbitraries.js';

const LEVELS = levelSchema.options;

describe('phase 1, match: the rules looked at for an achievement are narrowed by its kind and level', () => {
  it('a national standard drafted in 长乐 looks only at the rules that name the national level or no level', () => {
    const compiled = compilePolicy(library.policies.find((p) => p.id === 'changle-2020')!);
    const drafting = { kind: 'standard_drafting', level: 'national', obtainedOn: '2024-05-10' } as Achievement;
    const narrowed = rulesForKind(compiled, drafting);
    expect(narrowed.length).toBeLessThan(compiled.rulesByKind.get('standard_drafting')!.length);
    for (const rule of narrowed) {
      const levels = rule.selectors.find((s) => s.fact === 'level')?.allowed;
      expect(levels === undefined || levels.includes('national')).toBe(true);
    }
  });

  it('property: every policy, every achievement, any level: the rules found about it are those of its whole kind', () => {
    for (const policy of library.policies) {
      const compiled = compilePolicy(policy);
      fc.assert(
        fc.property(policyAchievementArb(policy), fc.option(fc.constantFrom(...LEVELS)), (generated, level) => {
          const achievement = { ...generated, ...(level === null ? {} : { level }) } as Achievement;
          const about = (rules: readonly CompiledRule[]) =>
            rules.filter((rule) => matchRuleTo(rule, achievement).status !== 'no').map((rule) => rule.rule.id);
          const whole = compiled.rulesByKind.get(achievement.kind) ?? [];
          expect(about(rulesForKind(compiled, achievement))).toEqual(about(whole));
        }),
        { numRuns: 200 },
      );
    }
  });
});
