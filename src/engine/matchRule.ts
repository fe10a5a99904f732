import { type Achievement } from '../schema/achievement.js';
import { type FactName, readFact, type SelectorFact } from '../schema/facts.js';
import type { Match } from '../schema/policy.js';

/** Whether a rule is about an achievement: no, yes, or cannot tell for want of facts. */
export type MatchOutcome =
  | { readonly status: 'no' }
  | { readonly status: 'yes' }
  | { readonly status: 'missing'; readonly facts: readonly FactName[] };

/**
 * Compares an achievement with a rule's `match`. A fact the caller gave that differs makes the rule
 * irrelevant (`no`); a fact the rule needs and the caller left out makes it `missing`, never assumed.
 */
export function matchRule(match: Match, achievement: Achievement): MatchOutcome {
  if (match.kind !== achievement.kind) return { status: 'no' };
  const missing: FactName[] = [];
  for (const [name, wanted] of Object.entries(match)) {
    if (name === 'kind' || wanted === undefined) continue;
    const actual = readFact(achievement, name as SelectorFact);
    if (actual === undefined) {
      missing.push(name as SelectorFact);
      continue;
    }
    const allowed: readonly unknown[] = Array.isArray(wanted) ? wanted : [wanted];
    if (!allowed.includes(actual)) return { status: 'no' };
  }
  return missing.length > 0 ? { status: 'missing', facts: missing } : { status: 'yes' };
}
