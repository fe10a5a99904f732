import * as z from 'zod/mini';
import { compiledStrictObject } from './compiledObject.js';
import { lazySchema, lazyValue } from './lazySchema.js';
import { achievementSchemaFor, portfolioSchemaFor } from './achievement.js';
import type { Vocabulary } from './kinds.js';
import { LIMITS } from './limits.js';
import { evaluateOptionsSchema } from './options.js';
import { calendarDateInputSchema, textSchema } from './primitives.js';

/** The caller's own identifier of a request (an applicant number), echoed in the answer. */
const requestIdSchema = /* @__PURE__ */ lazyValue(() => z.union([textSchema, z.int()]));

/** GB/T 2260 code, slug or name of the jurisdiction. */
export const jurisdictionInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.minLength(1), z.maxLength(LIMITS.stringLength)),
);

/**
 * The envelope of a request, its fields left to `evaluate`: so that every issue about the achievements,
 * the date or the options carries the same code and path whichever surface the request came through.
 */
export const evaluateRequestEnvelopeSchema = /* @__PURE__ */ lazySchema(() =>
  compiledStrictObject({
    id: z.optional(requestIdSchema()),
    achievements: z.optional(z.unknown()),
    achievement: z.optional(z.unknown()),
    jurisdiction: z.unknown(),
    date: z.unknown(),
    options: z.optional(z.unknown()),
  }),
);

const requests = new WeakMap<Vocabulary, z.ZodMiniType>();

/**
 * One evaluation request, as one line of `batch` input, the body of `POST /v1/evaluate`, or a fixture's
 * input: one applicant's achievement(s), the jurisdiction, the date and the options, for a vocabulary.
 * Give `achievements` (a list) or `achievement` (one), exactly one of them. Built once per vocabulary.
 */
export function evaluateRequestSchemaFor<const V extends Vocabulary>(vocabulary: V): EvaluateRequestSchema<V> {
  const known = requests.get(vocabulary);
  if (known) return known as EvaluateRequestSchema<V>;
  const schema = buildRequestSchema(vocabulary);
  requests.set(vocabulary, schema);
  return schema;
}

function buildRequestSchema<const V extends Vocabulary>(vocabulary: V) {
  const schema = z
    .strictObject({
      /** The caller's own identifier of the request, echoed in the answer. */
      id: z.optional(requestIdSchema()),
      /** One applicant's portfolio: a non-empty list of achievements. Give this or `achievement`. */
      achievements: z.optional(portfolioSchemaFor(vocabulary)),
      /** A single achievement. Give this or `achievements`. */
      achievement: z.optional(achievementSchemaFor(vocabulary)),
      /** GB/T 2260 code, slug or name of the jurisdiction. */
      jurisdiction: jurisdictionInputSchema,
      /** The date of evaluation, `'YYYY-MM-DD'` (China). */
      date: calendarDateInputSchema,
      /** The options of `evaluate` (`history`, `assumeStartDate`). */
      options: z.optional(evaluateOptionsSchema),
    })
    .check(
      z.refine((request) => (request.achievements === undefined) !== (request.achievement === undefined), {
        path: ['achievements'],
        params: { code: 'invalid_value' },
      }),
    );
  exactlyOneAchievementField.add(schema);
  return schema;
}

/**
 * Request schemas, whose rule "`achievements` or `achievement`, exactly one" is a refinement: the JSON
 * Schema generator states it as `oneOf` of the two `required` lists.
 */
const exactlyOneAchievementField = new WeakSet<object>();

/** True for a request schema (see {@link evaluateRequestSchemaFor}). */
export function requiresOneAchievementField(schema: object): boolean {
  return exactlyOneAchievementField.has(schema);
}

/** The schema of a request for vocabulary `V` (see {@link evaluateRequestSchemaFor}). */
export type EvaluateRequestSchema<V extends Vocabulary> = ReturnType<typeof buildRequestSchema<V>>;

/** A request as the caller writes it, for vocabulary `V`. */
export type EvaluateRequestInputOf<V extends Vocabulary> = z.input<EvaluateRequestSchema<V>>;
