import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import type { Claim } from '../claim.js';
import { applyCumulativeCap } from './cumulativeCap.js';
import { applyDuplicateSupport } from './duplicateSupport.js';
import { applyFirstFiled, type FiledWithoutAmount } from './firstFiled.js';
import { applyHighestOnly } from './highestOnly.js';

/**
 * Settles a policy's stacking rules in a fixed order: which claim of a project counts (最先申报),
 * then which of competing rewards is paid (就高), then how much of it fits under a cap (累计不超过),
 * last what other policies already paid for the same matter (不得重复享受).
 */
export const STACKING_ORDER: readonly Stacking['type'][] = [
  'first_filed',
  'highest_only',
  'cumulative_cap',
  'duplicate_support',
];

/** Applies one stacking rule to the claims. */
export function applyStackingRule(
  rule: Stacking,
  claims: readonly Claim[],
  filedWithoutAmount: readonly FiledWithoutAmount[],
  history: readonly HistoryEntry[],
  policyId: string,
): void {
  if (rule.type === 'first_filed') applyFirstFiled(rule, claims, filedWithoutAmount, history, policyId);
  if (rule.type === 'highest_only') applyHighestOnly(rule, claims, history, policyId);
  if (rule.type === 'cumulative_cap') applyCumulativeCap(rule, claims, history, policyId);
  if (rule.type === 'duplicate_support') applyDuplicateSupport(rule, claims, history, policyId);
}
