import { addCalendarYears, type CalendarDate } from '../../calendar/calendarDate.js';
import { fenFromWholeYuan, money } from '../../money/money.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, countLive, liveClaims, noteReading, reduceClaim } from '../claim.js';
import { byClaimOrder } from '../claimOrder.js';
import { awaitHistoryDate, undated } from './undatedHistory.js';
import { idSet } from '../compile/idSet.js';

type CumulativeCap = Extract<Stacking, { type: 'cumulative_cap' }>;

/**
 * 累计不超过: member rules together pay at most the cap per applicant in each period, counting what
 * `history` already paid under this policy. Claims are served in the order obtained (on one day, the
 * larger first: {@link byClaimOrder}); the one that meets the cap is cut down to what is left, and later
 * ones stop.
 */
export function applyCumulativeCap(
  rule: CumulativeCap,
  claims: readonly Claim[],
  history: readonly HistoryEntry[],
  policyId: string,
): void {
  const members = idSet(rule.rules);
  // No member claim: nothing to cut (the same shortcut as below, told before any list is built).
  if (countLive(claims, members) === 0) return;
  const cap = fenFromWholeYuan(rule.capYuan);
  const paid = history.filter((h) => h.policyId === policyId && members.has(h.ruleId));
  const current = liveClaims(claims)
    .filter((c) => members.has(c.rule.id))
    .sort(byClaimOrder);
  // Stryker disable next-line ConditionalExpression: a shortcut only; with no current claim the loop below has nothing to cut.
  if (current.length === 0) return;
  if (rule.period.type !== 'ever' && undated(paid)) {
    // Which period an undated payment counts in cannot be told.
    awaitHistoryDate(current, rule.clause);
    return;
  }
  const anchor = earliest(paid, current);
  const periodOf = (date: CalendarDate) => periodStart(rule.period, anchor, date);
  const used = new Map<string, number>();
  // A period of `ever` reads no date, so an undated payment counts in it.
  for (const h of paid) {
    const period = periodOf(h.obtainedOn ?? anchor);
    used.set(period, (used.get(period) ?? 0) + h.amountFen);
  }
  for (const claim of current) {
    // The cap's reading (which payments count) decides every claim under it, not only those it cuts.
    if (rule.reading) noteReading(claim, rule.reading);
    const period = periodOf(claim.achievement.obtainedOn);
    const before = used.get(period) ?? 0;
    const room = Math.max(0, cap - before);
    if (claim.fen > room) {
      reduceClaim(
        claim,
        room,
        'cap_reached',
        {
          zh: `累计上限 ${money(cap).text}${period === 'ever' ? '' : `（期间自 ${period} 起）`}，此前已计 ${money(before).text}`,
          en: `cap ${money(cap).yuan} yuan${period === 'ever' ? '' : ` (period from ${period})`}; ${money(before).yuan} yuan already counted`,
        },
        rule,
      );
    }
    // Stryker disable next-line ConditionalExpression: a claim the cap stopped found no room, so what it adds cannot reopen the period.
    used.set(period, before + (claim.state.type === 'live' ? claim.fen : 0));
  }
}

/** The first day of the cap period a date falls in: consecutive periods of N years from the anchor. */
function periodStart(period: CumulativeCap['period'], anchor: CalendarDate, date: CalendarDate): string {
  if (period.type === 'ever') return 'ever';
  let start = anchor;
  // A period starting past 9999-12-31 (`null`) starts after every date the library accepts.
  for (let k = 1; ; k += 1) {
    const next = addCalendarYears(anchor, k * period.years);
    if (next === null || next > date) return start;
    start = next;
  }
}

/**
 * The earliest date among the payments and the claims (an undated payment counts as '', before all):
 * what the periods run from. A minimum found in one pass, not a sorted copy of every date.
 */
function earliest(paid: readonly HistoryEntry[], current: readonly Claim[]): CalendarDate {
  let first: string | undefined;
  for (const h of paid) {
    const date = h.obtainedOn ?? '';
    if (first === undefined || date < first) first = date;
  }
  for (const c of current) {
    const date = c.achievement.obtainedOn;
    if (first === undefined || date < first) first = date;
  }
  return first as CalendarDate;
}
