import type { AchievementInput } from '../../src/index.js';
import type { Condition, Policy, Rule } from '../../src/schema/policy.js';

const RECIPIENT_FACTS = new Set([
  'recipientType',
  'sector',
  'fullyStateFunded',
  'aboveDesignatedSize',
  'registeredIn',
  'taxRegisteredIn',
  'employedIn',
  'legalForm',
  'hiredByEnterpriseIn',
]);

/**
 * An achievement that meets a rule's match, the policy's eligibility and the rule's conditions, built
 * from the data alone: the first allowed value of each selector, the least value each condition accepts.
 * Used to make every rule's claim live, so that stacking between any two rules can be exercised.
 */
export function witness(policy: Policy, rule: Rule, obtainedOn: string): AchievementInput {
  const achievement: Record<string, unknown> = { id: rule.id, kind: rule.match.kind, obtainedOn };
  const recipient: Record<string, unknown> = { type: 'organization' };
  const set = (fact: string, value: unknown) => {
    if (fact === 'recipientType') recipient.type = value;
    else if (RECIPIENT_FACTS.has(fact)) recipient[fact] = value;
    else achievement[fact] = value;
  };
  for (const [fact, wanted] of Object.entries(rule.match)) {
    if (fact !== 'kind' && wanted !== undefined) set(fact, Array.isArray(wanted) ? wanted[0] : wanted);
  }
  const satisfy = (c: Condition): void => {
    if (c.onlyFor && c.onlyFor !== recipient.type) return;
    switch (c.type) {
      case 'any_of': {
        const branch = c.conditions.find((b) => !b.onlyFor || b.onlyFor === recipient.type);
        if (branch) satisfy(branch);
        return;
      }
      case 'rank_between':
        return set('rank', c.min);
      case 'fact_is':
        return set(c.fact, c.value);
      case 'fact_at_least':
        return set(c.fact, Math.max(c.min, 1));
      case 'fact_in':
        return set(c.fact, c.values[0]);
      case 'located_in':
        return set(c.fact, c.region);
      case 'first_time':
        return set('firstTime', true);
      case 'obtained_within':
        return;
    }
  };
  [...(policy.eligibility ?? []), ...(rule.conditions ?? [])].forEach(satisfy);
  const amount = rule.amount;
  if (amount.type === 'percentage' || amount.type === 'matching') set(amount.of, 1_000_000);
  return { ...achievement, recipient } as AchievementInput;
}
