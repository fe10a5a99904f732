import { yearOf } from '../../calendar/calendarDate.js';
import { money } from '../../money/money.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, liveClaims, noteReading, reduceClaim, stopClaim } from '../claim.js';

type HighestOnly = Extract<Stacking, { type: 'highest_only' }>;

/** Claims that compete as one: a single claim, or every claim under one of the `additiveRules`. */
interface Bundle {
  readonly claims: Claim[];
  readonly fen: number;
  readonly first: Claim;
}

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
    const [winner, ...others] = bundlesOf(group, new Set(rule.additiveRules)).sort(
      (a, b) =>
        b.fen - a.fen ||
        a.first.achievement.obtainedOn.localeCompare(b.first.achievement.obtainedOn) ||
        a.first.index - b.first.index,
    ) as [Bundle, ...Bundle[]];
    for (const claim of others.flatMap((b) => b.claims)) {
      stopClaim(
        claim,
        'stacking_highest_only',
        {
          zh: `已按更高的 ${winner.first.rule.clause}（${money(winner.fen).text}）支付`,
          en: `the higher claim under ${winner.first.rule.clause} (${money(winner.fen).yuan} yuan) is paid`,
        },
        rule,
      );
    }
    let paid = history
      .filter((h) => h.policyId === policyId && members.has(h.ruleId))
      .filter((h) => scopeKey(rule.scope, h.obtainedOn, h.projectId, `history`) === key)
      .reduce((sum, h) => sum + h.amountFen, 0);
    const detail = {
      zh: `同一范围内已支付 ${money(paid).text}，只补足差额`,
      en: `${money(paid).yuan} yuan already paid in the same scope; only the difference is paid`,
    };
    for (const claim of winner.claims) {
      if (paid > 0) {
        const deducted = Math.min(paid, claim.fen);
        paid -= deducted;
        reduceClaim(claim, claim.fen - deducted, 'stacking_highest_only', detail, rule);
      } else if (others.length > 0 && rule.reading) {
        noteReading(claim, rule.reading);
      }
    }
  }
}

function bundlesOf(group: readonly Claim[], additive: ReadonlySet<string>): Bundle[] {
  const byKey = new Map<string, Claim[]>();
  for (const claim of group) {
    const key = additive.has(claim.rule.id) ? claim.rule.id : `#${claim.index}:${claim.rule.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }
  return [...byKey.values()].map((list) => ({
    claims: list,
    fen: list.reduce((sum, c) => sum + c.fen, 0),
    first: list[0] as Claim,
  }));
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
