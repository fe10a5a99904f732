import type { HistoryEntry } from '../../schema/options.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import { applyFirstTimeWithinPortfolio } from '../firstTimeWithinPortfolio.js';
import { applyStackingRule } from '../stacking/applyStacking.js';
import type { Filed } from './lines.js';

/**
 * Phase 4, stack: settles how the claims meet each other. 首次 within the portfolio first, then the
 * policy's stacking rules in the order compiled (最先申报, 就高, 累计不超过). Claims are lowered,
 * stopped or left undecided, always with a reason; nothing is dropped.
 */
export function stack(policy: CompiledPolicy, filed: Filed, history: readonly HistoryEntry[]): void {
  applyFirstTimeWithinPortfolio(filed.claims);
  for (const rule of policy.stacking) {
    applyStackingRule(rule, filed.claims, filed.filedWithoutAmount, history, policy.policy.id);
  }
}
