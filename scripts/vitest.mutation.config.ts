import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The suite as Stryker runs it against each mutant: everything but the fuzz run, whose thousands of
 * generated inputs reach every file and would be rerun for every mutant without killing more.
 */
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, 'test/fuzz/**', '.stryker-tmp/**'] },
});
