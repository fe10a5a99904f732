/**
 * The minhang-2022 policy on its own, validated at build time and frozen: import it from
 * `quality-rewards/policies/minhang-2022` and evaluate with `createEvaluator(bundledLibrary({ kinds: vocabulary,
 * policies: [policy] }))`, so a page for one place ships only its policy.
 */
import { bundledPolicy } from '../../src/engine/bundledLibrary.js';
import { minhang2022 as data } from '../minhang-2022.js';

/** The minhang-2022 policy, frozen. */
export const minhang2022 = /* @__PURE__ */ bundledPolicy(data);
/** The same policy, under a name every per-policy entry shares. */
export const policy = minhang2022;
export default minhang2022;
