import { yearOf } from '../../calendar/calendarDate.js';
import { money } from '../../money/money.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, liveClaims, noteReading, reduceClaim, stopClaim } from '../claim.js';
import { byClaimOrder } from '../claimOrder.js';
import { groupBy } from '../groupBy.js';
import { awaitHistoryDate, undated } from './undatedHistory.js';
import { idSet } from '../compile/idSet.js';

type HighestOnly = Extract<Stacking, { type: 'highest_only' }>;

const NO_HISTORY: readonly HistoryEntry[] = [];

/**
 * Claims that compete as one: a single claim, or every claim under one of the `additiveRules`
 * (whose value then also counts what history already paid under that rule in the scope).
 */
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
  const members = idSet(rule.rules);
  const additive = idSet(rule.additiveRules);
  // Most calls bring no member claim, or one and no payment under the pool: nothing to settle (see the
  // shortcut below), told before any list is built, or the rest is compiled (a first call).
  if (!nothingToSettle(claims, members, additive, history, policyId)) {
    settleHighestOnly(rule, claims, history, policyId, members, additive);
  }
}

/** {@link applyHighestOnly} for claims with something to settle. */
function settleHighestOnly(
  rule: HighestOnly,
  claims: readonly Claim[],
  history: readonly HistoryEntry[],
  policyId: string,
  members: ReadonlySet<string>,
  additive: ReadonlySet<string>,
): void {
  const keyOf = (obtainedOn: string, projectId: string | undefined, alone: string) =>
    scopeKey(rule.scope, obtainedOn, projectId, alone);
  const pooledHistory = history.filter((h) => h.policyId === policyId && members.has(h.ruleId));
  if (rule.scope === 'same_year' && undated(pooledHistory)) {
    // Which year an undated payment falls in cannot be told, so no member claim can be settled.
    awaitHistoryDate(
      liveClaims(claims).filter((c) => members.has(c.rule.id)),
      rule.clause,
    );
    return;
  }
  const competing = liveClaims(claims).filter((c) => members.has(c.rule.id));
  // One claim and nothing paid before under the pool: it is the highest, nothing is deducted, and unless
  // it adds up several items the pool's reading decides nothing (see readingDecides).
  // Stryker disable next-line ConditionalExpression: a shortcut only; without it the loop below changes nothing then.
  if (competing.length < 2 && pooledHistory.length === 0 && !readingDecides(competing, NO_HISTORY, additive)) return;
  const groups = groupBy(competing, (c) => keyOf(c.achievement.obtainedOn, c.achievement.projectId, `#${c.index}`));
  for (const [key, group] of groups) {
    // Scopes other than the same year do not read the date (an undated payment was refused above).
    // Stryker disable next-line StringLiteral: no claim's key is 'history' (theirs are `#index`); '' reaches only scopes that do not read dates.
    const inScope = pooledHistory.filter((h) => keyOf(h.obtainedOn ?? '', h.projectId, 'history') === key);
    // One claim and nothing paid before in its scope: it is the highest, and nothing is deducted (unless
    // it adds up several items, when the pool's reading decides it).
    // Stryker disable next-line ConditionalExpression: a shortcut only; such a lone claim passes the loop below unchanged.
    if (!readingDecides(group, inScope, additive)) continue;
    // Equal values: the earlier obtained, then the rule first by id, so the input order never decides.
    const [winner, ...others] = bundlesOf(group, additive, inScope).sort(
      (a, b) => b.fen - a.fen || byClaimOrder(a.first, b.first),
    ) as [Bundle, ...Bundle[]];
    for (const claim of others.flatMap((b) => b.claims)) {
      stopClaim(
        claim,
        'stacking_highest_only',
        {
          zh: `同一范围内最高的一项是 ${winner.first.rule.clause}（${money(winner.fen).text}）`,
          en: `the highest claim in the same scope is under ${winner.first.rule.clause} (${money(winner.fen).yuan} yuan)`,
        },
        rule,
      );
    }
    // The scope ends with the winner's value paid in all: what history paid is deducted from it. (For an
    // additive bundle, the value already counts that rule's own history.)
    const paid = inScope.reduce((sum, h) => sum + h.amountFen, 0);
    const current = winner.claims.reduce((sum, c) => sum + c.fen, 0);
    let toDeduct = current - Math.max(0, winner.fen - paid);
    const detail = {
      zh: `同一范围内已支付 ${money(paid).text}，本项只付高出部分`,
      en: `${money(paid).yuan} yuan already paid in the same scope; only what exceeds it is paid`,
    };
    for (const claim of winner.claims) {
      if (toDeduct > 0) {
        const deducted = Math.min(toDeduct, claim.fen);
        toDeduct -= deducted;
        reduceClaim(claim, claim.fen - deducted, 'stacking_highest_only', detail, rule);
      } else if (rule.reading && readingDecides(group, inScope, additive)) {
        noteReading(claim, rule.reading);
      }
    }
  }
}

/**
 * No member claim, or one that adds up a single item, and no payment under the pool in history: then
 * the claim is the highest, nothing is deducted and the pool's reading decides nothing.
 */
function nothingToSettle(
  claims: readonly Claim[],
  members: ReadonlySet<string>,
  additive: ReadonlySet<string>,
  history: readonly HistoryEntry[],
  policyId: string,
): boolean {
  let lone: Claim | undefined;
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i] as Claim;
    if (claim.state.type !== 'live' || !members.has(claim.rule.id)) continue;
    if (lone !== undefined) return false;
    lone = claim;
  }
  for (let i = 0; i < history.length; i += 1) {
    const h = history[i] as HistoryEntry;
    if (h.policyId === policyId && members.has(h.ruleId)) return false;
  }
  return lone === undefined || !additive.has(lone.rule.id) || (lone.achievement.count ?? 1) <= 1;
}

/**
 * Whether how the pool is read decides the outcome: more than one claim or an earlier payment meet in
 * the scope, or an additive rule adds up several items (每项) of one claim.
 */
function readingDecides(
  group: readonly Claim[],
  inScope: readonly HistoryEntry[],
  additive: ReadonlySet<string>,
): boolean {
  return (
    group.length > 1 ||
    inScope.length > 0 ||
    // Stryker disable next-line MethodExpression: reached with one claim only (more decide above), where some = every.
    group.some((c) => additive.has(c.rule.id) && (c.achievement.count ?? 1) > 1)
  );
}

function bundlesOf(group: readonly Claim[], additive: ReadonlySet<string>, inScope: readonly HistoryEntry[]): Bundle[] {
  const byKey = groupBy(group, (c) => (additive.has(c.rule.id) ? c.rule.id : `#${c.index}:${c.rule.id}`));
  return [...byKey.values()].map((unordered) => {
    const list = [...unordered].sort(byClaimOrder);
    const first = list[0] as Claim;
    const earlier = additive.has(first.rule.id) ? inScope.filter((h) => h.ruleId === first.rule.id) : [];
    const fen = [...list.map((c) => c.fen), ...earlier.map((h) => h.amountFen)].reduce((sum, f) => sum + f, 0);
    return { claims: list, fen, first };
  });
}

function scopeKey(
  scope: HighestOnly['scope'],
  obtainedOn: string,
  projectId: string | undefined,
  alone: string,
): string {
  // Stryker disable next-line StringLiteral: one key for the whole pool; which string does not matter.
  if (scope === 'ever') return 'ever';
  if (scope === 'same_year') return `year:${yearOf(obtainedOn)}`;
  return projectId === undefined ? alone : `project:${projectId}`;
}
