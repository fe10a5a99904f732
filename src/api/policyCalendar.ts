import { utc } from '../calendar/utcContext.js';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import * as z from 'zod/mini';
import type { CalendarDate } from '../calendar/calendarDate.js';
import { fromZodIssues } from '../errors/fromZodIssues.js';
import { type InputIssue, QualityRewardsError } from '../errors/QualityRewardsError.js';
import { resolveWindow } from '../engine/resolveWindow.js';
import type { CalendarStatus, PolicyCalendar, PolicyCalendarEntry } from '../result/policyCalendar.js';
import type { Policy } from '../schema/policy.js';
import { calendarDateInputSchema, wholeNumberSchema } from '../schema/primitives.js';
import type { Evaluator } from './createEvaluator.js';

/** The horizon of "starts / ends soon" when the caller gives none: about a quarter. */
export const DEFAULT_CALENDAR_WITHIN_DAYS = 90;

/**
 * Every policy of an evaluator on a date: in force, not yet in force, expired or with a blank start; a
 * draft or not; its window; the days until it starts and ends; whether it starts or ends within
 * `within` days (default 90). What a 免申即享 platform shows as its policy calendar. Throws
 * {@link QualityRewardsError} on a bad date or `within`.
 */
export function policyCalendar(
  evaluator: Pick<Evaluator, 'listPolicies' | 'getPolicy'>,
  date: unknown,
  options?: { readonly within?: number },
): PolicyCalendar {
  const issues: InputIssue[] = [];
  const d = calendarDateInputSchema.safeParse(date, { reportInput: true });
  if (!d.success) issues.push(...fromZodIssues(d.error.issues, ['date']));
  const w = z.optional(wholeNumberSchema).safeParse(options?.within, { reportInput: true });
  if (!w.success) issues.push(...fromZodIssues(w.error.issues, ['options', 'within']));
  if (!d.success || !w.success) throw new QualityRewardsError(issues as [InputIssue, ...InputIssue[]]);
  const within = w.data ?? DEFAULT_CALENDAR_WITHIN_DAYS;
  const policies = evaluator
    .listPolicies()
    .map(({ id }) => entry(evaluator.getPolicy(id), d.data, within))
    .sort(
      (a, b) =>
        a.jurisdiction.code.localeCompare(b.jurisdiction.code) ||
        (a.window.start ?? '').localeCompare(b.window.start ?? ''),
    );
  return { date: d.data, within, policies };
}

function entry(policy: Policy, date: CalendarDate, within: number): PolicyCalendarEntry {
  const { start, end } = resolveWindow(policy.window, undefined);
  const daysUntilStart = start === null ? null : daysFrom(date, start);
  const daysUntilEnd = end === null ? null : daysFrom(date, end);
  const status: CalendarStatus =
    start === null
      ? 'start_blank'
      : (daysUntilStart as number) > 0
        ? 'not_yet_in_force'
        : // No end (null): never expired.
          (daysUntilEnd ?? 0) < 0
          ? 'expired'
          : 'in_force';
  const j = policy.jurisdiction;
  return {
    policyId: policy.id,
    title: policy.title,
    titleEn: policy.titleEn,
    jurisdiction: { code: j.code, slug: j.slug, name: j.names[0] as string, nameEn: j.nameEn },
    status,
    draft: policy.status === 'draft',
    window: { start, end },
    ...(policy.window.end.type === 'validity_years' ? { validityYears: policy.window.end.years } : {}),
    daysUntilStart,
    daysUntilEnd,
    startsWithin: status === 'not_yet_in_force' && (daysUntilStart as number) <= within,
    endsWithin: status === 'in_force' && daysUntilEnd !== null && daysUntilEnd <= within,
  };
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), counted on UTC days, never local ones. */
function daysFrom(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(`${to}T00:00:00Z`, `${from}T00:00:00Z`, { in: utc });
}
