import { z } from 'zod';
import { lazySchema, lazyValue } from '../schema/lazySchema.js';

/** A `'YYYY-MM-DD'` date in an answer (answers carry strings only). */
const dateOut = /* @__PURE__ */ lazyValue(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * Where a policy's window stands on the date: `in_force`, `not_yet_in_force`, `expired`, or
 * `start_blank` (the text leaves its start blank, so it is in force on no date).
 */
export const calendarStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['in_force', 'not_yet_in_force', 'expired', 'start_blank']),
);
/** See {@link calendarStatusSchema}. */
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;

/** One bundled policy on the calendar. */
export const policyCalendarEntrySchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    policyId: z.string(),
    title: z.string(),
    titleEn: z.string(),
    jurisdiction: z.strictObject({ code: z.string(), slug: z.string(), name: z.string(), nameEn: z.string() }),
    status: calendarStatusSchema,
    /**
     * 征求意见稿: the text is a draft. A flag beside `status`, not a status of its own, because the library
     * evaluates a draft by its window (with a `draft_policy` warning), so a draft is in force or not like any text.
     */
    draft: z.boolean(),
    /** First and last day in force; `null` where the text leaves it open or blank. */
    window: z.strictObject({ start: dateOut().nullable(), end: dateOut().nullable() }),
    /** 有效期N年, where the text counts its end from a start it leaves blank. */
    validityYears: z.number().int().optional(),
    /** Days from the date to the first day (negative once started); `null` when the start is blank. */
    daysUntilStart: z.number().int().nullable(),
    /** Days from the date to the last day (0 on the last day, negative once expired); `null` when open or unknown. */
    daysUntilEnd: z.number().int().nullable(),
    /** Not yet in force and starts within `within` days. */
    startsWithin: z.boolean(),
    /** In force and its last day is within `within` days. */
    endsWithin: z.boolean(),
  }),
);
/** See {@link policyCalendarEntrySchema}. */
export type PolicyCalendarEntry = z.infer<typeof policyCalendarEntrySchema>;

/** What `policyCalendar` returns. */
export const policyCalendarSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    date: dateOut(),
    /** The horizon of `startsWithin` / `endsWithin`, in days. */
    within: z.number().int().min(0),
    /** Every bundled policy, by jurisdiction code then start. */
    policies: z.array(policyCalendarEntrySchema),
  }),
);
/** See {@link policyCalendarSchema}. */
export type PolicyCalendar = z.infer<typeof policyCalendarSchema>;
