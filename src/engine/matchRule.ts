import { type Achievement } from '../schema/achievement.js';
import { type FactName, readFact } from '../schema/facts.js';
import type { Match } from '../schema/policy.js';
import { SELECTOR_ORDER } from '../schema/selectorOrder.js';

/** Whether a rule is about an achievement: no, yes, or cannot tell for want of facts. */
export type MatchOutcome =
  | { readonly status: 'no' }
  | { readonly status: 'yes' }
  | { readonly status: 'missing'; readonly facts: readonly FactName[] };

/** A selector of a rule compiled for matching: the fact and the values it allows. */
export interface Selector {
  readonly fact: (typeof SELECTOR_ORDER)[number];
  readonly allowed: readonly unknown[];
}

const NO: MatchOutcome = Object.freeze({ status: 'no' });
const YES: MatchOutcome = Object.freeze({ status: 'yes' });

/** The selectors of a `match` besides its kind, in {@link SELECTOR_ORDER}; built once per rule. */
export function selectorsOf(match: Match): Selector[] {
  const selectors: Selector[] = [];
  for (const fact of SELECTOR_ORDER) {
    const wanted = match[fact];
    if (wanted !== undefined) selectors.push({ fact, allowed: allowedValues(wanted) });
  }
  return selectors;
}

/**
 * The values a selector of a `match` allows: the list it gives, or its one value. Also what the compile
 * step narrows rules by level with, so the two read a `match` alike.
 */
export function allowedValues<T>(wanted: T | readonly T[]): readonly T[] {
  // Not `[wanted].flat()`: shorter, but the first `flat` of a process costs more than a rule's compiling.
  return Array.isArray(wanted) ? wanted : [wanted as T];
}

/**
 * Compares an achievement of the rule's kind with the rule's selectors. A fact the caller gave that
 * differs makes the rule irrelevant (`no`); a fact the rule needs and the caller left out makes it
 * `missing`, never assumed.
 */
export function matchSelectors(selectors: readonly Selector[], achievement: Achievement): MatchOutcome {
  let missing: FactName[] | undefined;
  // Indexed, not for…of: iterating a frozen array (as compiled selectors are) makes an iterator each time in V8.
  for (let i = 0; i < selectors.length; i += 1) {
    const { fact, allowed } = selectors[i] as Selector;
    const actual = readFact(achievement, fact);
    if (actual === undefined) (missing ??= []).push(fact);
    else if (!allowed.includes(actual)) return NO;
  }
  return missing ? { status: 'missing', facts: missing } : YES;
}

/** Compares an achievement with a rule's `match` (kind, then selectors); see {@link matchSelectors}. */
export function matchRule(match: Match, achievement: Achievement): MatchOutcome {
  if (match.kind !== achievement.kind) return NO;
  return matchSelectors(selectorsOf(match), achievement);
}
