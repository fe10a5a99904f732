/**
 * The taizhou-2023 policy on its own, validated at build time and frozen: import it from
 * `quality-rewards/policies/taizhou-2023` and evaluate with `createEvaluator(bundledLibrary({ kinds: vocabulary,
 * policies: [policy] }))`, so a page for one place ships only its policy.
 */
import { bundledPolicy } from '../../src/engine/bundledLibrary.js';
import { taizhou2023 as data } from '../taizhou-2023.js';

/** The taizhou-2023 policy, frozen. */
export const taizhou2023 = /* @__PURE__ */ bundledPolicy(data);
/** The same policy, under a name every per-policy entry shares. */
export const policy = taizhou2023;
export default taizhou2023;
