import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evaluate, library } from '../../src/index.js';
import { resultViolations } from '../support/invariants.js';
import { validCallArb } from '../support/arbitraries.js';
import { checkedCall } from '../support/checkedCall.js';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Portfolios made only of a stacking rule's members, with history under them, so every run meets the
 * cap or the 就高 scope: the cap holds in every period for every accepted date, and a scope never pays
 * more than its highest member less what history paid.
 */
const cases = library.policies.flatMap((policy) =>
  // duplicate_support has no members: it weighs payments under other policies, tested clause by clause.
  (policy.stacking ?? []).flatMap((s) => {
    if (s.type === 'duplicate_support') return [];
    const members = s.type === 'first_filed' ? policy.rules : policy.rules.filter((r) => s.rules.includes(r.id));
    return [[`${policy.id} ${s.type} ${s.id}`, policy, members] as const];
  }),
);

describe.each(cases)('%s', (_name, policy, members) => {
  it('holds for every portfolio of its members, with or without history', () => {
    let adjusted = 0;
    fc.assert(
      fc.property(validCallArb(policy, members, 5), (call) => {
        const result = evaluate(call.achievements as never, policy.jurisdiction.code, call.date, call.options);
        expect(resultViolations(result, checkedCall(policy, call))).toEqual([]);
        const stacked = (code: string) =>
          code === 'cap_reached' || code.startsWith('stacking_') || code.startsWith('first_filed');
        if (result.awards.some((a) => a.adjustments.length > 0) || result.notPaid.some((n) => stacked(n.code)))
          adjusted += 1;
      }),
      { numRuns: 40 },
    );
    // The runs must reach the rule, or the property would hold vacuously.
    expect(adjusted).toBeGreaterThan(0);
  });
});
