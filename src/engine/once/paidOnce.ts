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
const groupKeys = new WeakMap<Rule, string>();

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
 * The rules of {@link onceGroup} as one key (sorted, joined by `|`), for grouping claims under the same
 * reward: built once per rule rather than sorted and joined for every claim of every call.
 */
export function onceGroupKey(rule: Rule & { once: Once }): string {
  let key = groupKeys.get(rule);
  // Stryker disable next-line ConditionalExpression: a cache only: built again, the key is the same.
  if (key === undefined) {
    key = [...onceGroup(rule)].sort().join('|');
    groupKeys.set(rule, key);
  }
  return key;
}

/**
 * The rules this policy's payments in `history` were made under. Worked out once per call (the gate
 * context's `paidRules`), so that the once check of a rule nothing was paid under, most of them,
 * is told by a lookup or two instead of a walk through history for every rule of every achievement.
 */
export function paidRuleIds(history: readonly HistoryEntry[], policyId: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (let i = 0; i < history.length; i += 1) {
    const h = history[i] as HistoryEntry;
    if (h.policyId === policyId) ids.add(h.ruleId);
  }
  return ids;
}

/**
 * Whether a payment under the rule or one of its `sameAs` rules is among `paid` ({@link paidRuleIds}).
 * When not, {@link checkOnceAgainstHistory} would find nothing paid before: the claim passes and
 * history decided nothing.
 */
export function paidUnderOnceGroup(rule: Rule & { once: Once }, paid: ReadonlySet<string>): boolean {
  // The group itself, so that what counts as the same reward is told in one place.
  for (const id of onceGroup(rule)) if (paid.has(id)) return true;
  return false;
}

const NOT_PAID_BEFORE: OnceOutcome = Object.freeze({ outcome: Object.freeze({ status: 'pass' }), decided: false });
const PAID_ANOTHER_MATTER: OnceOutcome = Object.freeze({ outcome: Object.freeze({ status: 'pass' }), decided: true });
const MATTER_UNTOLD: OnceOutcome = Object.freeze({
  outcome: Object.freeze({ status: 'missing', facts: Object.freeze(['projectId'] as const) }),
  decided: true,
});

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
  const projectId = achievement.projectId;
  // One pass over history, no list built: the first payment under these rules (per recipient) or for
  // this matter decides; else whether any was made, and whether any lacks a projectId. The outcomes without words are shared frozen objects.
  let paidBefore = false;
  let unlinked = false;
  for (let i = 0; i < context.history.length; i += 1) {
    const h = context.history[i] as HistoryEntry;
    if (h.policyId !== context.policyId || !group.has(h.ruleId)) continue;
    if (rule.once.per === 'recipient') return { outcome: alreadyPaid(h), decided: true };
    if (projectId !== undefined && h.projectId === projectId) return { outcome: alreadyPaid(h), decided: true };
    paidBefore = true;
    if (h.projectId === undefined) unlinked = true;
  }
  if (!paidBefore) return NOT_PAID_BEFORE;
  if (projectId === undefined || unlinked) return MATTER_UNTOLD;
  return PAID_ANOTHER_MATTER;
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
