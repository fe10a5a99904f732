import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { achievementFor, obtainedArb } from '../support/arbitraries.js';
import { orderDifference } from '../support/portfolioOrder.js';

/**
 * The order in which a caller lists a portfolio decides nothing: two achievements under any two rules
 * of a policy, obtained the same day (the tie that input order could break), pay the same both ways.
 * `npm run fuzz` goes through every pair of rules of every policy; here a sample keeps `npm test` fast.
 */
describe.each(api.library.policies.map((p) => [p.id, p] as const))('%s', (_id, policy) => {
  it('two achievements obtained the same day pay the same in either order', () => {
    const pair = fc
      .tuple(
        fc.constantFrom(...policy.rules),
        fc.constantFrom(...policy.rules),
        obtainedArb(policy),
        fc.integer({ min: 0, max: 400 }),
      )
      .chain(([ra, rb, day, later]) =>
        fc.tuple(
          achievementFor(policy, ra, fc.constant(day)),
          achievementFor(policy, rb, fc.constant(day)),
          fc.constant(later),
        ),
      );
    fc.assert(
      fc.property(pair, ([a, b, later]) => {
        const date = addDays(a.obtainedOn as string, later);
        expect(
          orderDifference(
            api,
            policy,
            [
              { ...a, id: 'A' },
              { ...b, id: 'B' },
            ],
            date,
          ),
        ).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
