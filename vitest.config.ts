import { defineConfig } from 'vitest/config';

// One setup file: every result any test produces is checked against the result schema.
export default defineConfig({
  test: { setupFiles: ['test/support/resultsMatchSchema.ts'] },
});
