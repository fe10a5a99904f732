import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOnceAgainstHistory, paidRuleIds, paidUnderOnceGroup } from '../../src/engine/once/paidOnce.js';
import type { Achievement } from '../../src/schema/achievement.js';
import type { HistoryEntry } from '../../src/schema/options.js';
import type { Once, Rule } from '../../src/schema/policy.js';

/*
 * The shortcut of the once check: the rules this policy's payments were made under, worked out once per
 * call; a rule none of whose once group is among them has nothing paid before, so the check passes and
 * history decides nothing, exactly as the walk through history says.
 */

const ruleOf = (id: string, sameAs?: string[]) =>
  Object.freeze({ id, once: { per: 'matter', quote: '一次性', ...(sameAs ? { sameAs } : {}) } }) as unknown as Rule & {
    once: Once;
  };

const entry = (policyId: string, ruleId: string): HistoryEntry => ({ policyId, ruleId, amountFen: 100 });

const entryArb = fc.record(
  {
    policyId: fc.constantFrom('p', 'other'),
    ruleId: fc.constantFrom('r', 's', 't', ''),
    amountFen: fc.constant(100),
    projectId: fc.constantFrom('m1', 'm2'),
  },
  { requiredKeys: ['policyId', 'ruleId', 'amountFen'] },
) as fc.Arbitrary<HistoryEntry>;

describe('paidRuleIds: the rules this policy paid under, as history records them', () => {
  it('the rule ids of the entries under the policy, each once; entries under other policies left out', () => {
    const history = [entry('p', 'r'), entry('other', 's'), entry('p', 't'), entry('p', 'r')];
    expect([...paidRuleIds(history, 'p')]).toEqual(['r', 't']);
    expect([...paidRuleIds(history, 'other')]).toEqual(['s']);
    expect(paidRuleIds([], 'p').size).toBe(0);
  });
});

describe('paidUnderOnceGroup: whether anything was paid under the rule or its sameAs rules', () => {
  it('paid under the rule itself, or under a sameAs rule → true; under another rule only → false', () => {
    const paid = paidRuleIds([entry('p', 's')], 'p');
    expect(paidUnderOnceGroup(ruleOf('s'), paid)).toBe(true);
    expect(paidUnderOnceGroup(ruleOf('r', ['t', 's']), paid)).toBe(true);
    expect(paidUnderOnceGroup(ruleOf('r'), paid)).toBe(false);
    expect(paidUnderOnceGroup(ruleOf('r', ['t']), paid)).toBe(false);
  });

  it('property: false exactly when the walk through history finds nothing paid before (a pass history did not decide)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('r', 's'),
        fc.option(fc.subarray(['s', 't', 'u']), { nil: undefined }),
        fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
        fc.array(entryArb, { maxLength: 6 }),
        (id, sameAs, projectId, history) => {
          const rule = ruleOf(id, sameAs);
          const achievement = (projectId === undefined ? {} : { projectId }) as Achievement;
          const walked = checkOnceAgainstHistory(rule, achievement, { policyId: 'p', history });
          const notPaidBefore = walked.outcome.status === 'pass' && !walked.decided;
          expect(paidUnderOnceGroup(rule, paidRuleIds(history, 'p'))).toBe(!notPaidBefore);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
