import type { Achievement } from '../schema/achievement.js';
import type { HistoryEntry } from '../schema/options.js';
import type { Policy } from '../schema/policy.js';
import { isOtherPolicyWithin } from './stacking/duplicateSupport.js';
import type { EvaluationResult, Warning } from '../result/types.js';
import { NONE } from './none.js';

type Lines = Pick<EvaluationResult, 'awards' | 'undetermined'>;

/**
 * Awards that may change once missing facts are known: an undetermined reward in the same 就高 pool
 * or cap as a paid one could outrank it or use up the cap, and under 最先申报 an undetermined reward
 * of the same project could be the first filed. Each such stacking rule gets one warning.
 */
export function provisionalWarnings(
  policy: Policy,
  lines: Lines,
  achievements: readonly Achievement[],
): readonly Warning[] {
  // Told before the rest is compiled (a first call): with either list empty no rule is affected.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut only; with either list empty the loop below finds no rule affected.
  return lines.undetermined.length === 0 || lines.awards.length === 0
    ? NONE
    : warningsOfAffected(policy, lines, achievements);
}

/** {@link provisionalWarnings} for lines both paid and undetermined. */
function warningsOfAffected(policy: Policy, lines: Lines, achievements: readonly Achievement[]): readonly Warning[] {
  const warnings: Warning[] = [];
  for (const stacking of policy.stacking ?? []) {
    // 不得重复享受 acts on history alone, so an undetermined reward cannot change what it decides.
    if (stacking.type === 'duplicate_support') continue;
    const affected =
      stacking.type === 'first_filed'
        ? lines.awards.some((a) => {
            // Stryker disable next-line OptionalChaining: every line's index is into this portfolio; `?.` is for the type checker.
            const project = achievements[a.achievementIndex]?.projectId;
            return (
              project !== undefined &&
              // Stryker disable next-line OptionalChaining: every line's index is into this portfolio; `?.` is for the type checker.
              lines.undetermined.some((u) => achievements[u.achievementIndex]?.projectId === project)
            );
          })
        : lines.undetermined.some((u) => stacking.rules.includes(u.ruleId)) &&
          lines.awards.some((a) => stacking.rules.includes(a.ruleId));
    if (!affected) continue;
    warnings.push({
      code: 'provisional',
      message: {
        zh: '有待定事项与已计算的支付适用同一叠加规则；补齐缺少的事实后，已计算的支付可能改变。',
        en: 'An undetermined reward falls under the same stacking rule as a computed payment; once the missing facts are known, the payment may change.',
      },
      clause: stacking.clause,
      quote: stacking.quote,
    });
  }
  return warnings;
}

/**
 * History under other policy ids counts for nothing here, unless a 不得重复享受 rule of this policy looks
 * at it (another policy of a government within its region); say so, so a mistyped id is noticed.
 */
export function uncountedHistoryWarnings(policy: Policy, history: readonly HistoryEntry[]): Warning[] {
  // Stryker disable next-line ArrayDeclaration: an element that is not a stacking rule is not a duplicate_support one either, so it is dropped the same.
  const duplicateRules = (policy.stacking ?? []).flatMap((s) => (s.type === 'duplicate_support' ? [s] : []));
  const counted = (h: HistoryEntry) => duplicateRules.some((rule) => isOtherPolicyWithin(rule, h, policy.id));
  const others = [...new Set(history.filter((h) => h.policyId !== policy.id && !counted(h)).map((h) => h.policyId))];
  if (others.length === 0) return [];
  return [
    {
      code: 'history_not_counted',
      message: {
        zh: `history 中以下政策下的付款不计入本政策（${policy.id}）的上限、就高与首次判断：${others.join('、')}。`,
        en: `Payments in history under these policies do not count toward this policy's (${policy.id}) caps, highest-only or first-time rules: ${others.join(', ')}.`,
      },
    },
  ];
}
