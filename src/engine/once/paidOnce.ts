import type { Achievement } from '../../schema/achievement.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Once, Rule } from '../../schema/policy.js';
import type { ConditionOutcome } from '../checkCondition.js';

/** What the once check may look at besides the achievement. */
export interface OnceContext {
  readonly policyId: string;
  readonly history: readonly HistoryEntry[];
}

/** The result of checking 一次性 against history, and whether its reading decided anything. */
export interface OnceOutcome {
  readonly outcome: ConditionOutcome;
  /** True when history held a payment under the same rules, so how "once" is read decides the claim. */
  readonly decided: boolean;
}

const groups = new WeakMap<Rule, ReadonlySet<string>>();

/**
 * The rules whose payments count as the same reward: the rule itself and its `sameAs` rules. Built once
 * per rule (policy data is frozen), not on every call.
 */
export function onceGroup(rule: Rule & { once: Once }): ReadonlySet<string> {
  let group = groups.get(rule);
  // Stryker disable next-line ConditionalExpression: a cache only: built again, the group is the same.
  if (group === undefined) {
    // Stryker disable next-line ArrayDeclaration: a made-up rule id in the fallback matches no payment in history.
    group = new Set([rule.id, ...(rule.once.sameAs ?? [])]);
    groups.set(rule, group);
  }
  return group;
}

/**
 * 一次性 against history: a matter already paid under this rule (or a `sameAs` rule) of this policy is
 * not paid again. The matter is the achievement's `projectId`; when history holds a payment under these
 * rules and either side lacks a `projectId`, whether it is the same matter cannot be told, and the
 * missing fact is named rather than guessed. `per: 'recipient'` counts any earlier payment.
 */
export function checkOnceAgainstHistory(
  rule: Rule & { once: Once },
  achievement: Achievement,
  context: OnceContext,
): OnceOutcome {
  const group = onceGroup(rule);
  const paid = context.history.filter((h) => h.policyId === context.policyId && group.has(h.ruleId));
  if (paid.length === 0)
    return {
      // Stryker disable next-line ObjectLiteral,StringLiteral: a pass is told by being neither a failure nor missing facts.
      outcome: { status: 'pass' },
      decided: false,
    };
  if (rule.once.per === 'recipient') return { outcome: alreadyPaid(paid[0] as HistoryEntry), decided: true };
  const projectId = achievement.projectId;
  const same = paid.find((h) => projectId !== undefined && h.projectId === projectId);
  if (same) return { outcome: alreadyPaid(same), decided: true };
  if (projectId === undefined || paid.some((h) => h.projectId === undefined)) {
    return { outcome: { status: 'missing', facts: ['projectId'] }, decided: true };
  }
  return {
    // Stryker disable next-line ObjectLiteral,StringLiteral: a pass is told by being neither a failure nor missing facts.
    outcome: { status: 'pass' },
    decided: true,
  };
}

function alreadyPaid(entry: HistoryEntry): ConditionOutcome {
  const matter = entry.projectId === undefined ? '' : `（事项 ${entry.projectId}）`;
  const matterEn = entry.projectId === undefined ? '' : ` (matter ${entry.projectId})`;
  return {
    status: 'fail',
    code: 'already_paid',
    detail: {
      zh: `已按 ${entry.ruleId} 获得一次性奖励${matter}${entry.obtainedOn ? `，成果取得日 ${entry.obtainedOn}` : ''}`,
      en: `already paid once under ${entry.ruleId}${matterEn}${entry.obtainedOn ? `, achievement obtained ${entry.obtainedOn}` : ''}`,
    },
  };
}
