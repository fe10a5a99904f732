import { z } from 'zod';

/**
 * One evaluation request, as one line of `batch` input, the body of `POST /v1/evaluate`, or a fixture's
 * input: one applicant's achievement(s), the jurisdiction, the date and the options.
 *
 * Only the envelope is checked here; `achievement(s)`, `date` and `options` are checked by `evaluate`
 * itself, so that every issue carries the same code and path whichever surface the request came through.
 */
export const evaluateRequestSchema = z.strictObject({
  /** The caller's own identifier of the request (an applicant number), echoed in the answer. */
  id: z.union([z.string().min(1), z.number().int()]).optional(),
  /** One applicant's portfolio: a non-empty list of achievements. Give this or `achievement`, not both. */
  achievements: z.unknown().optional(),
  /** A single achievement. Give this or `achievements`, not both. */
  achievement: z.unknown().optional(),
  /** GB/T 2260 code, slug or name of the jurisdiction. */
  jurisdiction: z.unknown(),
  /** The date of evaluation, `'YYYY-MM-DD'`. */
  date: z.unknown(),
  /** The options of `evaluate` (`history`, `assumeStartDate`). */
  options: z.unknown().optional(),
});
/** A request as the caller writes it. */
export type EvaluateRequestInput = z.input<typeof evaluateRequestSchema>;
