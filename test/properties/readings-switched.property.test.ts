import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { library } from '../../policies/index.js';
import { evaluate } from '../../src/index.js';
import { switchReadings } from '../../src/engine/readings/switchReadings.js';
import { evaluationResultSchema } from '../../src/result/types.js';
import { policySchema, type PolicyInput } from '../../src/schema/policy.js';
import { readingsOf } from '../../src/schema/policyReadings.js';
import { validCallArb } from '../support/arbitraries.js';
import { evaluatorFor } from '../support/evaluatorFor.js';

vi.setConfig({ testTimeout: 120_000 });

/**
 * What-if by reading, over generated calls to every policy with switchable readings: naming readings
 * 'chosen' changes nothing; switching any set of them gives exactly what a library built from the
 * policy as the alternatives read it gives (so the per-set compile cache and the option path add
 * nothing of their own), and lists the readings switched.
 */
const policies = library.policies
  .map((policy) => ({ policy, switchable: [...readingsOf(policy).values()].filter((r) => r.alternativeData) }))
  .filter(({ switchable }) => switchable.length > 0);

describe('options.readings over generated calls', () => {
  it.each(policies.map((p) => [p.policy.id, p] as const))('%s', (_, { policy, switchable }) => {
    fc.assert(
      fc.property(validCallArb(policy, policy.rules, 3), fc.subarray(switchable, { minLength: 1 }), (call, chosen) => {
        const jurisdiction = policy.jurisdiction.code;
        const plain = evaluate(call.achievements as never, jurisdiction, call.date, call.options);
        const asChosen = evaluate(call.achievements as never, jurisdiction, call.date, {
          ...call.options,
          readings: Object.fromEntries(chosen.map((r) => [r.id, 'chosen' as const])),
        });
        expect(asChosen).toEqual(plain);

        const switched = evaluate(call.achievements as never, jurisdiction, call.date, {
          ...call.options,
          readings: Object.fromEntries(chosen.map((r) => [r.id, 'alternative' as const])),
        });
        evaluationResultSchema.parse(switched);
        expect(switched.readingsSwitched?.map((r) => r.id)).toEqual(chosen.map((r) => r.id).sort());
        const alternativePolicy = policySchema.parse(switchReadings(policy, chosen)) as PolicyInput;
        const direct = evaluatorFor(alternativePolicy).evaluate(
          call.achievements as never,
          jurisdiction,
          call.date,
          call.options,
        );
        const { readingsSwitched: _listed, ...rest } = switched;
        expect(rest).toEqual(direct);
      }),
      { numRuns: 40 },
    );
  });
});
