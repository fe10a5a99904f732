// Each function from its own module: the package index of date-fns loads some 250 modules at import,
// more than the rest of this library's import costs.
import { utc } from './utcContext.js';
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { boundedMemo } from '../memo/boundedMemo.js';

/**
 * A calendar date in China, written `YYYY-MM-DD`, year 1000 to 9999.
 *
 * Dates are strings all the way through the engine: two `YYYY-MM-DD` strings compare correctly with
 * `<`, and a string cannot be shifted by the host's time zone. Arithmetic is date-fns with the `in`
 * context set to UTC (`@date-fns/utc`), and an instant is read in `Asia/Shanghai` (the platform's `Intl`), so
 * the host's time zone (even one that skipped a day) never touches a result. Arithmetic that would leave
 * the years 1000–9999 answers `null` rather than a date that no longer compares as a string.
 */
export type CalendarDate = string;

/** date-fns options: compute on the UTC calendar, whatever the host's zone. */
const ON_UTC = { in: utc } as const;

/** The last date the library accepts. */
export const LAST_CALENDAR_DATE: CalendarDate = '9999-12-31';

/** Years 1000–9999 whose 29 February exists: divisible by 4 but not by 100, or by 400. */
const LEAP_YEAR = '(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[13579][26]|[2468][048])00)';

/**
 * The real `YYYY-MM-DD` dates of the years 1000–9999, as one regular expression: the month's length and
 * leap years included, so a JSON Schema `pattern` made from it is as strict as the library.
 */
export const CALENDAR_DATE_PATTERN = new RegExp(
  '^(?:[1-9]\\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|' +
    LEAP_YEAR +
    '-02-29)$',
);

/** A calendar date as midnight UTC, for date-fns to count on. */
function onUtc(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The `YYYY-MM-DD` of a date-fns result, or `null` outside the years 1000–9999. */
function calendarDateOf(date: Date, options: typeof ON_UTC): CalendarDate | null {
  if (!isValid(date)) return null;
  // `formatISO` rather than `format`: the same `yyyy-MM-dd`, without loading the locale formatters.
  const text = formatISO(date, { representation: 'date', ...options });
  return isCalendarDate(text) ? text : null;
}

/**
 * True when `text` is a real calendar date in `YYYY-MM-DD` form, year 1000 to 9999
 * (so `2023-02-30` and `2024-13-01` are not).
 *
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: string): boolean {
  return CALENDAR_DATE_PATTERN.test(text);
}

/**
 * The Beijing clock of the time zone database (`Asia/Shanghai`: local mean time, UTC+8:05:43, before
 * 1901), as the platform's `Intl` keeps it. Made on first use: a formatter costs to build, and most
 * callers pass dates as text.
 */
let beijingClock: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in China of an instant, or `null` when the instant is invalid or its date is
 * outside the years 1000–9999. A `Date` passed by a caller means an instant; the policies speak of days
 * in China, so the instant is read on a Beijing clock (`Asia/Shanghai`), whatever the host's zone.
 * `Intl` reads it directly (what `@date-fns/tz` does underneath), so no time-zone package is shipped.
 *
 * @example chinaDateOf(new Date('2024-05-09T16:30:00Z')) // '2024-05-10'
 */
export function chinaDateOf(instant: Date): CalendarDate | null {
  const time = instant.getTime();
  if (Number.isNaN(time)) return null;
  beijingClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    era: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let era = '';
  let year = '';
  let month = '';
  let day = '';
  for (const part of beijingClock.formatToParts(time)) {
    if (part.type === 'era') era = part.value;
    else if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  // A year before the common era is written as a positive number with its era: it is no year 1000–9999.
  if (era !== 'AD') return null;
  const text = `${year}-${month}-${day}`;
  return isCalendarDate(text) ? text : null;
}

/**
 * `date` plus `years` calendar years; a 29 February falls on 28 February in a common year (date-fns,
 * and 民法典 第二百零二条: lacking the corresponding day, the month's last day). `null` past 9999-12-31.
 *
 * @example addCalendarYears('2023-02-11', 3) // '2026-02-11'
 */
export function addCalendarYears(date: CalendarDate, years: number): CalendarDate | null {
  return remembered(`${date}+${years}y`, () => calendarDateOf(addYears(onUtc(date), years, ON_UTC), ON_UTC));
}

/**
 * Date arithmetic already worked out: caps, windows and yearly schedules ask for the same few dates on
 * every call, and each answer is a pure function of its arguments. Bounded, so a long-running service
 * asked about every date in the calendar stays small.
 */
const remembered = boundedMemo<CalendarDate | null>(10_000);

/**
 * `date` plus `days` calendar days (negative to go back). `null` outside the years 1000–9999.
 *
 * @example addCalendarDays('2026-02-11', -1) // '2026-02-10'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate | null {
  return remembered(`${date}+${days}d`, () => calendarDateOf(addDays(onUtc(date), days, ON_UTC), ON_UTC));
}

/** The calendar year of a date, e.g. `2024` for `'2024-05-10'`. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}
