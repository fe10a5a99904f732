// @ts-check
import base from './stryker.config.mjs';
/** `npm run mutation` narrowed to the boundary's tests (see scripts/vitest.mutation.boundary.config.ts). */
export default { ...base, vitest: { ...base.vitest, configFile: 'scripts/vitest.mutation.boundary.config.ts' } };
