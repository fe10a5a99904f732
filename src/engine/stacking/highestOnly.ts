import { yearOf } from '../../calendar/calendarDate.js';
import { money } from '../../money/money.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, liveClaims, noteReading, reduceClaim, stopClaim } from '../claim.js';

type HighestOnly = Extract<Stacking, { type: 'highest_only' }>;

/**
 * 就高 (不重复): in each scope, only the highest member claim is paid; the rest stop. What history
 * already paid in the same scope is deducted from the winner, so successive claims top up to the
 * highest amount rather than pay twice.
 */
export function applyHighestOnly(
  rule: HighestOnly,
  claims: readonly Claim[],
  history: readonly HistoryEntry[],
  policyId: string,
): void {
  const members = new Set(rule.rules);
  const groups = new Map<string, Claim[]>();
  for (const claim of liveClaims(claims)) {
    if (!members.has(claim.rule.id)) continue;
    const key = scopeKey(rule.scope, claim.achievement.obtainedOn, claim.achievement.projectId, `#${claim.index}`);
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  for (const [key, group] of groups) {
    const ranked = [...group].sort(
      (a, b) => b.fen - a.fen || a.achievement.obtainedOn.localeCompare(b.achievement.obtainedOn) || a.index - b.index,
    );
    const [winner, ...others] = ranked as [Claim, ...Claim[]];
    for (const other of others) {
      stopClaim(
        other,
        'stacking_highest_only',
        {
          zh: `已按更高的 ${winner.rule.clause}（${money(winner.fen).text}）支付`,
          en: `the higher claim under ${winner.rule.clause} (${money(winner.fen).yuan} yuan) is paid`,
        },
        rule,
      );
    }
    const paid = history
      .filter((h) => h.policyId === policyId && members.has(h.ruleId))
      .filter((h) => scopeKey(rule.scope, h.obtainedOn, h.projectId, `history`) === key)
      .reduce((sum, h) => sum + h.amountFen, 0);
    if (paid > 0) {
      reduceClaim(
        winner,
        winner.fen - paid,
        'stacking_highest_only',
        {
          zh: `同一范围内已支付 ${money(paid).text}，只补足差额`,
          en: `${money(paid).yuan} yuan already paid in the same scope; only the difference is paid`,
        },
        rule,
      );
    } else if (others.length > 0 && rule.reading) {
      noteReading(winner, rule.reading);
    }
  }
}

function scopeKey(
  scope: HighestOnly['scope'],
  obtainedOn: string,
  projectId: string | undefined,
  alone: string,
): string {
  if (scope === 'ever') return 'ever';
  if (scope === 'same_year') return `year:${yearOf(obtainedOn)}`;
  return projectId === undefined ? alone : `project:${projectId}`;
}
