import { addDays, addYears, format, isExists } from 'date-fns';

/**
 * A calendar date in China time, written `YYYY-MM-DD`.
 *
 * Dates are strings all the way through the engine: two `YYYY-MM-DD` strings compare correctly with
 * `<`, and a string cannot be shifted by the host's time zone. Only {@link addCalendarYears} and
 * {@link addCalendarDays} build a `Date`, at local midnight, and format it straight back.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * True when `text` is a real calendar date in `YYYY-MM-DD` form (so `2023-02-30` and `2024-13-01` are not).
 *
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  return isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * The calendar date in China (UTC+8) of an instant. A `Date` passed by a caller means an instant;
 * the policies speak of days in China, so the instant is read on a Beijing clock, whatever the host's zone.
 *
 * @example chinaDateOf(new Date('2024-05-09T16:30:00Z')) // '2024-05-10'
 */
export function chinaDateOf(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MS);
  const y = shifted.getUTCFullYear();
  const mo = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const d = String(shifted.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${mo}-${d}`;
}

function toLocalDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * `date` plus `years` calendar years; 29 February falls back to 28 February in a common year.
 *
 * @example addCalendarYears('2023-02-11', 3) // '2026-02-11'
 */
export function addCalendarYears(date: CalendarDate, years: number): CalendarDate {
  return format(addYears(toLocalDate(date), years), 'yyyy-MM-dd');
}

/**
 * `date` plus `days` calendar days (negative to go back).
 *
 * @example addCalendarDays('2026-02-11', -1) // '2026-02-10'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return format(addDays(toLocalDate(date), days), 'yyyy-MM-dd');
}

/** The calendar year of a date, e.g. `2024` for `'2024-05-10'`. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}
