import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, library } from '../../src/index.js';
import { validCallArb } from '../support/arbitraries.js';
import { deeplyFrozen } from '../support/invariants.js';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

const policyArb = fc.constantFrom(...library.policies);

/** A valid call, with some dates given as `Date` instants somewhere in that day in China. */
const callArb = policyArb.chain((policy) =>
  fc
    .tuple(
      fc.constant(policy),
      validCallArb(policy, policy.rules, 4),
      fc.integer({ min: 0, max: 86_399_999 }),
      fc.boolean(),
    )
    .map(([p, call, msIntoDay, asInstant]) => {
      const instant = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`) + msIntoDay);
      const achievements = asInstant
        ? call.achievements.map((a) => ({ ...a, obtainedOn: instant(a.obtainedOn as string) }))
        : call.achievements;
      return { policy: p, achievements, date: asInstant ? instant(call.date) : call.date, options: call.options };
    }),
);

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Apia',
];
const hostZone = process.env.TZ;

afterEach(() => {
  if (hostZone === undefined) delete process.env.TZ;
  else process.env.TZ = hostZone;
});

describe('evaluate is a pure function of its arguments', () => {
  it('the same input twice gives the same result; the input is not changed; the result is deeply frozen', () => {
    fc.assert(
      fc.property(callArb, ({ policy, achievements, date, options }) => {
        const before = structuredClone({ achievements, date, options });
        const first = evaluate(achievements as never, policy.jurisdiction.code, date, options);
        const second = evaluate(achievements as never, policy.jurisdiction.code, date, options);
        expect(second).toEqual(first);
        expect({ achievements, date, options }).toEqual(before);
        expect(deeplyFrozen(first)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('no host time zone changes anything, whether dates come as strings or as Date instants', () => {
    fc.assert(
      fc.property(callArb, ({ policy, achievements, date, options }) => {
        process.env.TZ = 'UTC';
        const expected = JSON.stringify(evaluate(achievements as never, policy.jurisdiction.code, date, options));
        for (const zone of ZONES) {
          process.env.TZ = zone;
          expect(JSON.stringify(evaluate(achievements as never, policy.jurisdiction.code, date, options))).toBe(
            expected,
          );
        }
      }),
      { numRuns: 15 },
    );
  });
});
