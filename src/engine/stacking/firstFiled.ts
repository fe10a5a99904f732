import type { Achievement } from '../../schema/achievement.js';
import type { FactName } from '../../schema/facts.js';
import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, liveClaims, noteReading, stopClaim } from '../claim.js';
import { groupBy } from '../groupBy.js';

type FirstFiled = Extract<Stacking, { type: 'first_filed' }>;

/**
 * A candidate reward that is not a claim with an amount, but still counts as filed for its project:
 * one whose facts are missing (it may yet qualify) or one whose amount is decided elsewhere.
 */
export interface FiledWithoutAmount {
  readonly index: number;
  readonly achievement: Achievement;
  readonly clause: string;
  readonly status: 'undetermined' | 'not_computable';
  readonly missingFacts: readonly FactName[];
}

type Entry = { readonly claim: Claim } | { readonly other: FiledWithoutAmount };

/**
 * 最先申报: the claims of one project (same `projectId`; an achievement without one is its own project)
 * are settled by filing date: the first filed is paid, the later ones stop, even when larger. A project
 * already paid under this policy (in `history`) gets nothing more. Without filing dates, or with a tie
 * for first, the claims are left undecided and the missing fact is named. When the first filed is
 * itself undetermined, the later ones are undecided too; when its amount is decided elsewhere
 * (not computable), it is still the one executed and the later ones stop.
 */
export function applyFirstFiled(
  rule: FirstFiled,
  claims: readonly Claim[],
  others: readonly FiledWithoutAmount[],
  history: readonly HistoryEntry[],
  policyId: string,
): void {
  const live = liveClaims(claims);
  // One candidate and no history: no project has a second claim or an earlier payment, and the reading of
  // what one project is decides nothing.
  // Stryker disable next-line ConditionalExpression: a shortcut only; without it the loop below changes nothing then.
  if (live.length + others.length < 2 && history.length === 0) return;
  // What counts as one project is a reading; it decides every claim once there is anything to compare.
  if (rule.reading && (live.length + others.length > 1 || history.length > 0)) {
    for (const claim of live) noteReading(claim, rule.reading);
  }
  const entries: Entry[] = [...live.map((claim) => ({ claim })), ...others.map((other) => ({ other }))];
  const achievementOf = (e: Entry) => ('claim' in e ? e.claim.achievement : e.other.achievement);
  const indexOf = (e: Entry) => ('claim' in e ? e.claim.index : e.other.index);
  const groups = groupBy(entries, (e) => {
    const projectId = achievementOf(e).projectId;
    return projectId === undefined ? `#${indexOf(e)}` : `project:${projectId}`;
  });
  for (const group of groups.values()) {
    const claimsHere = group.flatMap((e) => ('claim' in e ? [e.claim] : []));
    // Stryker disable next-line ConditionalExpression: a shortcut only; every step below acts on the group's live claims, and it has none.
    if (claimsHere.length === 0) continue;
    const projectId = achievementOf(group[0] as Entry).projectId;
    const paidBefore =
      projectId === undefined ? undefined : history.find((h) => h.policyId === policyId && h.projectId === projectId);
    if (paidBefore) {
      for (const claim of claimsHere) {
        stopClaim(
          claim,
          'stacking_first_filed',
          {
            zh: `项目 ${projectId} 已按 ${paidBefore.ruleId} 获得补助`,
            en: `project ${projectId} was already paid under ${paidBefore.ruleId}`,
          },
          rule,
        );
      }
      continue;
    }
    if (group.length < 2) continue;
    if (group.some((e) => achievementOf(e).filedOn === undefined)) {
      for (const claim of claimsHere) {
        claim.state = {
          type: 'undecided',
          code: 'missing_fact',
          facts: ['filedOn'],
          detail: {
            zh: '同一项目有多项申报，需各项的申报日期（filedOn）',
            en: 'several claims for one project; each needs its filing date (filedOn)',
          },
        };
      }
      continue;
    }
    settleByFilingDate(rule, group, achievementOf);
  }
}

function settleByFilingDate(rule: FirstFiled, group: readonly Entry[], achievementOf: (e: Entry) => Achievement): void {
  const first = group.map((e) => achievementOf(e).filedOn as string).sort()[0] as string;
  const firsts = group.filter((e) => achievementOf(e).filedOn === first);
  const undeterminedFirst = firsts.find((e) => 'other' in e && e.other.status === 'undetermined');
  for (const entry of group) {
    if (!('claim' in entry)) continue;
    const claim = entry.claim;
    if (claim.achievement.filedOn !== first) {
      if (undeterminedFirst && 'other' in undeterminedFirst) {
        claim.state = {
          type: 'undecided',
          code: 'first_filed_undecided',
          facts: [...undeterminedFirst.other.missingFacts],
          detail: {
            zh: `最先申报的一项（${undeterminedFirst.other.clause}，${first}）尚待定，其结果决定本项`,
            en: `the first-filed claim (${undeterminedFirst.other.clause}, ${first}) is undetermined and decides this one`,
          },
        };
        continue;
      }
      stopClaim(
        claim,
        'stacking_first_filed',
        {
          zh: `本项申报于 ${claim.achievement.filedOn}，最先申报的一项申报于 ${first}`,
          en: `filed on ${claim.achievement.filedOn}; the first claim was filed on ${first}`,
        },
        rule,
      );
    } else if (firsts.length > 1) {
      claim.state = {
        type: 'undecided',
        code: 'first_filed_undecided',
        facts: ['filedOn'],
        detail: {
          zh: `${firsts.length} 项于同日 ${first} 申报`,
          en: `${firsts.length} claims were filed on the same day, ${first}`,
        },
      };
    }
  }
}
