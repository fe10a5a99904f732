/**
 * The selector facts of a rule's `match`, in the order of `matchSchema`. Matching and descriptions walk
 * this list rather than the object's own keys, so the order a data file happens to write them in (or
 * whether it went through zod, which rebuilds objects in schema order) changes nothing: missing facts
 * are always listed in this order. The policy model's `match_values` reading change names its fact from
 * this list too. (That `Match` has exactly these selectors is checked in test/bundled-policies.test.ts:
 * a `satisfies` here would make the policy model's types refer to themselves.)
 */
export const SELECTOR_ORDER = [
  'level',
  'region',
  'subtype',
  'prize',
  'grade',
  'drafterRole',
  'body',
  'stage',
  'cycle',
  'result',
  'recipientType',
  'sector',
] as const;

/** A selector fact of a rule's `match`. */
export type MatchSelector = (typeof SELECTOR_ORDER)[number];
