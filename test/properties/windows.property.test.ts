import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { plusDays as addCalendarDays } from '../support/calendarSteps.js';
import { evaluate, library } from '../../src/index.js';
import { achievementFor, baseOptions, lastDayOf, startOf } from '../support/arbitraries.js';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Every window behaves at its four days: the day before the first day and the day after the last pay
 * nothing (`policy_not_in_force`); the first and last days are in force. An achievement obtained the
 * day before the start is not rewarded; one obtained on the first day is, where the text counts it.
 */
describe.each(library.policies.map((p) => [p.id, p] as const))('%s', (_id, policy) => {
  const start = startOf(policy);
  const last = lastDayOf(policy);
  const ruleArb = fc.constantFrom(...policy.rules);
  const run = (a: object, date: string) =>
    evaluate(a as never, policy.jurisdiction.code, date, baseOptions(policy) as never);

  it('the day before the first day: not in force, nothing paid', () => {
    fc.assert(
      fc.property(
        ruleArb.chain((r) => achievementFor(policy, r, fc.constant(addCalendarDays(start, -1)))),
        (a) => {
          const r = run(a, addCalendarDays(start, -1));
          expect(r.inForce).toBe(false);
          expect(r.awards).toEqual([]);
          expect(r.notPaid.every((n) => n.code === 'policy_not_in_force' || n.code === 'no_rule_for_achievement')).toBe(
            true,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the first day: in force; an achievement of the day before is not rewarded, unless its clause reaches back', () => {
    fc.assert(
      fc.property(
        ruleArb.chain((r) => achievementFor(policy, r, fc.constant(addCalendarDays(start, -1)))),
        (a) => {
          const r = run(a, start);
          expect(r.inForce).toBe(true);
          const reachesBack = (ruleId: string) =>
            policy.rules
              .find((x) => x.id === ruleId)
              ?.conditions?.some((c) => c.type === 'obtained_within' && c.reachesBeforePolicyStart);
          expect(r.awards.filter((w) => !reachesBack(w.ruleId))).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the first day: an achievement obtained that day is not refused as obtained before the policy', () => {
    fc.assert(
      fc.property(
        ruleArb.chain((r) => achievementFor(policy, r, fc.constant(start))),
        (a) => {
          const r = run(a, start);
          const refusedAsEarly = r.notPaid.some((n) => n.code === 'achievement_before_policy');
          expect(refusedAsEarly).toBe(!policy.achievementTiming.startDayCounts);
        },
      ),
      { numRuns: 25 },
    );
  });

  if (last === null) {
    it('an open window: still in force ten years on', () => {
      fc.assert(
        fc.property(
          ruleArb.chain((r) => achievementFor(policy, r, fc.constant(start))),
          (a) => {
            expect(run(a, addCalendarDays(start, 3653)).inForce).toBe(true);
          },
        ),
        { numRuns: 10 },
      );
    });
  } else {
    it('the last day in force and the day after', () => {
      fc.assert(
        fc.property(
          ruleArb.chain((r) => achievementFor(policy, r, fc.constant(start))),
          (a) => {
            expect(run(a, last).inForce).toBe(true);
            const after = run(a, addCalendarDays(last, 1));
            expect(after.inForce).toBe(false);
            expect(after.awards).toEqual([]);
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});
