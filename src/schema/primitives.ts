import * as z from 'zod/mini';
import { CALENDAR_DATE_PATTERN, chinaDateOf } from '../calendar/calendarDate.js';
import { fenFromYuanInput } from '../money/money.js';
import { englishByDefault } from './englishByDefault.js';
import { withCode } from './issueCode.js';
import { LIMITS } from './limits.js';

englishByDefault();

/**
 * A `'YYYY-MM-DD'` calendar date, year 1000 to 9999, that exists (`2024-02-29` does, `2023-02-29` does
 * not). One regular expression says all of it, so the JSON Schema `pattern` is exactly as strict as the
 * library.
 */
export const calendarDateSchema = z.string().check(z.regex(CALENDAR_DATE_PATTERN, withCode('invalid_date')));

/**
 * A calendar date as a caller may give it: `'YYYY-MM-DD'` (read as a date in China), or a `Date`
 * (an instant, read on a Beijing clock). Decodes to `'YYYY-MM-DD'`. Over JSON only the string form exists.
 */
export const calendarDateInputSchema = z.codec(z.union([calendarDateSchema, z.date()]), z.string(), {
  decode: (value, payload) => {
    if (typeof value === 'string') return value;
    const date = chinaDateOf(value);
    if (date !== null) return date;
    payload.issues.push({
      code: 'custom',
      input: value,
      message: 'year outside 1000–9999',
      params: { code: 'invalid_date' },
      path: [],
    });
    // The issue ends the parse: zod keeps no decoded value then.
    return z.NEVER;
  },
  encode: (date) => date,
});

/** A GB/T 2260 administrative division code: six digits. */
export const regionCodeSchema = z
  .string()
  .check(
    z.regex(
      /^\d{6}$/,
      withCode('invalid_value', { zh: '应为六位数字的行政区划代码', en: 'expected a six-digit GB/T 2260 code' }),
    ),
  );

/** An amount in 元 written as a decimal string: digits, then at most two decimals. */
const YUAN_TEXT_PATTERN = /^\s*\d+(?:\.\d{1,2})?\s*$/;

/**
 * An amount in 元 given by a caller (a number ≥ 0 or a decimal string, at most two decimals), decoded
 * to integer 分 without floating-point arithmetic.
 */
export const yuanInputSchema = z.codec(
  z.union([
    z.number().check(z.nonnegative(withCode('negative_amount'))),
    z.string().check(
      // A minus sign is named for what it is, before the pattern says the text is no amount.
      z.refine((text) => !text.trimStart().startsWith('-'), { ...withCode('negative_amount'), abort: true }),
      z.regex(YUAN_TEXT_PATTERN, withCode('invalid_amount')),
    ),
  ]),
  z.int(),
  {
    decode: (value, payload) => {
      const fen = fenFromYuanInput(value);
      if (fen !== null) return fen;
      payload.issues.push({
        code: 'custom',
        input: value,
        message: 'not an amount in 元 with at most two decimals, or too large to count exactly in 分',
        params: { code: 'invalid_amount' },
        path: [],
      });
      return z.NEVER;
    },
    encode: (fen) => (fen / 100).toFixed(2),
  },
);

/** A count of items: a whole number from 1 to 1,000,000 (a bound that keeps every sum exact in 分). */
export const countSchema = z.int().check(z.minimum(1), z.maximum(1_000_000));

/** A whole number ≥ 0 (years held, inspections passed, enterprises adopting), at most 1,000,000. */
export const wholeNumberSchema = z.int().check(z.minimum(0), z.maximum(1_000_000));

/** A non-empty string of at most `LIMITS.stringLength` characters (ids, projects). */
export const textSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.stringLength));

/** Chinese and English text side by side. */
export const bilingualSchema = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
/** See {@link bilingualSchema}. */
export type Bilingual = z.infer<typeof bilingualSchema>;
