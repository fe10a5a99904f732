import * as z from 'zod/mini';
import { vocabulary } from '../../policies/vocabulary.js';
import {
  type AchievementSchema,
  achievementSchemaFor,
  type PortfolioSchema,
  portfolioSchemaFor,
} from '../schema/achievement.js';
import { lazySchema } from '../schema/lazySchema.js';
import { type EvaluateRequestSchema, evaluateRequestSchemaFor } from '../schema/request.js';

/**
 * The schemas of the bundled vocabulary: `kind` is one of its kinds and `subtype` one of that kind's
 * subtypes, both as types and at run time. Built on first use (`z.lazy`): a union over every kind takes
 * longer to build than the rest of the import, and the evaluate path does not need it for valid input.
 */
export const achievementSchema: AchievementSchema<BundledVocabulary> = /* @__PURE__ */ lazySchema(() =>
  z.lazy(() => achievementSchemaFor(vocabulary)),
);

/** The bundled vocabulary's type, with every kind and subtype as a literal. */
export type BundledVocabulary = typeof vocabulary;
/** An achievement as the caller writes it for the bundled policies (dates may be `Date`, amounts in 元). */
export type AchievementInput = z.input<typeof achievementSchema>;
/** An achievement of the bundled vocabulary after validation (dates `YYYY-MM-DD`, amounts in integer 分). */
export type BundledAchievement = z.output<typeof achievementSchema>;
/** A kind of the bundled vocabulary. */
export type AchievementKind = AchievementInput['kind'];

/** One applicant's portfolio for the bundled policies: a non-empty list of achievements. */
export const portfolioSchema: PortfolioSchema<BundledVocabulary> = /* @__PURE__ */ lazySchema(() =>
  z.lazy(() => portfolioSchemaFor(vocabulary)),
);

/** One evaluation request for the bundled policies (a `batch` line, `POST /v1/evaluate`, a fixture's input). */
export const evaluateRequestSchema: z.ZodMiniLazy<EvaluateRequestSchema<BundledVocabulary>> =
  /* @__PURE__ */ lazySchema(() => z.lazy(() => evaluateRequestSchemaFor(vocabulary)));
/** A request as the caller writes it. */
export type EvaluateRequestInput = z.input<typeof evaluateRequestSchema>;
