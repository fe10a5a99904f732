import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOnceAgainstHistory, onceGroup, onceGroupKey } from '../../src/engine/once/paidOnce.js';
import type { Achievement } from '../../src/schema/achievement.js';
import type { HistoryEntry } from '../../src/schema/options.js';
import type { Once, Rule } from '../../src/schema/policy.js';

/*
 * 一次性 against history, read in one pass: the same outcome as the rule states it, step by step (the
 * payments under these rules; per recipient the first; else the first for this matter; else missing
 * projectId if either side lacks one; else paid for another matter).
 */

const ruleOf = (per: Once['per'], sameAs?: string[]) =>
  Object.freeze({ id: 'r', once: { per, quote: '一次性', ...(sameAs ? { sameAs } : {}) } }) as unknown as Rule & {
    once: Once;
  };

/** The rule as stated, step by step, on lists. */
function stated(rule: Rule & { once: Once }, projectId: string | undefined, history: readonly HistoryEntry[]) {
  const group = onceGroup(rule);
  const paid = history.filter((h) => h.policyId === 'p' && group.has(h.ruleId));
  if (paid.length === 0) return { status: 'pass', decided: false, by: undefined };
  if (rule.once.per === 'recipient') return { status: 'fail', decided: true, by: paid[0] };
  const same = paid.find((h) => projectId !== undefined && h.projectId === projectId);
  if (same) return { status: 'fail', decided: true, by: same };
  if (projectId === undefined || paid.some((h) => h.projectId === undefined))
    return { status: 'missing', decided: true, by: undefined };
  return { status: 'pass', decided: true, by: undefined };
}

const entryArb = fc.record(
  {
    policyId: fc.constantFrom('p', 'other'),
    ruleId: fc.constantFrom('r', 's', 't'),
    amountFen: fc.constant(100),
    obtainedOn: fc.constantFrom('2023-01-01', '2023-06-01'),
    projectId: fc.constantFrom('m1', 'm2'),
  },
  { requiredKeys: ['policyId', 'ruleId', 'amountFen'] },
) as fc.Arbitrary<HistoryEntry>;

describe('一次性 against history, in one pass', () => {
  it('property: per matter or per recipient, with or without sameAs → the outcome the rule states', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Once['per']>('matter', 'recipient'),
        fc.boolean(),
        fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
        fc.array(entryArb, { maxLength: 5 }),
        (per, withSameAs, projectId, history) => {
          const rule = ruleOf(per, withSameAs ? ['s'] : undefined);
          const achievement = (projectId === undefined ? {} : { projectId }) as Achievement;
          const got = checkOnceAgainstHistory(rule, achievement, { policyId: 'p', history });
          const want = stated(rule, projectId, history);
          expect([got.outcome.status, got.decided]).toEqual([want.status, want.decided]);
          if (want.by) expect(got.outcome).toMatchObject({ code: 'already_paid' });
          if (want.by && got.outcome.status === 'fail') expect(got.outcome.detail.en).toContain(want.by.ruleId);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('no payment under the rule → a pass history did not decide; a payment for another matter → a pass it did', () => {
    const rule = ruleOf('matter');
    const other = { policyId: 'p', ruleId: 'r', amountFen: 1, projectId: 'm2' } as HistoryEntry;
    const m1 = { projectId: 'm1' } as Achievement;
    expect(checkOnceAgainstHistory(rule, m1, { policyId: 'p', history: [] })).toEqual({
      outcome: { status: 'pass' },
      decided: false,
    });
    expect(checkOnceAgainstHistory(rule, m1, { policyId: 'p', history: [other] })).toEqual({
      outcome: { status: 'pass' },
      decided: true,
    });
    expect(checkOnceAgainstHistory(rule, {} as Achievement, { policyId: 'p', history: [other] })).toEqual({
      outcome: { status: 'missing', facts: ['projectId'] },
      decided: true,
    });
  });
});

describe('onceGroupKey: the rules paid as one reward, as one key', () => {
  it('a rule with sameAs → its id and theirs, sorted, joined; asked again → the same string', () => {
    const rule = Object.freeze({
      id: 'b',
      once: { per: 'matter', quote: 'q', sameAs: ['c', 'a'] },
    }) as unknown as Rule & {
      once: Once;
    };
    expect(onceGroupKey(rule)).toBe('a|b|c');
    expect(onceGroupKey(ruleOf('matter'))).toBe('r');
  });
});
