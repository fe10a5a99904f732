import type { CalendarDate } from '../calendar/calendarDate.js';
import type { Policy } from '../schema/policy.js';
import type { ResolvedWindow } from './resolveWindow.js';

/**
 * The clause of the window that keeps a policy out of force on a date: its start clause when the
 * date is before the start or the start is blank, its end clause when the date is after the end.
 * `undefined` only for a text with no end clause (an open end cannot have passed).
 */
export function windowCitation(
  policy: Policy,
  window: ResolvedWindow,
  date: CalendarDate,
): { readonly clause: string; readonly quote: string } | undefined {
  const start = policy.window.start;
  // Stryker disable next-line EqualityOperator: on the start day the policy is in force, and no line asks for this citation.
  if (window.start === null || date < window.start) return { clause: start.clause, quote: start.quote };
  const end = policy.window.end;
  return end.type === 'open' ? undefined : { clause: end.clause, quote: end.quote };
}
