import { addCalendarDays, addCalendarYears, type CalendarDate } from '../calendar/calendarDate.js';
import { positionInWindow } from '../calendar/dateWindow.js';
import type { ReasonCode } from '../explain/reasonCodes.js';
import type { PolicyWindow, Reading } from '../schema/policy.js';
import { VALIDITY_FROM_LEAP_DAY_READING } from '../calendar/validityEndReading.js';

/** A policy window with both ends as dates (`null` = open or blank). */
export interface ResolvedWindow {
  readonly start: CalendarDate | null;
  readonly end: CalendarDate | null;
  /** The start came from the caller, the text leaving it blank. */
  readonly startAssumed: boolean;
  /**
   * A reading that chose `end` where another reading gives another day (有效期 from 29 February); it
   * decides whether the policy is in force on `end` itself.
   */
  readonly endReading?: Reading;
}

/**
 * Turns a window as written into dates. `有效期N年` runs N whole years from the first day in force: it
 * ends on the day before the start carried N years on (2023-02-11 + 3 years → last day 2026-02-10; from
 * 2024-02-29, 1 year → 2025-02-28, see {@link VALIDITY_FROM_LEAP_DAY_READING}). A blank start stays blank
 * unless `assumedStart` is given. Throws {@link WindowBeyondCalendarError} when the end would pass
 * 9999-12-31 (the boundary refuses such a start before this is reached).
 */
export function resolveWindow(window: PolicyWindow, assumedStart: CalendarDate | undefined): ResolvedWindow {
  const startAssumed = window.start.date === null && assumedStart !== undefined;
  const start = window.start.date ?? assumedStart ?? null;
  if (window.end.type === 'date') return { start, end: window.end.date, startAssumed };
  if (window.end.type !== 'validity_years' || start === null) return { start, end: null, startAssumed };
  const end = validityEnd(start, window.end.years);
  if (end === null) throw new WindowBeyondCalendarError();
  const anniversary = addCalendarYears(start, window.end.years);
  // An anniversary past 9999-12-31 (with the last day within it) can only be 10000-01-01, whose day before is
  // the last day itself: no other reading of the end, so none is flagged.
  const alternative = anniversary === null ? end : addCalendarDays(anniversary, -1);
  return alternative === end
    ? { start, end, startAssumed }
    : { start, end, startAssumed, endReading: VALIDITY_FROM_LEAP_DAY_READING };
}

/**
 * The last day of `有效期N年` from `start`, or `null` when it would pass 9999-12-31: for the boundary
 * to refuse such a start.
 */
export function validityEnd(start: CalendarDate, years: number): CalendarDate | null {
  const dayBefore = addCalendarDays(start, -1);
  return dayBefore === null ? null : addCalendarYears(dayBefore, years);
}

/** A window whose end lies past 9999-12-31, the last date the library accepts. */
export class WindowBeyondCalendarError extends RangeError {
  constructor() {
    super('the window ends after 9999-12-31');
    this.name = 'WindowBeyondCalendarError';
  }
}

/** Whether a policy is in force on `date`, or the reason code why not. */
export function windowStatus(window: ResolvedWindow, date: CalendarDate): 'in_force' | ReasonCode {
  if (window.start === null) return 'policy_start_date_blank';
  const position = positionInWindow(date, window.start, window.end);
  if (position !== 'within') return 'policy_not_in_force';
  return 'in_force';
}
