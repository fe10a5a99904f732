import * as core from 'zod/v4/core';
import { en } from 'zod/v4/locales';

/**
 * Sets zod's messages to English where no locale is set yet — what classic zod does when it builds its
 * first schema. Importing the package used to build classic schemas, and so set it; now that they are
 * built on first use, this keeps a caller's parse with an exported `zod/mini` schema (and a policy data
 * error) worded as before. A locale the caller set (`z.config`) is left alone.
 */
export function englishByDefault(): void {
  if (!core.globalConfig.localeError) core.config(en());
}
