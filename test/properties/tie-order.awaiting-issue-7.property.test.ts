import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { achievementFor, obtainedArb } from '../support/arbitraries.js';
import { orderDifference } from '../support/portfolioOrder.js';

/**
 * Ties never depend on input order: when two achievements obtained the same day compete (就高 between
 * equal amounts, a cap that cuts one of them, 最先申报 on the same day), the same achievement wins
 * whichever comes first in the portfolio, not only the same total.
 *
 * Pending the fidelity work (issue 7: "ties never depend on input order"): 长乐's 同年就高 between two
 * equal amounts obtained the same day pays whichever is listed first.
 */
describe.each(api.library.policies.map((p) => [p.id, p] as const))('%s', (_id, policy) => {
  it('the same achievement is paid, under the same rule, in either order', () => {
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
            'awards',
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
