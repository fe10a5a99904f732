import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';

/**
 * The suite as Stryker runs it against each mutant: the unit, policy and error tests. Left out: the
 * fuzz run and the property tests, whose thousands of generated inputs reach every file and would be
 * rerun for every mutant (each mutant must be killed by a test named for the behaviour it breaks), and
 * the tests that build, pack or spawn, which do not run the mutated sources.
 *
 * `isolate: false` keeps modules loaded between test files: Stryker switches mutants at run time (static
 * mutants are ignored), so reloading the policies for every file would only cost time.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        '.stryker-tmp/**',
        'test/fuzz/**',
        'test/properties/**',
        'test/packed-package.test.ts',
        'test/cli/**',
        'test/smoke/**',
      ],
      isolate: false,
    },
  }),
);
