import { evaluate, library } from '../../src/index.js';
import type { AchievementInput } from '../../src/schema/achievement.js';
import type { Policy, Rule } from '../../src/schema/policy.js';
import { satisfyingFacts, startOf } from '../support/arbitraries.js';
import { orderDifference } from '../support/portfolioOrder.js';

/** What going through every pair of rules found. */
export interface PairSummary {
  readonly pairs: number;
  /** Pairs whose total depends on the order of the portfolio (must be 0). */
  readonly totalDiffers: number;
  /** Pairs where the total is the same but a different achievement or rule is paid (ties by input order). */
  readonly awardsDiffer: number;
  readonly examples: string[];
}

/** An achievement under the rule that meets all its conditions, obtained on `day`. */
export function achievementMeeting(policy: Policy, rule: Rule, day: string): AchievementInput {
  const selectors = Object.fromEntries(
    Object.entries(rule.match)
      .filter(
        ([name, wanted]) => name !== 'kind' && name !== 'recipientType' && name !== 'sector' && wanted !== undefined,
      )
      .map(([name, wanted]) => [name, [wanted].flat()[0]]),
  );
  const facts = satisfyingFacts(policy, rule);
  const sector = rule.match.sector === undefined ? {} : { sector: [rule.match.sector].flat()[0] };
  return {
    kind: rule.match.kind,
    obtainedOn: day,
    ...selectors,
    ...facts,
    count: 2,
    annualSalesRevenue: 12_345_678,
    stateFunding: 3_000_000,
    projectId: 'p1',
    filedOn: day,
    recipient: { ...(facts.recipient as object), ...sector },
  } as AchievementInput;
}

/**
 * Every pair of rules of every policy (a rule with itself included), two achievements meeting every
 * condition obtained the same day, evaluated in both orders.
 */
export function everyPair(): PairSummary {
  let pairs = 0;
  let totalDiffers = 0;
  let awardsDiffer = 0;
  const examples: string[] = [];
  for (const policy of library.policies) {
    const day = startOf(policy).replace(/^(\d{4})/, (y) => String(Number(y) + 1));
    const date = day.replace(/-\d{2}$/, '-28');
    const achievements = policy.rules.map((r) => achievementMeeting(policy, r, day));
    for (let i = 0; i < achievements.length; i += 1) {
      for (let j = i; j < achievements.length; j += 1) {
        pairs += 1;
        const pair = [
          { ...achievements[i], id: 'A' },
          { ...achievements[j], id: 'B' },
        ] as [AchievementInput, AchievementInput];
        const total = orderDifference({ evaluate }, policy, pair, date);
        if (total !== null) {
          totalDiffers += 1;
          if (examples.length < 10)
            examples.push(`${policy.id} ${policy.rules[i]?.id} × ${policy.rules[j]?.id}: ${total}`);
          continue;
        }
        const awards = orderDifference({ evaluate }, policy, pair, date, 'awards');
        if (awards !== null) {
          awardsDiffer += 1;
          if (examples.length < 10)
            examples.push(`${policy.id} ${policy.rules[i]?.id} × ${policy.rules[j]?.id}: ${awards}`);
        }
      }
    }
  }
  return { pairs, totalDiffers, awardsDiffer, examples };
}
