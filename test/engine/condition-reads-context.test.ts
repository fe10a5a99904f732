import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { checkCondition, type ConditionContext, readsContext } from '../../src/engine/checkCondition.js';
import { compileRule } from '../../src/engine/compile/compiledRule.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import type { HistoryEntry } from '../../src/schema/options.js';
import { conditionSchema, type ConditionInput } from '../../src/schema/policy.js';
import { policyAchievementArb } from '../support/arbitraries.js';

/*
 * Which conditions read their context (the rule, the policy, history): only 首次, alone or as a branch of
 * 任一. The gate builds a context only for rules with such a condition, so every other condition must
 * come out the same whatever context it is given.
 */

const condition = (c: ConditionInput) => conditionSchema.parse(c);
const FIRST_TIME: ConditionInput = { type: 'first_time' };
const RANK: ConditionInput = { type: 'rank_between', min: 1, max: 3 };

describe('readsContext: 首次 reads history, the other conditions only the achievement', () => {
  it('首次 → reads it; 排名 → does not', () => {
    expect(readsContext(condition(FIRST_TIME))).toBe(true);
    expect(readsContext(condition(RANK))).toBe(false);
  });
  it('任一 with a 首次 branch → reads it; 任一 of ranks and places → does not', () => {
    expect(readsContext(condition({ type: 'any_of', conditions: [RANK, FIRST_TIME] }))).toBe(true);
    expect(
      readsContext(
        condition({
          type: 'any_of',
          conditions: [RANK, { type: 'located_in', fact: 'registeredIn', region: '350100' }],
        }),
      ),
    ).toBe(false);
  });
  it('a compiled rule with a 首次 condition → its conditions read the context; without → not', () => {
    const withFirst = library.policies.flatMap((p) =>
      p.rules.map((r) => ({ p, r, reads: compileRule(p, r).conditionsReadContext })),
    );
    const hasFirst = (x: (typeof withFirst)[number]) =>
      [...(x.p.eligibility ?? []), ...(x.r.conditions ?? [])].some(readsContext);
    expect(withFirst.some((x) => x.reads)).toBe(true);
    expect(withFirst.some((x) => !x.reads)).toBe(true);
    for (const x of withFirst) expect(x.reads).toBe(hasFirst(x));
  });

  it('property: every bundled condition that does not read the context → the same outcome under any context', () => {
    const empty: ConditionContext = { policyId: '', ruleId: '', history: [] };
    for (const policy of library.policies) {
      const conditions = policy.rules.flatMap((r) =>
        [...(policy.eligibility ?? []), ...(r.conditions ?? [])].map((c) => ({ c, ruleId: r.id })),
      );
      const paid = (ruleId: string): HistoryEntry =>
        ({ policyId: policy.id, ruleId, amountFen: 100, obtainedOn: '2024-01-01' }) as HistoryEntry;
      fc.assert(
        fc.property(fc.constantFrom(...conditions), policyAchievementArb(policy), ({ c, ruleId }, input) => {
          const achievement = anyKindAchievementSchema.parse(input);
          const real = { policyId: policy.id, ruleId, history: [paid(ruleId)] };
          const outcome = checkCondition(c, achievement, real);
          if (readsContext(c)) return;
          expect(checkCondition(c, achievement, empty)).toEqual(outcome);
        }),
        { numRuns: 150 },
      );
    }
  });
});
