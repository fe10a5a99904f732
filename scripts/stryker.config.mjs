// @ts-check
/**
 * Mutation testing of the whole engine (`npm run mutation`). Not part of `npm test`: it takes long.
 * One worker, because the machines this runs on are small and shared; `perTest` coverage with vitest's
 * related-file filter runs only the tests that reach a mutant. `--incremental` reuses the last report;
 * with `--mutate <glob>` too, only that part is retested and the other files' results are kept from the
 * incremental file, so runs directory by directory accumulate (`npm run mutation:score` prints the table).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The calculator page's script is sent to the browser as its own source text (`Function#toString`):
  // instrumented, it would call Stryker's switch functions that do not exist in the page.
  mutate: ['src/**/*.ts', '!src/server/calculator/calculatorScript.ts'],
  concurrency: 1,
  // Module-level constants (limits, titles, descriptions) are static mutants: their code runs once, when the
  // module loads, so each would need every related test file run afresh with the mutant on. Measured that way
  // (`ignoreStatic: false`), they took 87-94% of the time of a trial on src/server and src/cli. They are left
  // out of the score and counted as ignored in the report. A "hybrid" one (also loaded inside a test, by a
  // lazy import) is still run, against the tests that loaded it.
  ignoreStatic: true,
  timeoutMS: 20_000,
  // Vitest strips types without checking them, so the sandbox needs no `// @ts-nocheck`; added, it would
  // also change the generated files a test compares with what `npm run schemas` writes.
  disableTypeChecks: false,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
