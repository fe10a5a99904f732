import { addCalendarYears, type CalendarDate } from '../../calendar/calendarDate.js';
import { money } from '../../money/money.js';
import type { HistoryEntry } from '../../schema/options.js';
import { type Claim, type Instalment, reduceClaim, stopClaim } from '../claim.js';

/**
 * N元/年 for N years: instalment k falls due on the (k−1)-th anniversary of the achievement. On the date
 * of evaluation a claim pays the instalments due, net of what `history` already paid under the same rule
 * for the same matter (same `projectId`, or both without one), oldest first; later instalments are
 * listed as scheduled, not paid. A claim whose due instalments were all paid before is `already_paid`.
 */
export function applyYearlySchedule(
  claims: readonly Claim[],
  history: readonly HistoryEntry[],
  policyId: string,
  date: CalendarDate,
): void {
  // Each pass settles only its own claim, so asking each whether it is live as it comes is the same as
  // taking the live ones first, without building that list.
  for (const claim of claims) {
    const yearly = claim.reckoned.schedule;
    // A claim without a schedule (most) is told here, so a call with none does not compile the rest (a first call).
    if (yearly && claim.state.type === 'live') scheduleClaim(claim, yearly, history, policyId, date);
  }
}

/** {@link applyYearlySchedule} for one live claim with a schedule. */
function scheduleClaim(
  claim: Claim,
  yearly: NonNullable<Claim['reckoned']['schedule']>,
  history: readonly HistoryEntry[],
  policyId: string,
  date: CalendarDate,
): void {
  let paidBefore = history
    .filter((h) => h.policyId === policyId && h.ruleId === claim.rule.id && h.projectId === claim.achievement.projectId)
    .reduce((sum, h) => sum + h.amountFen, 0);
  const schedule: Instalment[] = yearly.map((s) => {
    // An anniversary past the last representable day (9999-12-31) is not due within any date.
    const dueOn = addCalendarYears(claim.achievement.obtainedOn, s.year - 1) ?? '9999-12-31';
    // A 0元 instalment was never paid before: history covers only instalments that pay something.
    if (s.fen > 0 && paidBefore >= s.fen) {
      paidBefore -= s.fen;
      return { year: s.year, fen: s.fen, dueOn, status: 'paid_before' };
    }
    return { year: s.year, fen: s.fen, dueOn, status: dueOn <= date ? 'due' : 'scheduled' };
  });
  claim.schedule = schedule;
  const sum = (status: Instalment['status']) =>
    schedule.filter((s) => s.status === status).reduce((total, s) => total + s.fen, 0);
  const due = sum('due');
  const by = { clause: claim.rule.clause, quote: claim.rule.quote };
  if (due === 0 && sum('paid_before') > 0 && sum('scheduled') === 0) {
    stopClaim(claim, 'already_paid', { zh: '各年度均已支付', en: 'every instalment was paid before' }, by);
    return;
  }
  if (sum('paid_before') > 0) {
    reduceClaim(
      claim,
      claim.fen - sum('paid_before'),
      'already_paid',
      {
        zh: `此前已付 ${money(sum('paid_before')).text}（history）`,
        en: `${money(sum('paid_before')).yuan} yuan paid before (history)`,
      },
      by,
    );
  }
  if (
    sum('scheduled') > 0 &&
    // Stryker disable next-line ConditionalExpression: the claim is still live here: the deduction above leaves at least the scheduled amount.
    claim.state.type === 'live'
  ) {
    const next = schedule.find((s) => s.status === 'scheduled');
    reduceClaim(
      claim,
      due,
      'instalment_not_due',
      {
        // Stryker disable next-line OptionalChaining,LogicalOperator: some instalment is scheduled here, so `next` is always found.
        zh: `${money(sum('scheduled')).text} 尚未到期（下一期 ${next?.dueOn ?? ''}）`,
        // Stryker disable next-line OptionalChaining,LogicalOperator: some instalment is scheduled here, so `next` is always found.
        en: `${money(sum('scheduled')).yuan} yuan not yet due (next on ${next?.dueOn ?? ''})`,
      },
      by,
    );
  }
}
