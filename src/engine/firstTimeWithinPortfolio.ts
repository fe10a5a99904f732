import type { Condition, Rule } from '../schema/policy.js';
import { type Claim, liveClaims, stopClaim } from './claim.js';
import { byClaimOrder } from './claimOrder.js';
import { groupBy } from './groupBy.js';

/**
 * 首次 within one portfolio: when several achievements claim the same first-time reward (the same
 * rule, or rules named as the same by `sameAs`), only the earliest obtained can be the first time; on
 * the same day, the larger amount, then the rule first by id.
 */
export function applyFirstTimeWithinPortfolio(claims: readonly Claim[]): void {
  // Stryker disable next-line ConditionalExpression: a shortcut only; the same test follows on the claims with 首次.
  if (claims.length < 2) return;
  // Counted before any list is built: most portfolios have fewer than two such claims.
  let counted = 0;
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i] as Claim;
    if (claim.state.type === 'live' && firstTimeOf(claim.rule) !== undefined) counted += 1;
  }
  // Stryker disable next-line ConditionalExpression: a shortcut only: the same test follows on the list.
  if (counted < 2) return;
  const withFirstTime = liveClaims(claims).flatMap((claim) => {
    const condition = firstTimeOf(claim.rule);
    // Stryker disable next-line ArrayDeclaration: a made-up id added to every claim's group key keeps the groups apart as they were.
    return condition !== undefined ? [{ claim, sameAs: condition.sameAs ?? [] }] : [];
  });
  // With fewer than two such claims, none can come after another.
  // Stryker disable next-line ConditionalExpression: a shortcut only: a lone claim is first in its group below.
  if (withFirstTime.length < 2) return;
  const groups = new Map(
    [...groupBy(withFirstTime, ({ claim, sameAs }) => [claim.rule.id, ...sameAs].sort().join('|'))].map(
      ([key, list]) => [key, list.map((x) => x.claim)] as const,
    ),
  );
  for (const group of groups.values()) {
    // Two first-time claims on one day: the larger is the first time (see byClaimOrder), whatever the input order.
    const [first, ...later] = [...group].sort(byClaimOrder) as [Claim, ...Claim[]];
    for (const claim of later) {
      // Stryker disable next-line OptionalChaining: only claims under a rule with a first_time condition are here.
      const condition = firstTimeOf(claim.rule);
      stopClaim(
        claim,
        'not_first_time',
        {
          zh: `同一组合中第 ${first.index + 1} 项（${first.achievement.obtainedOn}）更早取得`,
          en: `achievement #${first.index + 1} of the same portfolio (${first.achievement.obtainedOn}) came first`,
        },
        // Stryker disable next-line OptionalChaining: the first_time condition is found (see above); `?.` is for the type checker.
        { clause: condition?.clause ?? claim.rule.clause, quote: condition?.quote ?? claim.rule.quote },
      );
    }
  }
}

type FirstTime = Extract<Condition, { type: 'first_time' }>;
const FIRST_TIME = new WeakMap<Rule, FirstTime | null>();

/** The rule's 首次 condition, if it has one: looked up once per rule (policy data is frozen), not per claim per call. */
export function firstTimeOf(rule: Rule): FirstTime | undefined {
  let condition = FIRST_TIME.get(rule);
  if (condition === undefined) {
    const found = rule.conditions?.find((c) => c.type === 'first_time');
    condition = found?.type === 'first_time' ? found : null;
    FIRST_TIME.set(rule, condition);
  }
  return condition ?? undefined;
}
