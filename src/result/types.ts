import { z } from 'zod';
import { REASON_CODES } from '../explain/reasonCodes.js';
import {
  booleanFactSchema,
  moneyFactSchema,
  numberFactSchema,
  placeFactSchema,
  selectorFactSchema,
} from '../schema/facts.js';
import { readingSchema } from '../schema/policy.js';
import { bilingualSchema, calendarDateSchema, regionCodeSchema } from '../schema/primitives.js';
import { lazySchema, lazyValue } from '../schema/lazySchema.js';

/**
 * The evaluation result as zod schemas: the contract of what `evaluate` returns, from which the types
 * below are inferred and `schemas/result.json` is generated. Every result the test suite produces is
 * validated against {@link evaluationResultSchema}. Output schemas use classic zod: they are not on the
 * path of a browser bundle that only evaluates.
 */

/** A list in a result: results are frozen, so their lists are read-only in the types too. */
const list = <T extends z.core.SomeType>(item: T) => z.array(item).readonly();

/** Reason codes of rewards not paid, not computable or not decidable. */
export const reasonCodeSchema = /* @__PURE__ */ lazySchema(() => z.enum(REASON_CODES));

/** An exact amount of money: integer 分, with renderings for people. */
export const moneySchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Integer number of 分 (1/100 元); the only figure to compute with. */
    fen: z.int(),
    /** The same amount in 元 with exactly two decimals, e.g. `"300000.00"`. */
    yuan: z.string().regex(/^-?\d+\.\d{2}$/),
    /** A Chinese rendering as the policies write amounts, e.g. `"30万元"`. */
    text: z.string().min(1),
  }),
);

/** Any fact name: the names a result lists under `missingFacts`. */
export const factNameSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    ...selectorFactSchema.options,
    ...booleanFactSchema.options,
    ...numberFactSchema.options,
    ...moneyFactSchema.options,
    ...placeFactSchema.options,
    'filedOn',
    /** 一次性: history holds a payment under the rule, and which matter it was for needs the `projectId`. */
    'projectId',
    /** A history entry the rule counts has no `obtainedOn`, and the rule needs its date (same year, cap period). */
    'history.obtainedOn',
  ]),
);

// Shared by several schemas, so built once: the same field schemas in each (as zod's JSON Schema sees them).
const clauseCitationShape = /* @__PURE__ */ lazyValue(() => ({
  ruleId: z.string().min(1),
  /** Clause reference as the policy text numbers it. */
  clause: z.string().min(1),
  /** The verbatim words of the text. */
  quote: z.string().min(1),
  title: bilingualSchema,
}));

/** The clause a line of the result stands on. */
export const clauseCitationSchema = /* @__PURE__ */ lazySchema(() => z.strictObject(clauseCitationShape()));
/** See {@link clauseCitationSchema}. */
export type ClauseCitation = z.infer<typeof clauseCitationSchema>;

const achievementRefShape = /* @__PURE__ */ lazyValue(() => ({
  /** Position in the list passed to `evaluate` (0 for a single achievement). */
  achievementIndex: z.int().nonnegative(),
  /** The caller's `id`, if given. */
  achievementId: z.string().optional(),
}));

/** Which of the caller's achievements a line is about. */
export const achievementRefSchema = /* @__PURE__ */ lazySchema(() => z.strictObject(achievementRefShape()));
/** See {@link achievementRefSchema}. */
export type AchievementRef = z.infer<typeof achievementRefSchema>;

/** How an amount is reckoned. */
export const amountBasisSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['one_off', 'per_item', 'per_year', 'percentage', 'matching']),
);
/** See {@link amountBasisSchema}. */
export type AmountBasis = z.infer<typeof amountBasisSchema>;

/** A change stacking or caps made to an amount, with the clause that made it. */
export const adjustmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    code: reasonCodeSchema,
    message: bilingualSchema,
    clause: z.string(),
    quote: z.string(),
    before: moneySchema,
    after: moneySchema,
  }),
);
/** See {@link adjustmentSchema}. */
export type Adjustment = z.infer<typeof adjustmentSchema>;

/** A reward paid. */
export const awardSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...clauseCitationShape(),
    ...achievementRefShape(),
    /** What is paid, after stacking and caps. */
    amount: moneySchema,
    /** What the clause alone gives, before stacking and caps. */
    clauseAmount: moneySchema,
    basis: amountBasisSchema,
    /** 最高: the amount is an upper limit, not a promised payment. */
    upTo: z.boolean(),
    /** How the clause amount was reckoned. */
    calculation: bilingualSchema,
    /**
     * For per-year rewards, the yearly instalments: when each falls due (the anniversary of the achievement)
     * and whether it was `paid_before` (history), is `due` and paid now, or is `scheduled` for later.
     */
    schedule: list(
      z.strictObject({
        year: z.int(),
        amount: moneySchema,
        dueOn: calendarDateSchema,
        status: z.enum(['paid_before', 'due', 'scheduled']),
      }),
    ).optional(),
    adjustments: list(adjustmentSchema),
    /**
     * 追加 / 再: the reward this one is paid in addition to, for the same matter: a claim of this result
     * (`achievementIndex`) or a payment in `history` (`fromHistory`).
     */
    inAdditionTo: z
      .strictObject({
        ruleId: z.string().min(1),
        clause: z.string().min(1),
        achievementIndex: z.int().optional(),
        fromHistory: z.boolean(),
      })
      .optional(),
    /** Readings of damaged or open words this amount relies on. */
    readings: list(readingSchema),
  }),
);
/** See {@link awardSchema}. */
export type Award = z.infer<typeof awardSchema>;

/** A candidate reward not paid, and why. */
export const notPaidSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...achievementRefShape(),
    code: reasonCodeSchema,
    message: bilingualSchema,
    /** The clause, or `null` when no clause is about the achievement. */
    citation: clauseCitationSchema.nullable(),
    /** What the clause alone would have given, where it can be reckoned. */
    clauseAmount: moneySchema.optional(),
    /** The clause or stacking rule that stopped it, where it is not the reward's own clause. */
    stoppedBy: z.strictObject({ clause: z.string(), quote: z.string() }).optional(),
    readings: list(readingSchema),
  }),
);
/** See {@link notPaidSchema}. */
export type NotPaid = z.infer<typeof notPaidSchema>;

/** A reward the text grants without an amount this library can compute. */
export const notComputableSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...clauseCitationShape(),
    ...achievementRefShape(),
    code: z.enum(['case_by_case', 'other_rules']),
    message: bilingualSchema,
    /** Readings this line relies on. */
    readings: list(readingSchema),
  }),
);
/** See {@link notComputableSchema}. */
export type NotComputable = z.infer<typeof notComputableSchema>;

/** A reward that cannot be decided because the caller did not give a fact it needs. */
export const undeterminedSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...clauseCitationShape(),
    ...achievementRefShape(),
    code: z.enum(['missing_fact', 'first_filed_undecided']),
    missingFacts: list(factNameSchema),
    message: bilingualSchema,
    /** What the clause would give if the missing facts turn out in its favour, where reckonable. */
    clauseAmount: moneySchema.optional(),
    /** Readings this line relies on (e.g. a damaged figure in `clauseAmount`). */
    readings: list(readingSchema),
  }),
);
/** See {@link undeterminedSchema}. */
export type Undetermined = z.infer<typeof undeterminedSchema>;

/**
 * Codes of warnings. `provisional`: a computed payment could change once an undetermined reward under
 * the same stacking rule is decided. `history_not_counted`: history entries under other policy ids,
 * which count for nothing here.
 */
export const warningCodeSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'draft_policy',
    'uncertain_reading',
    'upper_limit',
    'notice',
    'assumed_start_date',
    'provisional',
    'history_not_counted',
  ]),
);
/** See {@link warningCodeSchema}. */
export type WarningCode = z.infer<typeof warningCodeSchema>;

/** Something the caller must know about the result. */
export const warningSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    code: warningCodeSchema,
    message: bilingualSchema,
    clause: z.string().optional(),
    quote: z.string().optional(),
    reading: readingSchema.optional(),
  }),
);
/** See {@link warningSchema}. */
export type Warning = z.infer<typeof warningSchema>;

/** Whether a policy is in force or a draft. */
export const policyStatusSchema = /* @__PURE__ */ lazySchema(() => z.enum(['in_force', 'draft']));

/** First and last day in force; `null` where the text leaves it open or blank. */
export const policyWindowSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    start: z.nullable(calendarDateSchema),
    end: z.nullable(calendarDateSchema),
  }),
);

/** The policy a result was reckoned under. */
export const policySummarySchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    documentNumber: z.string().optional(),
    status: policyStatusSchema,
    window: policyWindowSchema,
    /** True when the start was supplied by the caller through `assumeStartDate`. */
    startAssumed: z.boolean(),
    /** 有效期N年, where the text counts the end from the start (so `window.end` is `null` while the start is blank). */
    validityYears: z.int().positive().optional(),
  }),
);
/** See {@link policySummarySchema}. */
export type PolicySummary = z.infer<typeof policySummarySchema>;

/** A jurisdiction as a result names it. */
export const jurisdictionRefSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    code: regionCodeSchema,
    slug: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().min(1),
  }),
);

/**
 * A reading switched to its alternative by `options.readings`: the result was reckoned with `used`
 * instead of the library's reading `insteadOf`.
 */
export const readingSwitchedSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    /** The literal words of the source. */
    literal: z.string().min(1),
    /** The reading used: the recorded alternative. */
    used: bilingualSchema,
    /** The library's reading, not used in this result. */
    insteadOf: bilingualSchema,
  }),
);
/** See {@link readingSwitchedSchema}. */
export type ReadingSwitched = z.infer<typeof readingSwitchedSchema>;

/** What `evaluate` returns. Plain, frozen data. */
export const evaluationResultSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    jurisdiction: jurisdictionRefSchema,
    date: calendarDateSchema,
    policy: policySummarySchema,
    inForce: z.boolean(),
    /**
     * `complete`: every reward decided; `partial`: some reward is undetermined (see `undetermined`), so the
     * total may grow; `not_in_force`: the policy is not in force on the date, so nothing is reckoned.
     */
    status: z.enum(['complete', 'partial', 'not_in_force']),
    /** Sum of `awards[].amount`. */
    total: moneySchema,
    /** True when any award is an upper limit, so the total is one too. */
    totalIsUpperLimit: z.boolean(),
    awards: list(awardSchema),
    notPaid: list(notPaidSchema),
    notComputable: list(notComputableSchema),
    undetermined: list(undeterminedSchema),
    warnings: list(warningSchema),
    /**
     * Present only when `options.readings` switched a reading: the readings reckoned with their recorded
     * alternative (a what-if), so the result is not the library's reading of the text.
     */
    readingsSwitched: list(readingSwitchedSchema).optional(),
  }),
);
/** See {@link evaluationResultSchema}. */
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;
