import type { ReasonCode } from '../explain/reasonCodes.js';
import type { Achievement } from '../schema/achievement.js';
import { type FactName, readFact } from '../schema/facts.js';
import type { HistoryEntry } from '../schema/options.js';
import type { Condition } from '../schema/policy.js';
import type { Bilingual } from '../schema/primitives.js';
import { regionContains } from './regionContains.js';

/** What a condition says of an achievement. */
export type ConditionOutcome =
  | { readonly status: 'pass' }
  | { readonly status: 'fail'; readonly code: ReasonCode; readonly detail: Bilingual }
  | { readonly status: 'missing'; readonly facts: readonly FactName[] };

/** What a condition may look at besides the achievement. */
export interface ConditionContext {
  readonly policyId: string;
  readonly ruleId: string;
  readonly history: readonly HistoryEntry[];
}

const PASS: ConditionOutcome = { status: 'pass' };

/**
 * Whether checking the condition reads its {@link ConditionContext} (the rule, the policy, history): only
 * 首次 does, alone or as a branch of `any_of`. Worked out when a rule is compiled, so that a call builds
 * no context for the many rules whose conditions only read the achievement.
 */
export function readsContext(condition: Condition): boolean {
  if (condition.type === 'first_time') return true;
  return condition.type === 'any_of' && condition.conditions.some(readsContext);
}

/** The detail of a failure asked for without one (see `detailed` of {@link checkCondition}). */
export const UNDETAILED: Bilingual = Object.freeze({ zh: '', en: '' });

/**
 * Checks one condition primitive. Conditions restricted to a recipient type (`onlyFor`) pass for others.
 * With `detailed` false a failure says only its code, its detail being {@link UNDETAILED}: the engine
 * gates every alternative of a clause, and reports a failure only when no alternative passes, so it asks
 * for the words (numbers rendered into two languages) only then.
 */
export function checkCondition(
  condition: Condition,
  achievement: Achievement,
  context: ConditionContext,
  detailed = true,
): ConditionOutcome {
  if (condition.onlyFor && condition.onlyFor !== readFact(achievement, 'recipientType')) return PASS;
  switch (condition.type) {
    case 'any_of': {
      // A branch meant for another kind of recipient is no branch at all for this one.
      const recipientType = readFact(achievement, 'recipientType');
      const branches = condition.conditions.filter((c) => !c.onlyFor || c.onlyFor === recipientType);
      if (branches.length === 0) return PASS;
      const outcomes = branches.map((c) => checkCondition(c, achievement, context, detailed));
      if (outcomes.some((o) => o.status === 'pass')) return PASS;
      const missingFacts = outcomes.flatMap((o) => (o.status === 'missing' ? o.facts : []));
      if (missingFacts.length > 0) return { status: 'missing', facts: missingFacts };
      return outcomes[0] as ConditionOutcome;
    }
    case 'rank_between': {
      const rank = achievement.rank;
      if (rank === undefined) return missing('rank');
      const inRange = rank >= condition.min && (condition.max === null || rank <= condition.max);
      if (inRange) return PASS;
      return fail(
        'rank_not_eligible',
        detailed && {
          zh: `排名第${rank}位，本条奖励排名${rankRange(condition)}`,
          en: `rank ${rank}; this clause rewards rank ${rankRange(condition)}`,
        },
      );
    }
    case 'fact_is': {
      const value = readFact(achievement, condition.fact);
      if (value === undefined) return missing(condition.fact);
      return value === condition.value
        ? PASS
        : fail(
            condition.failure,
            detailed && {
              zh: `${condition.fact} 应为 ${String(condition.value)}`,
              en: `${condition.fact} must be ${String(condition.value)}`,
            },
          );
    }
    case 'fact_at_least': {
      const value = readFact(achievement, condition.fact);
      if (value === undefined) return missing(condition.fact);
      // Stryker disable next-line ConditionalExpression: number facts are numbers once validated; the type test only narrows.
      return typeof value === 'number' && value >= condition.min
        ? PASS
        : fail(
            condition.failure,
            detailed && {
              zh: `${condition.fact} 为 ${String(value)}，应不少于 ${condition.min}`,
              en: `${condition.fact} is ${String(value)}, at least ${condition.min} required`,
            },
          );
    }
    case 'fact_in': {
      const value = readFact(achievement, condition.fact);
      if (value === undefined) return missing(condition.fact);
      return condition.values.includes(String(value))
        ? PASS
        : fail(
            condition.failure,
            detailed && {
              zh: `${condition.fact} 为 ${String(value)}，应为 ${condition.values.join('/')}`,
              en: `${condition.fact} is ${String(value)}; required: ${condition.values.join('/')}`,
            },
          );
    }
    case 'located_in': {
      const place = readFact(achievement, condition.fact);
      if (place === undefined) return missing(condition.fact);
      return regionContains(condition.region, String(place))
        ? PASS
        : fail(
            'ineligible_recipient',
            detailed && {
              zh: `${condition.fact} 为 ${String(place)}，不在 ${condition.region} 范围内`,
              en: `${condition.fact} is ${String(place)}, not within ${condition.region}`,
            },
          );
    }
    case 'first_time': {
      // Stryker disable next-line ArrayDeclaration: a made-up rule id in the fallback matches no history entry.
      const rules = new Set([context.ruleId, ...(condition.sameAs ?? [])]);
      const earlier = context.history.find((h) => h.policyId === context.policyId && rules.has(h.ruleId));
      if (earlier) {
        return fail(
          'not_first_time',
          detailed && {
            zh: `此前已按 ${earlier.ruleId} 获得奖励${earlier.obtainedOn ? `（成果取得日 ${earlier.obtainedOn}）` : ''}`,
            en: `already rewarded under ${earlier.ruleId}${earlier.obtainedOn ? ` (obtained ${earlier.obtainedOn})` : ''}`,
          },
        );
      }
      if (achievement.firstTime === undefined) return missing('firstTime');
      return achievement.firstTime
        ? PASS
        : fail('not_first_time', detailed && { zh: 'firstTime 为 false', en: 'firstTime is false' });
    }
    case 'obtained_within': {
      const d = achievement.obtainedOn;
      const inside = (condition.from === null || d >= condition.from) && (condition.to === null || d <= condition.to);
      const from = condition.from ?? '…';
      const to = condition.to ?? '…';
      return inside
        ? PASS
        : fail(
            'outside_rule_window',
            detailed && {
              zh: `取得日 ${d}，本条期间 ${from} 至 ${to}`,
              en: `obtained ${d}; clause window ${from} to ${to}`,
            },
          );
    }
  }
}

function missing(fact: FactName): ConditionOutcome {
  return { status: 'missing', facts: [fact] };
}

/** The ranks a `rank_between` rewards, as its failure says them: `1–3`, `≥4`. */
function rankRange(condition: Extract<Condition, { type: 'rank_between' }>): string {
  return condition.max === null ? `≥${condition.min}` : `${condition.min}–${condition.max}`;
}

/** A failure; `false` for its words when they were not asked for (see `detailed`): {@link UNDETAILED}. */
function fail(code: ReasonCode, detail: Bilingual | false): ConditionOutcome {
  return { status: 'fail', code, detail: detail || UNDETAILED };
}
