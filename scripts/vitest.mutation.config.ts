import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The suite as Stryker runs it against each mutant: everything but the fuzz run and the property
 * tests, whose thousands of generated inputs reach every file and would be rerun for every mutant
 * (each mutant must be killed by a test named for the behaviour it breaks).
 */
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, 'test/fuzz/**', 'test/properties/**', '.stryker-tmp/**'] },
});
