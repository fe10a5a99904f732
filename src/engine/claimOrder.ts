import type { Claim } from './claim.js';

/**
 * The order in which competing claims are served, so that no outcome depends on the order of the input:
 * the earliest obtained first; on the same day the larger amount; then the rule listed first by id.
 * Only claims equal in all of these (the same reward under the same rule, obtained the same day) fall
 * back to their position in the input, and between those only which line is marked paid can differ.
 */
export function byClaimOrder(a: Claim, b: Claim): number {
  return (
    a.achievement.obtainedOn.localeCompare(b.achievement.obtainedOn) ||
    b.fen - a.fen ||
    a.rule.id.localeCompare(b.rule.id) ||
    a.index - b.index
  );
}
