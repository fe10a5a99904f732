import type { CalendarDate } from './calendarDate.js';

/** Where a date stands against an inclusive window whose ends may be open (`null`). */
export type WindowPosition = 'before' | 'within' | 'after';

/**
 * Places `date` against the inclusive window `[from, to]`; a `null` end is open.
 *
 * @example positionInWindow('2027-03-01', '2022-03-01', '2027-02-28') // 'after'
 */
export function positionInWindow(
  date: CalendarDate,
  from: CalendarDate | null,
  to: CalendarDate | null,
): WindowPosition {
  // Stryker disable next-line ConditionalExpression: the null test states the open end; without it `date < null` is false anyway (NaN < 0).
  if (from !== null && date < from) return 'before';
  // Stryker disable next-line ConditionalExpression: likewise `date > null` is false (NaN > 0).
  if (to !== null && date > to) return 'after';
  return 'within';
}
