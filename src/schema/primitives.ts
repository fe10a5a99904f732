import { z } from 'zod';
import { chinaDateOf, isCalendarDate } from '../calendar/calendarDate.js';
import { fenFromYuanInput } from '../money/money.js';

/**
 * A calendar date as a caller may give it: `'YYYY-MM-DD'` (read as a date in China), or a `Date`
 * (an instant, read on a Beijing clock). Always yields `'YYYY-MM-DD'`.
 */
export const calendarDateInputSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    const date = chinaDateOf(value);
    if (date === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'invalid Date or year outside 1000–9999',
        params: { code: 'invalid_date' },
      });
      return z.NEVER;
    }
    return date;
  }
  if (!isCalendarDate(value)) {
    ctx.addIssue({ code: 'custom', message: `not a calendar date: ${value}`, params: { code: 'invalid_date' } });
    return z.NEVER;
  }
  return value;
});

/** A `'YYYY-MM-DD'` date in policy data (data carries strings only). */
export const calendarDateSchema = z.string().refine(isCalendarDate, {
  message: 'not a calendar date',
  params: { code: 'invalid_date' },
});

/** A GB/T 2260 administrative division code: six digits. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, { message: 'not a six-digit GB/T 2260 code' });

/** An amount in 元 given by a caller (number or decimal string, ≥ 0, at most two decimals), held as integer 分. */
export const yuanInputSchema = z.union([z.number(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'number' && value < 0) {
    ctx.addIssue({ code: 'custom', message: 'negative amount', params: { code: 'negative_amount' } });
    return z.NEVER;
  }
  const fen = fenFromYuanInput(value);
  if (fen === null) {
    ctx.addIssue({
      code: 'custom',
      message: `not an amount in 元 with at most two decimals: ${String(value)}`,
      params: { code: String(value).trim().startsWith('-') ? 'negative_amount' : 'invalid_amount' },
    });
    return z.NEVER;
  }
  return fen;
});

/** A count of items: a whole number from 1 to 1,000,000 (a bound that keeps every sum exact in 分). */
export const countSchema = z.number().int().min(1).max(1_000_000);

/** A whole number ≥ 0 (years held, inspections passed, enterprises adopting). */
export const wholeNumberSchema = z.number().int().min(0);

/** Chinese and English text side by side. */
export const bilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
/** See {@link bilingualSchema}. */
export type Bilingual = z.infer<typeof bilingualSchema>;
