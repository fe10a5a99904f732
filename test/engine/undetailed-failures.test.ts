import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { checkCondition, UNDETAILED } from '../../src/engine/checkCondition.js';
import { compilePolicy } from '../../src/engine/compile/compiledPolicy.js';
import { gate } from '../../src/engine/phases/gate.js';
import { windowStatus } from '../../src/engine/resolveWindow.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { conditionSchema } from '../../src/schema/policy.js';
import { policyAchievementArb } from '../support/arbitraries.js';

/*
 * A failure asked for without its words (the engine gates every alternative of a clause and words only
 * the failures it reports) fails the same way: same status, code and missing facts, only the detail left
 * out.
 */

const withoutDetail = (o: object) => ({ ...o, detail: undefined });

describe('checkCondition, undetailed', () => {
  it('第三(二)3(2)条 排名前三位, rank 5 → rank_not_eligible either way; the detail only when asked', () => {
    const lead = conditionSchema.parse({ type: 'rank_between', min: 1, max: 3 });
    const fifth = anyKindAchievementSchema.parse({ kind: 'standard_drafting', rank: 5, obtainedOn: '2024-05-10' });
    const ctx = { policyId: 'p', ruleId: 'r', history: [] };
    expect(checkCondition(lead, fifth, ctx, false)).toEqual({
      status: 'fail',
      code: 'rank_not_eligible',
      detail: UNDETAILED,
    });
    expect(checkCondition(lead, fifth, ctx)).toEqual({
      status: 'fail',
      code: 'rank_not_eligible',
      detail: { zh: '排名第5位，本条奖励排名1–3', en: 'rank 5; this clause rewards rank 1–3' },
    });
  });

  it('property: every bundled condition, generated achievements → the same outcome but for the detail', () => {
    let failures = 0;
    for (const policy of library.policies) {
      const conditions = policy.rules.flatMap((r) =>
        [...(policy.eligibility ?? []), ...(r.conditions ?? [])].map((c) => ({ c, ruleId: r.id })),
      );
      fc.assert(
        fc.property(fc.constantFrom(...conditions), policyAchievementArb(policy), ({ c, ruleId }, input) => {
          const achievement = anyKindAchievementSchema.parse(input);
          const ctx = { policyId: policy.id, ruleId, history: [] };
          const worded = checkCondition(c, achievement, ctx);
          const bare = checkCondition(c, achievement, ctx, false);
          expect(withoutDetail(bare)).toEqual(withoutDetail(worded));
          if (bare.status === 'fail') {
            failures += 1;
            expect(bare.detail).toBe(UNDETAILED);
          }
        }),
        { numRuns: 150 },
      );
    }
    expect(failures).toBeGreaterThan(0);
  });
});

describe('gate, undetailed', () => {
  it('property: every bundled rule, generated achievements → the same outcome but for the detail', () => {
    let failures = 0;
    for (const policy of library.policies) {
      const compiled = compilePolicy(policy);
      const rules = [...compiled.compiledRules.values()];
      const context = {
        policy: compiled,
        window: compiled.window,
        status: compiled.window.start === null ? windowStatus(compiled.window, '2024-06-01') : ('in_force' as const),
        history: [],
      };
      fc.assert(
        fc.property(fc.constantFrom(...rules), policyAchievementArb(policy), (rule, input) => {
          const achievement = anyKindAchievementSchema.parse(input);
          const worded = gate(rule, achievement, context);
          const bare = gate(rule, achievement, context, false);
          expect(withoutDetail(bare)).toEqual(withoutDetail(worded));
          if (bare.type === 'fail' && worded.type === 'fail') {
            failures += 1;
            expect(bare.detail).toBe(UNDETAILED);
          }
        }),
        { numRuns: 150 },
      );
    }
    expect(failures).toBeGreaterThan(0);
  });
});
