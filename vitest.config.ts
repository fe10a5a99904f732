import { configDefaults, defineConfig } from 'vitest/config';

// One setup file: every result any test produces is checked against the result schema.
export default defineConfig({
  // A mutation run's sandbox (.stryker-tmp) holds a copy of the tests: never run it with the suite.
  test: { setupFiles: ['test/support/resultsMatchSchema.ts'], exclude: [...configDefaults.exclude, '.stryker-tmp/**'] },
});
