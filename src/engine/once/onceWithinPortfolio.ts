import type { Once, Rule } from '../../schema/policy.js';
import { type Claim, countLive, liveClaims, noteReading, stopClaim } from '../claim.js';
import { byClaimOrder } from '../claimOrder.js';
import { groupBy } from '../groupBy.js';
import { onceGroupKey } from './paidOnce.js';

/**
 * 一次性 within one portfolio: claims for one matter (same `projectId`, under one rule or its `sameAs`
 * rules) are paid once. The one paid is the earliest obtained; on the same day, the larger amount, then
 * the rule listed first by id, so the outcome never depends on the order of the input. (Two claims equal
 * in all of these are the same reward under the same rule; which of the two lines is marked paid then
 * follows the input, the amounts do not.) An achievement without `projectId` is a matter of its own.
 */
export function applyOnceWithinPortfolio(claims: readonly Claim[]): void {
  // Fewer than two claims cannot meet (the same shortcut as below, told before any list is built).
  if (countLive(claims) < 2) return;
  const withOnce = liveClaims(claims).filter((c): c is Claim & { rule: Rule & { once: Once } } => !!c.rule.once);
  // A claim alone meets no other: none is stopped, and no reading of "once" decides it.
  // Stryker disable next-line ConditionalExpression: a shortcut only; with fewer than two claims the groups below are single.
  if (withOnce.length < 2) return;
  // Claims meet only under the same rules: grouped by them first, and only a group of two or more is split
  // by matter. A refinement of grouping by matter alone: a matter's key is its rules' key, or starts with it
  // and `@`, or is one claim's own (`#index:ruleId`); a library checked by `defineLibrary` has rule ids
  // unique within a policy and without `@`, `#` or `:`, so no two rules' claims share a matter key.
  // Most claims are alone under their rules; each was given a key string of its matter and a group of its
  // own, ~2 µs for 19 claims of which two met.
  const byRules = groupBy(withOnce, (c) => onceGroupKey(c.rule));
  for (const list of byRules.values()) {
    if (list.length < 2) continue;
    // How "once" is read decides every claim that meets another under the same rules, whatever its matter.
    // Stryker disable next-line OptionalChaining: a group has at least one claim; `?.` is for the type checker.
    const reading = list[0]?.rule.once.reading;
    if (reading) list.forEach((c) => noteReading(c, reading));
    for (const group of groupBy(list, matterKey).values()) {
      // Stryker disable next-line ConditionalExpression: a shortcut only: a lone claim is first, and no claim comes after it.
      if (group.length < 2) continue;
      const [first, ...later] = [...group].sort(byClaimOrder) as [Claim, ...Claim[]];
      for (const claim of later) {
        stopClaim(
          claim,
          'already_paid',
          {
            zh: `同一事项已按第 ${first.index + 1} 项（${first.rule.id}，${first.achievement.obtainedOn}）计付`,
            en: `the same matter is paid under achievement #${first.index + 1} (${first.rule.id}, ${first.achievement.obtainedOn})`,
          },
          // Stryker disable next-line OptionalChaining: only claims under a rule with 一次性 are grouped here.
          { clause: claim.rule.clause, quote: claim.rule.once?.quote ?? claim.rule.quote },
        );
      }
    }
  }
}

/** The matter a claim is paid once for: its rules, for the recipient or the `projectId`; without one, itself. */
function matterKey(c: Claim & { rule: Rule & { once: Once } }): string {
  const rules = onceGroupKey(c.rule);
  if (c.rule.once.per === 'recipient') return rules;
  return c.achievement.projectId === undefined ? `#${c.index}:${c.rule.id}` : `${rules}@${c.achievement.projectId}`;
}
