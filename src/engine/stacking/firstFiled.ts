import type { HistoryEntry } from '../../schema/options.js';
import type { Stacking } from '../../schema/policy.js';
import { type Claim, liveClaims, noteReading, stopClaim } from '../claim.js';

type FirstFiled = Extract<Stacking, { type: 'first_filed' }>;

/**
 * 最先申报: the claims of one project (same `projectId`; an achievement without one is its own project)
 * are settled by filing date: the first filed is paid, the later ones stop, even when larger. A project
 * already paid under this policy (in `history`) gets nothing more. Without filing dates, or with a tie
 * for first, the claims are left undecided and the missing fact is named.
 */
export function applyFirstFiled(
  rule: FirstFiled,
  claims: readonly Claim[],
  history: readonly HistoryEntry[],
  policyId: string,
): void {
  const groups = new Map<string, Claim[]>();
  for (const claim of liveClaims(claims)) {
    const key =
      claim.achievement.projectId === undefined ? `#${claim.index}` : `project:${claim.achievement.projectId}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  // What counts as one project is a reading; it decides every claim once there is anything to compare.
  const live = liveClaims(claims);
  if (rule.reading && (live.length > 1 || history.length > 0))
    for (const claim of live) noteReading(claim, rule.reading);
  for (const group of groups.values()) {
    const projectId = group[0]?.achievement.projectId;
    const paidBefore =
      projectId === undefined ? undefined : history.find((h) => h.policyId === policyId && h.projectId === projectId);
    if (paidBefore) {
      for (const claim of group) {
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
    if (group.some((c) => c.achievement.filedOn === undefined)) {
      for (const claim of group) {
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
    const first = group.map((c) => c.achievement.filedOn as string).sort()[0] as string;
    const firsts = group.filter((c) => c.achievement.filedOn === first);
    for (const claim of group) {
      if (claim.achievement.filedOn !== first) {
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
}
