import type { CalendarDate } from '../../calendar/calendarDate.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { applyYearlySchedule } from '../schedule/applyYearlySchedule.js';
import type { CompiledPolicy } from '../compile/compiledPolicy.js';
import { applyFirstTimeWithinPortfolio } from '../firstTimeWithinPortfolio.js';
import { applyInAdditionTo } from '../inAddition/applyInAdditionTo.js';
import { applyOnceWithinPortfolio } from '../once/onceWithinPortfolio.js';
import { applyStackingRule } from '../stacking/applyStacking.js';
import type { Filed } from './lines.js';

/**
 * Phase 4, stack: settles how the claims meet each other. 首次 and 一次性 within the portfolio first, then the
 * policy's stacking rules in the order compiled (最先申报, 就高, 累计不超过). Claims are lowered,
 * stopped or left undecided, always with a reason; nothing is dropped.
 */
export function stack(
  policy: CompiledPolicy,
  filed: Filed,
  history: readonly HistoryEntry[],
  date: CalendarDate,
): void {
  // Per-year rewards pay what is due on the date, net of history, before anything competes with them.
  const claims = filed.claims;
  applyYearlySchedule(claims, history, policy.policy.id, date);
  // 首次 and 一次性 within the portfolio need two claims to meet (as each tells first): not asked with
  // fewer, so a call of one achievement (the first of a process among them) does not compile them.
  if (claims.length > 1) {
    applyFirstTimeWithinPortfolio(claims);
    applyOnceWithinPortfolio(claims);
  }
  // Indexed, not for…of: iterating a frozen array (as compiled lists are) makes an iterator each time in V8.
  const rules = policy.stacking;
  for (let i = 0; i < rules.length; i += 1) {
    applyStackingRule(rules[i] as Stacking, filed.claims, filed.filedWithoutAmount, history, policy.policy.id);
  }
  // Last: an addition stands or falls with what it is added to, as stacking has left it.
  applyInAdditionTo(filed, history, policy.policy);
}
