// @ts-check
/**
 * Mutation testing of the whole engine (`npm run mutation`). Not part of `npm test`: it takes long.
 * One worker, because the machines this runs on are small and shared; `perTest` coverage with vitest's
 * related-file filter runs only the tests that reach a mutant. `--incremental` reuses the last report.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: ['src/**/*.ts'],
  concurrency: 1,
  // Module-level constants are static mutants: every test would rerun for each of them.
  ignoreStatic: true,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
