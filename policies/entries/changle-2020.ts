/**
 * The changle-2020 policy on its own, validated at build time and frozen: import it from
 * `quality-rewards/policies/changle-2020` and evaluate with `createEvaluator(bundledLibrary({ kinds: vocabulary,
 * policies: [policy] }))`, so a page for one place ships only its policy.
 */
import { bundledPolicy } from '../../src/engine/bundledLibrary.js';
import { changle2020 as data } from '../changle-2020.js';

/** The changle-2020 policy, frozen. */
export const changle2020 = /* @__PURE__ */ bundledPolicy(data);
/** The same policy, under a name every per-policy entry shares. */
export const policy = changle2020;
export default changle2020;
