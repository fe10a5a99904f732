/**
 * `quality-rewards/engine`: the evaluator without any policy data, for a page or service that ships only
 * the policies it needs. Pair it with `quality-rewards/vocabulary` and one or more
 * `quality-rewards/policies/<id>`:
 *
 * @example
 * import { bundledLibrary, createEvaluator } from 'quality-rewards/engine';
 * import { vocabulary } from 'quality-rewards/vocabulary';
 * import { policy } from 'quality-rewards/policies/<id>'; // an id as listPolicies() gives it
 * const { evaluate } = createEvaluator(bundledLibrary({ kinds: vocabulary, policies: [policy] }));
 *
 * A caller's own policy data goes through `defineLibrary` (from the main entry), which validates it.
 */
export { createEvaluator } from '../api/createEvaluator.js';
export type { Evaluator, JurisdictionListing, SafeEvaluation } from '../api/createEvaluator.js';
export { evaluateRequest as evaluateRequestWith } from '../api/evaluateRequest.js';
export type { PolicyListing } from '../api/policyListing.js';
export { bundledLibrary } from '../engine/bundledLibrary.js';
export type { Library } from '../engine/library.js';
export { QualityRewardsError } from '../errors/QualityRewardsError.js';
export type { InputIssue } from '../errors/QualityRewardsError.js';
export { ERROR_CODES } from '../errors/errorCodes.js';
export type { ErrorCode } from '../errors/errorCodes.js';
export { REASON_CODES, reasonMessage } from '../explain/reasonCodes.js';
export type { ReasonCode } from '../explain/reasonCodes.js';
export { formatResult } from '../explain/formatResult.js';
export type { Money } from '../money/money.js';
export type * from '../result/types.js';
export type { Policy } from '../schema/policy.js';
