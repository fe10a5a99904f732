import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as api from '../../src/index.js';
import type { Policy, Rule } from '../../src/schema/policy.js';
import { achievementFor, obtainedArb, startOf } from '../support/arbitraries.js';
import { achievementMeeting } from '../fuzz/everyPair.js';
import { orderDifference } from '../support/portfolioOrder.js';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The order in which a caller lists a portfolio decides nothing, even for two achievements obtained
 * the same day (the tie that input order could break): not the total, and not which rules pay how much. `npm run fuzz` goes through every pair of rules of every policy.
 *
 * These cases failed before ties were decided by a stated order (earliest obtained, larger amount, rule id):
 * - 深圳 市长质量奖 一/二/三等 (首次, sameAs each other) obtained the same day: the first listed wins,
 *   so the total was 200万, 100万 or 50万 depending on the order;
 * - 长乐 同年就高 between equal amounts, 闵行 就高 between two equal pilots: whichever was listed first was paid.
 */

/** Pairs of rules that meet each other: members of one stacking rule, or first-time rules named the same. */
function interactingPairs(policy: Policy): [Rule, Rule][] {
  const linked = (a: Rule, b: Rule) =>
    (policy.stacking ?? []).some((s) => 'rules' in s && s.rules.includes(a.id) && s.rules.includes(b.id)) ||
    [a, b].some((r) =>
      r.conditions?.some(
        (c) => c.type === 'first_time' && (r === a ? b : a).id !== r.id && c.sameAs?.includes((r === a ? b : a).id),
      ),
    ) ||
    a.id === b.id;
  return policy.rules.flatMap((a, i) =>
    policy.rules
      .slice(i)
      .filter((b) => linked(a, b))
      .map((b): [Rule, Rule] => [a, b]),
  );
}

const nextYear = (policy: Policy) => startOf(policy).replace(/^(\d{4})/, (y) => String(Number(y) + 1));

describe.each(api.library.policies.map((p) => [p.id, p] as const))('%s', (_id, policy) => {
  it('every pair of rules that meet (one stacking rule, one 首次): the same total in either order', () => {
    const day = nextYear(policy);
    const differences = interactingPairs(policy).flatMap(([ra, rb]) => {
      const pair = [
        { ...achievementMeeting(policy, ra, day), id: 'A' },
        { ...achievementMeeting(policy, rb, day), id: 'B' },
      ] as const;
      return orderDifference(api, policy, pair, day) ?? [];
    });
    expect(differences).toEqual([]);
  });

  it('any two achievements obtained the same day: the same rules pay the same amounts in either order', () => {
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
          fc.constant(addDays(day, later)),
        ),
      );
    fc.assert(
      fc.property(pair, ([a, b, date]) => {
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
