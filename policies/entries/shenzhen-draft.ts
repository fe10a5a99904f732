/**
 * The shenzhen-draft policy on its own, validated at build time and frozen: import it from
 * `quality-rewards/policies/shenzhen-draft` and evaluate with `createEvaluator(bundledLibrary({ kinds: vocabulary,
 * policies: [policy] }))`, so a page for one place ships only its policy.
 */
import { bundledPolicy } from '../../src/engine/bundledLibrary.js';
import { shenzhenDraft as data } from '../shenzhen-draft.js';

/** The shenzhen-draft policy, frozen. */
export const shenzhenDraft = /* @__PURE__ */ bundledPolicy(data);
/** The same policy, under a name every per-policy entry shares. */
export const policy = shenzhenDraft;
export default shenzhenDraft;
