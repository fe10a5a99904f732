import { z } from 'zod';
import { calendarDateInputSchema, yuanInputSchema } from './primitives.js';

/** A reward already paid to the applicant, as recorded by the caller. */
export const historyEntrySchema = z
  .strictObject({
    /** The policy it was paid under (a policy id of this library, or the caller's id of another policy). */
    policyId: z.string().min(1),
    /** The rule it was paid under (a rule id of that policy). */
    ruleId: z.string().min(1),
    /** The amount paid, in 元. */
    amountYuan: yuanInputSchema,
    /** When the rewarded achievement was obtained. */
    obtainedOn: calendarDateInputSchema,
    /** When it was paid. */
    paidOn: calendarDateInputSchema.optional(),
    /** The project it belonged to (for 同一项目 rules). */
    projectId: z.string().min(1).optional(),
  })
  .transform(({ amountYuan, ...rest }) => ({ ...rest, amountFen: amountYuan }));
/** A history entry as the caller writes it. */
export type HistoryEntryInput = z.input<typeof historyEntrySchema>;
/** A validated history entry: the amount is `amountFen`, in integer 分. */
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The optional fourth argument of `evaluate`. */
export const evaluateOptionsSchema = z.strictObject({
  /** Rewards already paid to this applicant (for caps, 首次, 就高 top-ups, 最先申报). */
  history: z.array(historyEntrySchema).optional(),
  /**
   * A start date for a policy whose text leaves it blank ("自    年  月  日起实施"). Passing it for a
   * jurisdiction whose policies all state their start is an input error (`start_date_not_blank`).
   */
  assumeStartDate: calendarDateInputSchema.optional(),
});
/** Options as the caller writes them. */
export type EvaluateOptionsInput = z.input<typeof evaluateOptionsSchema>;
/** Validated options. */
export type EvaluateOptions = z.infer<typeof evaluateOptionsSchema>;
