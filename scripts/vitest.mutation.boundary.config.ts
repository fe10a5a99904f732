import { defineConfig, mergeConfig } from 'vitest/config';
import mutation from './vitest.mutation.config.js';

/**
 * The mutation suite narrowed to the tests of the boundary (schemas, errors, argument parsing) and of the policy model: for a
 * mutation run of src/schema, src/errors and src/api. A mutant in these files is reached by nearly every
 * test, so the whole suite would be rerun for each survivor; this subset makes the run an hour shorter.
 * Its score is a lower bound: a mutant it leaves alive may still be killed by a test outside it.
 */
export default mergeConfig(
  mutation,
  defineConfig({
    test: {
      include: [
        'test/api/**/*.test.ts',
        'test/errors/**/*.test.ts',
        'test/schema/**/*.test.ts',
        'test/contract/**/*.test.ts',
        'test/bad-input.test.ts',
        'test/compare.test.ts',
        'test/evaluate-request.test.ts',
        'test/history-references.test.ts',
        'test/policy-calendar.test.ts',
        'test/one-off.test.ts',
        'test/readme-example.test.ts',
        'test/engine/define-library.test.ts',
        'test/engine/bundled-library.test.ts',
        'test/engine/cumulative-cap.test.ts',
        'test/engine/money-boundaries.test.ts',
        'test/engine/window-and-jurisdiction.test.ts',
        'test/engine/frozen-results.test.ts',
        'test/explain/format-result.test.ts',
        'test/zhengzhou-2019.readings-switched.test.ts',
        // The policy model is validated by these: the bundled policies, the primitives' own policies, a
        // recipient's legal form, the readings a policy records.
        'test/bundled-policies.test.ts',
        'test/engine/primitives.test.ts',
        'test/engine/condition-details.test.ts',
        'test/engine/switch-readings.test.ts',
        'test/minhang-2022.recipient.test.ts',
      ],
    },
  }),
);
