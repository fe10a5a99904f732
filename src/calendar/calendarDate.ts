/**
 * A calendar date in China time, written `YYYY-MM-DD`.
 *
 * Dates are strings all the way through the engine: two `YYYY-MM-DD` strings compare correctly with
 * `<`, and a string cannot be shifted by the host's time zone. Arithmetic goes through `Date.UTC` and
 * the `getUTC…` readers only, so no local time zone (not even one that skipped a day) can touch it.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years 1000–9999 whose 29 February exists: divisible by 4 but not by 100, or by 400. */
const LEAP_YEAR = '(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[13579][26]|[2468][048])00)';

/**
 * Exactly the dates {@link isCalendarDate} accepts, as one regular expression: the month's length and
 * leap years included, so a JSON Schema `pattern` made from it is as strict as the library.
 */
export const CALENDAR_DATE_PATTERN = new RegExp(
  '^(?:[1-9]\\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|' +
    LEAP_YEAR +
    '-02-29)$',
);

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const MS_PER_DAY = 24 * 60 * 60 * 1000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromUtc(instant: Date): CalendarDate {
  const y = instant.getUTCFullYear();
  const m = String(instant.getUTCMonth() + 1).padStart(2, '0');
  const d = String(instant.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

function parts(date: CalendarDate): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/**
 * True when `text` is a real calendar date in `YYYY-MM-DD` form, year 1000 to 9999
 * (so `2023-02-30` and `2024-13-01` are not).
 *
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The calendar date in China (UTC+8) of an instant, or `null` when the instant is invalid or its date
 * is outside the years 1000–9999. A `Date` passed by a caller means an instant; the policies speak of
 * days in China, so the instant is read on a Beijing clock, whatever the host's zone.
 *
 * @example chinaDateOf(new Date('2024-05-09T16:30:00Z')) // '2024-05-10'
 */
export function chinaDateOf(instant: Date): CalendarDate | null {
  const time = instant.getTime();
  if (Number.isNaN(time)) return null;
  const date = fromUtc(new Date(time + CHINA_OFFSET_MS));
  return isCalendarDate(date) ? date : null;
}

/**
 * `date` plus `years` calendar years; 29 February falls back to 28 February in a common year.
 *
 * @example addCalendarYears('2023-02-11', 3) // '2026-02-11'
 */
export function addCalendarYears(date: CalendarDate, years: number): CalendarDate {
  const [y, m, d] = parts(date);
  const year = y + years;
  return fromUtc(new Date(Date.UTC(year, m - 1, Math.min(d, daysInMonth(year, m)))));
}

/**
 * `date` plus `days` calendar days (negative to go back).
 *
 * @example addCalendarDays('2026-02-11', -1) // '2026-02-10'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return fromUtc(new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY));
}

/** The calendar year of a date, e.g. `2024` for `'2024-05-10'`. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}
