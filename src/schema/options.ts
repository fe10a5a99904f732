import * as z from 'zod/mini';
import { compiledStrictObject } from './compiledObject.js';
import { withCode } from './issueCode.js';
import { LIMITS } from './limits.js';
import { calendarDateInputSchema, regionCodeSchema, textSchema, yuanInputSchema } from './primitives.js';
import { selectorFactsShape } from './achievement.js';

/**
 * What a history entry paid for, as far as the caller's record says: the achievement's kind and the
 * facts that tell the rules of one clause apart. Used only to resolve a `clause` reference to its rule.
 */
export const historyAchievementSchema = z.strictObject({
  kind: textSchema,
  subtype: z.optional(textSchema),
  ...selectorFactsShape,
});

/** A reward already paid to the applicant, as recorded by the caller. */
export const historyEntrySchema = compiledStrictObject({
  /** The policy it was paid under (a policy id of this library, or the caller's id of another policy). */
  policyId: textSchema,
  /**
   * The rule it was paid under: the rule's stable public id (as tables and results show it). Give this
   * or `clause`.
   */
  ruleId: z.optional(textSchema),
  /**
   * The clause it was paid under, as tables and results print it (the data's `clause`; `第`, `条`,
   * spaces and full-width brackets are ignored). A clause of several rules needs `achievement` to tell
   * which; with `ruleId` too, the two must agree.
   */
  clause: z.optional(textSchema),
  /** What was paid for (kind and distinguishing facts), to resolve a `clause` of several rules. */
  achievement: z.optional(historyAchievementSchema),
  /** The amount paid, in 元 (a number, or a decimal string with at most two decimals). */
  amountYuan: yuanInputSchema,
  /**
   * When the rewarded achievement was obtained, where the payment record says. Without it, a rule that
   * needs the date (a same-year 就高, a cap period counted in years) leaves the claims it affects
   * undetermined (`history.obtainedOn`).
   */
  obtainedOn: z.optional(calendarDateInputSchema),
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
 * parsing, so that no transform stands in the contract), and the rule resolved: `ruleId` is the rule's
 * id for a policy of the library (from `ruleId` or `clause`), or what the caller wrote for another policy.
 */
export type HistoryEntry = Omit<z.output<typeof historyEntrySchema>, 'amountYuan' | 'ruleId'> & {
  readonly ruleId: string;
  readonly amountFen: number;
};

/** The optional fourth argument of `evaluate`. */
export const evaluateOptionsSchema = compiledStrictObject({
  /** Rewards already paid to this applicant (for caps, 首次, 就高 top-ups, 最先申报). */
  history: z.optional(z.array(historyEntrySchema).check(z.maxLength(LIMITS.historyEntries, withCode('too_large')))),
  /**
   * A start date for a policy whose text leaves it blank ("自    年  月  日起实施"). Passing it for a
   * jurisdiction whose policies all state their start is an input error (`start_date_not_blank`).
   */
  assumeStartDate: z.optional(calendarDateInputSchema),
  /**
   * What-if by reading: `{ '<readingId>': 'alternative' }` evaluates with the reading's recorded
   * alternative (where it is computable) instead of the library's; `'chosen'` keeps the library's.
   * The result lists the readings switched (`readingsSwitched`).
   */
  readings: z.optional(z.record(textSchema, z.enum(['chosen', 'alternative']))),
});
/** Options as the caller writes them. */
export type EvaluateOptionsInput = z.input<typeof evaluateOptionsSchema>;
/** Validated options, with history amounts in 分. */
export type EvaluateOptions = Omit<z.output<typeof evaluateOptionsSchema>, 'history'> & {
  history?: HistoryEntry[];
};

/**
 * Renames a parsed entry's decoded amount to `amountFen` (its unit is 分 now, not 元), keeping the
 * entry's own keys in their order. The boundary itself builds its entries with `historyEntryOf` (one
 * shape, every field listed; not exported), whose property test reads each field against this one.
 */
export function historyEntryInFen(entry: z.output<typeof historyEntrySchema>): HistoryEntry {
  // Copied key by key, as `{ amountYuan, ruleId, ...rest }` would (same keys, same order): V8 copies an
  // object rest through a slow generic path, which was a twentieth of a portfolio's evaluation.
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(entry);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as keyof typeof entry;
    if (key !== 'amountYuan' && key !== 'ruleId') copy[key] = entry[key];
  }
  // The rule is resolved (from `clause` where no `ruleId` is given) when the arguments are checked.
  copy.ruleId = entry.ruleId ?? '';
  copy.amountFen = entry.amountYuan;
  return copy as unknown as HistoryEntry;
}
