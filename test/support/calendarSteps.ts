import { addCalendarDays, addCalendarYears } from '../../src/calendar/calendarDate.js';

/** `date` plus `days`, for tests whose dates stay well inside the calendar (throws otherwise). */
export function plusDays(date: string, days: number): string {
  const d = addCalendarDays(date, days);
  if (d === null) throw new RangeError(`${date} + ${days} days is off the calendar`);
  return d;
}

/** `date` plus `years`, for tests whose dates stay well inside the calendar (throws otherwise). */
export function plusYears(date: string, years: number): string {
  const d = addCalendarYears(date, years);
  if (d === null) throw new RangeError(`${date} + ${years} years is off the calendar`);
  return d;
}
