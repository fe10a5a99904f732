/**
 * quality-rewards: Chinese local quality-reward policies (质量提升奖励政策) as exact, explainable numbers.
 *
 * @example
 * import { evaluate, listJurisdictions } from 'quality-rewards';
 * const [first] = listJurisdictions();
 * const r = evaluate({ kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' }, first.code, '2024-06-01');
 * r.total.text; r.awards[0]?.clause; r.awards[0]?.quote;
 */
import type { JurisdictionName } from '../policies/jurisdictionNames.generated.js';
import { library } from '../policies/index.js';
import { createEvaluator, type Evaluator } from './api/createEvaluator.js';
import type { BundledVocabulary } from './contract/bundledSchemas.js';
import { evaluateRequest as evaluateRequestWith } from './api/evaluateRequest.js';
import { compareRequest as compareRequestWith } from './api/compareRequest.js';
import { compare as compareWith } from './api/compare.js';
import { policyCalendar as policyCalendarWith } from './api/policyCalendar.js';
import { buildValidator } from './schema/buildValidator.js';
import { installValidatorBuilder } from './schema/generatedValidator.js';

/** The bundled evaluator's type: typed by the vocabulary (kinds, subtypes) and jurisdictions (codes, slugs, names). */
export type BundledEvaluator = Evaluator<BundledVocabulary, JurisdictionName>;

// This entry (Node: scripts, batches, the CLI and the service) checks valid input with validators generated
// from the zod schemas, zod's own output at a fraction of its cost; `quality-rewards/engine` leaves the
// generator out, so a page for one city stays small. Either way every issue is zod's.
installValidatorBuilder(buildValidator);

// Pure: a bundler that keeps none of the bound functions below drops the bundled policies with them.
const evaluator: BundledEvaluator = /* @__PURE__ */ createEvaluator(library);

/**
 * Evaluates one achievement, or a portfolio of one applicant's achievements, against the policy in
 * force in a jurisdiction on a date. Throws {@link QualityRewardsError} on bad input.
 *
 * @param achievement one achievement or a non-empty list
 * @param jurisdiction GB/T 2260 code, slug or one of the names `listJurisdictions()` gives
 * @param date the date of evaluation, `'YYYY-MM-DD'` (China) or a `Date`
 * @param options `history` of rewards already paid; `assumeStartDate` for a policy whose start is blank
 */
export const evaluate: BundledEvaluator['evaluate'] = evaluator.evaluate;

/** Like {@link evaluate}, but returns `{ success: false, error }` instead of throwing on bad input. */
export const safeEvaluate: BundledEvaluator['safeEvaluate'] = evaluator.safeEvaluate;

/** Summaries of every bundled policy. */
export const listPolicies: BundledEvaluator['listPolicies'] = evaluator.listPolicies;

/** A bundled policy's full, frozen data, by id (as `listPolicies()` gives it). */
export const getPolicy: BundledEvaluator['getPolicy'] = evaluator.getPolicy;

/** Every jurisdiction with a bundled policy, and the names it answers to. */
export const listJurisdictions: BundledEvaluator['listJurisdictions'] = evaluator.listJurisdictions;

/** The achievement vocabulary: every kind, with its subtypes. */
export const listAchievementKinds: BundledEvaluator['listAchievementKinds'] = evaluator.listAchievementKinds;

/**
 * Evaluates one request envelope `{ id?, achievements | achievement, jurisdiction, date, options? }`, the
 * shape of a `batch` line and of `POST /v1/evaluate`. Throws {@link QualityRewardsError} on bad input.
 */
export const evaluateRequest = (request: unknown) => evaluateRequestWith(evaluator, request);

/**
 * Evaluates one achievement (or one applicant's portfolio) against a list of jurisdictions, or `'all'`, on
 * one date: one result per jurisdiction, in the order asked. `assumeStartDate` applies only where a text's
 * start is blank. Throws {@link QualityRewardsError} on bad input.
 *
 * @example compare({ kind: 'laboratory_accreditation', obtainedOn: '2024-05-10' }, 'all', '2024-06-01')
 *   .map((r) => `${r.jurisdiction.name} ${r.total.text}`)
 */
export const compare = (
  achievement: Parameters<typeof evaluate>[0],
  jurisdictions: readonly string[] | 'all',
  date: string | Date,
  options?: Parameters<typeof evaluate>[3],
) => compareWith(evaluator, achievement, jurisdictions, date, options);

/**
 * Runs {@link compare} on one request envelope `{ achievement | achievements, jurisdictions, date, options? }`,
 * the body of `POST /v1/compare`; issues carry paths from the request. Throws {@link QualityRewardsError}.
 */
export const compareRequest = (request: unknown) => compareRequestWith(evaluator, request);
export { compareRequestSchema } from './api/compareRequest.js';
export type { CompareRequestInput } from './api/compareRequest.js';

/**
 * Every bundled policy on a date: in force, not yet in force, expired or with a blank start, a draft or
 * not, its window, days until it starts and ends, and whether that falls within `within` days (default 90).
 *
 * @example policyCalendar('2026-01-01', { within: 60 }).policies.filter((p) => p.endsWithin)
 */
export const policyCalendar = (date: string | Date, options?: { readonly within?: number }) =>
  policyCalendarWith(evaluator, date, options);

export { comparisonSchema } from './result/comparison.js';
export type { Comparison } from './result/comparison.js';
export * from './result/policyCalendar.js';
export { DEFAULT_CALENDAR_WITHIN_DAYS } from './api/policyCalendar.js';
export { createEvaluator } from './api/createEvaluator.js';
export { evaluateRequest as evaluateRequestWith } from './api/evaluateRequest.js';
export type { Evaluator, SafeEvaluation } from './api/createEvaluator.js';
export { bundledLibrary } from './engine/bundledLibrary.js';
export { defineLibrary, PolicyDataError } from './engine/library.js';
export type { Library } from './engine/library.js';
export { library } from '../policies/index.js';
export { QualityRewardsError } from './errors/QualityRewardsError.js';
export { ERROR_CODES } from './errors/errorCodes.js';
export type { ErrorCode } from './errors/errorCodes.js';
export { REASON_CODES, reasonMessage } from './explain/reasonCodes.js';
export type { ReasonCode } from './explain/reasonCodes.js';
export { renderPolicyTable } from './explain/renderPolicyTable.js';
export { formatResult } from './explain/formatResult.js';
export type { Money } from './money/money.js';
export * from './result/types.js';
export * from './result/listings.js';
export * from './errors/errorSchema.js';
export * from './schema/achievement.js';
export * from './schema/facts.js';
export * from './schema/kinds.js';
export * from './schema/options.js';
export * from './schema/policy.js';
export * from './schema/vocabulary.js';
export { bilingualSchema, calendarDateInputSchema, regionCodeSchema, yuanInputSchema } from './schema/primitives.js';
export type { Bilingual } from './schema/primitives.js';
export { evaluateRequestSchemaFor, jurisdictionInputSchema } from './schema/request.js';
export type { EvaluateRequestInputOf } from './schema/request.js';
export { achievementSchema, evaluateRequestSchema, portfolioSchema } from './contract/bundledSchemas.js';
export type {
  AchievementInput,
  AchievementKind,
  BundledVocabulary,
  EvaluateRequestInput,
} from './contract/bundledSchemas.js';
export { JURISDICTION_NAMES } from '../policies/jurisdictionNames.generated.js';
export type { JurisdictionName } from '../policies/jurisdictionNames.generated.js';
export { LIMITS } from './schema/limits.js';
export { JSON_SCHEMA_NAMES, jsonSchema } from './contract/jsonSchemas.js';
export type { JsonSchema, JsonSchemaName } from './contract/jsonSchemas.js';
