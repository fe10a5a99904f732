import type { HistoryEntry } from '../../schema/options.js';
import type { InAdditionTo, Rule } from '../../schema/policy.js';
import { type Claim, liveClaims, noteReading, stopClaim } from '../claim.js';
import { byClaimOrder } from '../claimOrder.js';
import type { Filed } from '../phases/lines.js';
import { idSet } from '../compile/idSet.js';

type Addition = Claim & { readonly rule: Rule & { readonly inAdditionTo: InAdditionTo } };

/**
 * 追加 / 再: each claim under a rule with `inAdditionTo` is paid only with or after the reward it adds
 * to, for the same matter (the same achievement, or the same `projectId`): a live claim of this call, else
 * a payment under this policy in `history`. While that reward is undetermined, so is the addition;
 * without it, the addition is not paid (`base_reward_not_paid`). The award names what it adds to.
 */
export function applyInAdditionTo(
  filed: Filed,
  history: readonly HistoryEntry[],
  policy: { readonly id: string; readonly rules: readonly Rule[] },
): void {
  // Most calls bring no addition: told before any list is built, or the rest is compiled (a first call).
  if (filed.claims.some(isLiveAddition)) settleAdditions(filed, history, policy);
}

/** {@link applyInAdditionTo} for claims among which some addition is live. */
function settleAdditions(
  filed: Filed,
  history: readonly HistoryEntry[],
  policy: { readonly id: string; readonly rules: readonly Rule[] },
): void {
  const policyId = policy.id;
  const additions = filed.claims.filter(isLiveAddition);
  for (const claim of additions) {
    const spec = claim.rule.inAdditionTo;
    const bases = idSet(spec.rules);
    const projectId = claim.achievement.projectId;
    const sameMatter = (index: number, otherProject: string | undefined) =>
      index === claim.index || (projectId !== undefined && otherProject === projectId);
    if (spec.reading) noteReading(claim, spec.reading);
    const [base] = liveClaims(filed.claims)
      .filter((c) => bases.has(c.rule.id) && sameMatter(c.index, c.achievement.projectId))
      .sort(byClaimOrder);
    if (base) {
      claim.inAdditionTo = {
        ruleId: base.rule.id,
        clause: base.rule.clause,
        achievementIndex: base.index,
        fromHistory: false,
      };
      continue;
    }
    const paid = history.filter((h) => h.policyId === policyId && bases.has(h.ruleId));
    const paidForMatter = paid.find((h) => projectId !== undefined && h.projectId === projectId);
    if (paidForMatter) {
      const rule = policy.rules.find((r) => r.id === paidForMatter.ruleId);
      claim.inAdditionTo = {
        ruleId: paidForMatter.ruleId,
        // Stryker disable next-line OptionalChaining: the library refuses an inAdditionTo naming no rule of the policy, so the rule is found.
        clause: rule?.clause ?? claim.rule.clause,
        fromHistory: true,
      };
      continue;
    }
    const projectOf = (index: number) => filed.filedWithoutAmount.find((f) => f.index === index)?.achievement.projectId;
    const pending = filed.undetermined.find(
      (u) => bases.has(u.ruleId) && sameMatter(u.achievementIndex, projectOf(u.achievementIndex)),
    );
    const unlinked = paid.length > 0 && (projectId === undefined || paid.some((h) => h.projectId === undefined));
    if (pending || unlinked) {
      claim.state = {
        type: 'undecided',
        code: 'missing_fact',
        facts: pending ? [...pending.missingFacts] : ['projectId'],
        detail: pending
          ? {
              zh: `本项追加于 ${pending.ruleId}，该项待定`,
              en: `this is paid in addition to ${pending.ruleId}, which is undetermined`,
            }
          : {
              zh: 'history 有所追加的奖励，需 projectId 判断是否同一事项',
              en: 'history holds the reward this adds to; projectId is needed to tell whether it is the same matter',
            },
      };
      continue;
    }
    stopClaim(
      claim,
      'base_reward_not_paid',
      {
        zh: `同一事项未获 ${spec.rules.join('、')} 的奖励（本次或此前）`,
        en: `the same matter is paid under none of ${spec.rules.join(', ')} (now or before)`,
      },
      { clause: claim.rule.clause, quote: spec.quote, reading: spec.reading },
    );
  }
}

function isLiveAddition(claim: Claim): claim is Addition {
  return claim.rule.inAdditionTo !== undefined && claim.state.type === 'live';
}
