import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { bilingualSchema } from '../schema/primitives.js';
import { ERROR_CODES } from './errorCodes.js';

/** Codes of input errors, stable for callers to branch on. */
export const errorCodeSchema = /* @__PURE__ */ lazySchema(() => z.enum(ERROR_CODES));

/** One problem with the caller's input: what, where, and a message wholly in Chinese and wholly in English. */
export const inputIssueSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    code: errorCodeSchema,
    /** Path to the offending field from the argument, e.g. `['achievement', 0, 'obtainedOn']`. */
    path: z.array(z.union([z.string(), z.int()])).readonly(),
    message: bilingualSchema,
    /** Known names close to what was written (did you mean …?). Suggestions only: nothing is corrected. */
    suggestions: z.array(z.string()).readonly().optional(),
  }),
);
/** See {@link inputIssueSchema}. */
export type InputIssue = z.infer<typeof inputIssueSchema>;

/**
 * A {@link QualityRewardsError} as data (`error.toJSON()`): what a batch line, the CLI or the HTTP
 * service reports for bad input. `message` gives every issue in Chinese, then in English.
 */
export const qualityRewardsErrorSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    name: z.literal('QualityRewardsError'),
    message: z.string().min(1),
    issues: z.array(inputIssueSchema).min(1).readonly(),
  }),
);
/** See {@link qualityRewardsErrorSchema}. */
export type QualityRewardsErrorData = z.infer<typeof qualityRewardsErrorSchema>;
