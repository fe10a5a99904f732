import type { HistoryEntry } from '../../schema/options.js';
import type { Claim } from '../claim.js';

/** Whether any of the entries has no `obtainedOn` (the caller's payment record lacks the date). */
export function undated(history: readonly HistoryEntry[]): boolean {
  return history.some((h) => h.obtainedOn === undefined);
}

/**
 * Leaves claims undetermined because a payment the rule counts has no date and the rule needs it (which
 * year, which cap period): the payment is neither counted nor ignored, and the missing fact is named.
 */
export function awaitHistoryDate(claims: readonly Claim[], clause: string): void {
  for (const claim of claims) {
    claim.state = {
      type: 'undecided',
      code: 'missing_fact',
      facts: ['history.obtainedOn'],
      detail: {
        zh: `${clause} 须知 history 中已付奖励的成果取得日（obtainedOn）`,
        en: `${clause} needs the obtainedOn of the payment in history`,
      },
    };
  }
}
