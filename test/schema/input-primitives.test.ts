import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkArgument } from '../../src/errors/checkArgument.js';
import { QualityRewardsError } from '../../src/errors/QualityRewardsError.js';
import { calendarDateInputSchema, yuanInputSchema } from '../../src/schema/primitives.js';

/** The first raw zod issue of a failed parse: its path and message, and how many there are. */
const rawIssue = (result: ReturnType<typeof z.safeParse>) => {
  const issues = result.error?.issues ?? [];
  return { path: issues[0]?.path, message: issues[0]?.message, count: issues.length };
};

/** The library's error for a value given as argument `value`: each issue's code and path. */
const errorOf = (schema: z.ZodMiniType, value: unknown) => {
  try {
    checkArgument(schema, value, 'value');
  } catch (error) {
    expect(error).toBeInstanceOf(QualityRewardsError);
    return (error as QualityRewardsError).issues.map((i) => [i.code, i.path]);
  }
  throw new Error('the value was accepted');
};

describe('a calendar date as a caller gives it: YYYY-MM-DD, or a Date read on a Beijing clock', () => {
  it('the text is kept as it is', () => {
    expect(z.parse(calendarDateInputSchema, '2024-02-29')).toBe('2024-02-29');
  });

  it('a Date is the day it is in China (23:30 UTC on 31 May is 1 June in Beijing)', () => {
    expect(z.parse(calendarDateInputSchema, new Date('2024-05-31T23:30:00Z'))).toBe('2024-06-01');
  });

  it('a Date in a year before 1000 or after 9999 → invalid_date, saying the years allowed', () => {
    for (const date of [new Date('0999-12-31T00:00:00+08:00'), new Date('+010000-01-01T00:00:00+08:00')]) {
      expect(errorOf(calendarDateInputSchema, date)).toEqual([['invalid_date', ['value']]]);
      expect(rawIssue(z.safeParse(calendarDateInputSchema, date))).toEqual({
        path: [],
        message: 'year outside 1000–9999',
        count: 1,
      });
    }
  });

  it('encoded, a date is its text', () => {
    expect(z.encode(calendarDateInputSchema, '2024-06-01')).toBe('2024-06-01');
  });
});

describe('an amount in 元 as a caller gives it: a number or a decimal text, decoded to integer 分', () => {
  it('12.34 and "12.34" → 1234 分; " 5 " → 500 分', () => {
    expect(z.parse(yuanInputSchema, 12.34)).toBe(1234);
    expect(z.parse(yuanInputSchema, '12.34')).toBe(1234);
    expect(z.parse(yuanInputSchema, ' 5 ')).toBe(500);
  });

  it('a minus sign, even after spaces → negative_amount (not “no amount”)', () => {
    for (const text of ['-5', ' -5', '\t-0.5']) {
      expect(errorOf(yuanInputSchema, text)).toEqual([['negative_amount', ['value']]]);
    }
    expect(errorOf(yuanInputSchema, -5)).toEqual([['negative_amount', ['value']]]);
  });

  it('three decimals → invalid_amount', () => {
    expect(errorOf(yuanInputSchema, '1.234')).toEqual([['invalid_amount', ['value']]]);
  });

  it('too large to count exactly in 分 (2^53 元, as a number or as text) → invalid_amount, saying why', () => {
    for (const amount of [2 ** 53, '9007199254740993']) {
      expect(errorOf(yuanInputSchema, amount)).toEqual([['invalid_amount', ['value']]]);
      expect(rawIssue(z.safeParse(yuanInputSchema, amount))).toEqual({
        path: [],
        message: 'not an amount in 元 with at most two decimals, or too large to count exactly in 分',
        count: 1,
      });
    }
  });

  it('encoded, 分 are 元 with two decimals: 12345 分 → "123.45"', () => {
    expect(z.encode(yuanInputSchema, 12345)).toBe('123.45');
    expect(z.encode(yuanInputSchema, 7)).toBe('0.07');
  });
});
