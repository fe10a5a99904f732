import { money } from '../../money/money.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, liveClaims, reduceClaim } from '../claim.js';
import { regionContains } from '../regionContains.js';

type DuplicateSupport = Extract<Stacking, { type: 'duplicate_support' }>;

/**
 * Whether a history entry is a payment under another policy of a government within the rule's region:
 * the payments 不得重复享受 looks at.
 */
export function isOtherPolicyWithin(rule: DuplicateSupport, entry: HistoryEntry, policyId: string): boolean {
  return (
    entry.policyId !== policyId && entry.jurisdiction !== undefined && regionContains(rule.region, entry.jurisdiction)
  );
}

/**
 * 不得重复享受 across policies: what `history` shows another policy of the region paid for the same
 * matter (same `projectId`) is not paid again here: the claim stops (`not_paid`), or is paid only for
 * what exceeds the other payments (`top_up`, 就高).
 */
export function applyDuplicateSupport(
  rule: DuplicateSupport,
  claims: readonly Claim[],
  history: readonly HistoryEntry[],
  policyId: string,
): void {
  // Stryker disable next-line ConditionalExpression: a shortcut only; with no history the filter below finds nothing.
  if (history.length === 0) return;
  const others = history.filter((h) => isOtherPolicyWithin(rule, h, policyId) && h.projectId !== undefined);
  // Stryker disable next-line ConditionalExpression: a shortcut only; with no such payment no claim finds one of its matter.
  if (others.length === 0) return;
  for (const claim of liveClaims(claims)) {
    const projectId = claim.achievement.projectId;
    const same = others.filter((h) => h.projectId === projectId);
    if (same.length === 0) continue;
    const paidElsewhere = same.reduce((sum, h) => sum + h.amountFen, 0);
    const names = [...new Set(same.map((h) => h.policyId))].join('、');
    const fen = rule.settle === 'not_paid' ? 0 : Math.max(0, claim.fen - paidElsewhere);
    reduceClaim(
      claim,
      fen,
      'duplicate_support',
      rule.settle === 'not_paid'
        ? {
            zh: `事项 ${projectId} 已按 ${names} 获支持 ${money(paidElsewhere).text}`,
            en: `matter ${projectId} was supported under ${names} (${money(paidElsewhere).yuan} yuan)`,
          }
        : {
            zh: `事项 ${projectId} 已按 ${names} 获支持 ${money(paidElsewhere).text}，按就高原则只付高出部分`,
            en: `matter ${projectId} was supported under ${names} (${money(paidElsewhere).yuan} yuan); under 就高 only the excess is paid`,
          },
      rule,
    );
  }
}
