import { addCalendarDays, addCalendarYears, type CalendarDate } from '../calendar/calendarDate.js';
import { positionInWindow } from '../calendar/dateWindow.js';
import type { ReasonCode } from '../explain/reasonCodes.js';
import type { PolicyWindow } from '../schema/policy.js';

/** A policy window with both ends as dates (`null` = open or blank). */
export interface ResolvedWindow {
  readonly start: CalendarDate | null;
  readonly end: CalendarDate | null;
  /** The start came from the caller, the text leaving it blank. */
  readonly startAssumed: boolean;
}

/**
 * Turns a window as written into dates. `有效期N年` ends the day before the N-th anniversary
 * (2023-02-11 + 3 years → last day 2026-02-10). A blank start stays blank unless `assumedStart` is given.
 */
export function resolveWindow(window: PolicyWindow, assumedStart: CalendarDate | undefined): ResolvedWindow {
  const startAssumed = window.start.date === null && assumedStart !== undefined;
  const start = window.start.date ?? assumedStart ?? null;
  let end: CalendarDate | null = null;
  if (window.end.type === 'date') end = window.end.date;
  if (window.end.type === 'validity_years' && start !== null) {
    end = addCalendarDays(addCalendarYears(start, window.end.years), -1);
  }
  return { start, end, startAssumed };
}

/** Whether a policy is in force on `date`, or the reason code why not. */
export function windowStatus(window: ResolvedWindow, date: CalendarDate): 'in_force' | ReasonCode {
  if (window.start === null) return 'policy_start_date_blank';
  const position = positionInWindow(date, window.start, window.end);
  if (position !== 'within') return 'policy_not_in_force';
  return 'in_force';
}
