import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';
import { FastFirstSequencer } from './fastFirstSequencer.js';

/**
 * The suite as Stryker runs it against each mutant: the unit, policy and error tests. Left out: the
 * fuzz run and the property tests, whose thousands of generated inputs reach every file and would be
 * rerun for every mutant (each mutant must be killed by a test named for the behaviour it breaks), and
 * the tests that pack or spawn (the packed package and fixtures, the example clients, `serve` in a child
 * process): a child process never has a mutant switched on, so they cannot kill one. Left out for time: the
 * README snippets' type check (it compiles, it evaluates nothing) and the calculator page in a browser
 * (its script is not mutated; a browser per mutant would cost seconds each), and the batch command on worker
 * threads (ten seconds; its workers load the sources without the mutant).
 *
 * `isolate: true` (vitest's default, stated because it matters here) loads the sources afresh for every test
 * file. Kept loaded (`isolate: false`), a module's top-level code and every value built once on first use (the
 * lazily built schemas, the compiled library, memo tables) would keep the form they took before the mutant was
 * switched on, and their mutants would survive whatever the tests check.
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
        'test/fixtures/packed-fixtures.test.ts',
        'test/server/clients.test.ts',
        'test/server/serve-command.test.ts',
        'test/readme-snippets.test.ts',
        'test/server/calculator-page.test.ts',
        'test/cli/batch-workers.test.ts',
        'test/smoke/**',
      ],
      isolate: true,
      sequence: { sequencer: FastFirstSequencer },
    },
  }),
);
