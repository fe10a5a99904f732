import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evaluate, library } from '../../src/index.js';
import { resultViolations } from '../support/invariants.js';
import { validCallArb } from '../support/arbitraries.js';
import { checkedCall } from '../support/checkedCall.js';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

describe.each(library.policies.map((p) => [p.id, p] as const))(
  '%s: every result of a valid portfolio',
  (_id, policy) => {
    it('total = sum of awards ≥ 0 in whole 分; no award above its clause; caps, 就高 and 最先申报 hold; frozen', () => {
      fc.assert(
        fc.property(validCallArb(policy), (call) => {
          const result = evaluate(call.achievements as never, policy.jurisdiction.code, call.date, call.options);
          expect(resultViolations(result, checkedCall(policy, call))).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });
  },
);
