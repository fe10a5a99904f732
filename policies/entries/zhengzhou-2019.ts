/**
 * The zhengzhou-2019 policy on its own, validated at build time and frozen: import it from
 * `quality-rewards/policies/zhengzhou-2019` and evaluate with `createEvaluator(bundledLibrary({ kinds: vocabulary,
 * policies: [policy] }))`, so a page for one place ships only its policy.
 */
import { bundledPolicy } from '../../src/engine/bundledLibrary.js';
import { zhengzhou2019 as data } from '../zhengzhou-2019.js';

/** The zhengzhou-2019 policy, frozen. */
export const zhengzhou2019 = /* @__PURE__ */ bundledPolicy(data);
/** The same policy, under a name every per-policy entry shares. */
export const policy = zhengzhou2019;
export default zhengzhou2019;
