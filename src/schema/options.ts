import * as z from 'zod/mini';
import { compiledStrictObject } from './compiledObject.js';
import { withCode } from './issueCode.js';
import { LIMITS } from './limits.js';
import { calendarDateInputSchema, regionCodeSchema, textSchema, yuanInputSchema } from './primitives.js';

/** A reward already paid to the applicant, as recorded by the caller. */
export const historyEntrySchema = compiledStrictObject({
  /** The policy it was paid under (a policy id of this library, or the caller's id of another policy). */
  policyId: textSchema,
  /** The rule it was paid under (a rule id of that policy). */
  ruleId: textSchema,
  /** The amount paid, in 元 (a number, or a decimal string with at most two decimals). */
  amountYuan: yuanInputSchema,
  /** When the rewarded achievement was obtained. */
  obtainedOn: calendarDateInputSchema,
  /** When it was paid. */
  paidOn: z.optional(calendarDateInputSchema),
  /** The project or matter it paid for (同一项目, 同一事项; the certificate, title or standard). */
  projectId: z.optional(textSchema),
  /**
   * GB/T 2260 code of the government whose policy paid it, for a payment under a policy outside this
   * library (不得重复享受: another policy of the same city or district).
   */
  jurisdiction: z.optional(regionCodeSchema),
});
/** A history entry as the caller writes it. */
export type HistoryEntryInput = z.input<typeof historyEntrySchema>;
/**
 * A validated history entry: `amountYuan` decoded to integer 分 and held as `amountFen` (renamed after
 * parsing, so that no transform stands in the contract).
 */
export type HistoryEntry = Omit<z.output<typeof historyEntrySchema>, 'amountYuan'> & { readonly amountFen: number };

/** The optional fourth argument of `evaluate`. */
export const evaluateOptionsSchema = compiledStrictObject({
  /** Rewards already paid to this applicant (for caps, 首次, 就高 top-ups, 最先申报). */
  history: z.optional(z.array(historyEntrySchema).check(z.maxLength(LIMITS.historyEntries, withCode('too_large')))),
  /**
   * A start date for a policy whose text leaves it blank ("自    年  月  日起实施"). Passing it for a
   * jurisdiction whose policies all state their start is an input error (`start_date_not_blank`).
   */
  assumeStartDate: z.optional(calendarDateInputSchema),
});
/** Options as the caller writes them. */
export type EvaluateOptionsInput = z.input<typeof evaluateOptionsSchema>;
/** Validated options, with history amounts in 分. */
export type EvaluateOptions = Omit<z.output<typeof evaluateOptionsSchema>, 'history'> & {
  history?: HistoryEntry[];
};

/** Renames a parsed entry's decoded amount to `amountFen` (its unit is 分 now, not 元). */
export function historyEntryInFen(entry: z.output<typeof historyEntrySchema>): HistoryEntry {
  const { amountYuan, ...rest } = entry;
  return { ...rest, amountFen: amountYuan };
}
