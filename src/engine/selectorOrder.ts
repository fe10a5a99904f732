import type { Match } from '../schema/policy.js';

/**
 * The selector facts of a rule's `match`, in the order of `matchSchema`. Matching and descriptions walk
 * this list rather than the object's own keys, so the order a data file happens to write them in (or
 * whether it went through zod, which rebuilds objects in schema order) changes nothing: missing facts
 * are always listed in this order.
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
] as const satisfies readonly Exclude<keyof Match, 'kind'>[];

/** A selector fact of a rule's `match`. */
export type MatchSelector = (typeof SELECTOR_ORDER)[number];
