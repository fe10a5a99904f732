import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { fromZodIssues } from '../errors/fromZodIssues.js';
import { inputIssue, type InputIssue, issueAt, QualityRewardsError } from '../errors/QualityRewardsError.js';
import type { Comparison } from '../result/comparison.js';
import { compare } from './compare.js';
import type { Evaluator } from './createEvaluator.js';

/**
 * A comparison request, the body of `POST /v1/compare`: the `evaluate` envelope with a list of jurisdictions (or `"all"`) in
 * place of one. As with `evaluateRequestSchema`, only the envelope is checked here; `compare` checks the
 * rest, so every issue carries the library's code and path.
 */
export const compareRequestSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** One applicant's portfolio: a non-empty list of achievements. Give this or `achievement`, not both. */
    achievements: z.unknown().optional(),
    /** A single achievement. Give this or `achievements`, not both. */
    achievement: z.unknown().optional(),
    /** GB/T 2260 codes, slugs or names, or `"all"`. */
    jurisdictions: z.union([z.array(z.string()).min(1), z.literal('all')]),
    /** The date of evaluation, `'YYYY-MM-DD'`. */
    date: z.unknown(),
    /** The options of `evaluate` (`history`, `assumeStartDate`). */
    options: z.unknown().optional(),
  }),
);

/** A comparison request as the caller writes it. */
export type CompareRequestInput = z.input<typeof compareRequestSchema>;

/**
 * Runs `compare` on a request envelope `{ achievement | achievements, jurisdictions, date, options? }`;
 * throws {@link QualityRewardsError} whose issues carry paths from the request (`achievements.0.kind`,
 * `jurisdictions.1`).
 */
export function compareRequest(
  evaluator: Pick<Evaluator, 'safeEvaluate' | 'listJurisdictions'>,
  body: unknown,
): Comparison {
  const parsed = compareRequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new QualityRewardsError(nonEmpty(fromZodIssues(parsed.error.issues, [])));
  const { achievements, achievement, jurisdictions, date, options } = parsed.data;
  if ((achievements === undefined) === (achievement === undefined)) {
    // Give one of the two: neither is a missing field, both a value not allowed.
    throw new QualityRewardsError([
      inputIssue(achievements === undefined ? 'missing_field' : 'invalid_value', ['achievements']),
    ]);
  }
  const field = achievements === undefined ? 'achievement' : 'achievements';
  try {
    return compare(evaluator, (achievements ?? achievement) as never, jurisdictions, date as never, options as never);
  } catch (error) {
    if (!(error instanceof QualityRewardsError)) throw error;
    // `compare` names its first argument `achievement`; the body names it by its own field.
    const renamed = error.issues.map((i) =>
      i.path[0] === 'achievement' ? issueAt(i, [field, ...i.path.slice(1)]) : i,
    );
    throw new QualityRewardsError(nonEmpty(renamed));
  }
}

/** The issues as the error's non-empty list; an issue about the input itself should a list ever be empty. */
function nonEmpty(issues: readonly InputIssue[]): [InputIssue, ...InputIssue[]] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration,StringLiteral: never empty here — a failed parse of this schema (no discriminated union in it) gives at least one issue, and a QualityRewardsError has at least one; the fallback keeps the error's contract should that change.
  return issues.length > 0 ? (issues as [InputIssue, ...InputIssue[]]) : [inputIssue('invalid_type', [])];
}
