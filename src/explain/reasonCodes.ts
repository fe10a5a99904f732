import { inputIssue, QualityRewardsError } from '../errors/QualityRewardsError.js';
import { suggest } from '../errors/suggest.js';
import type { Bilingual } from '../schema/primitives.js';

/** The reason codes, in the order {@link REASON_CODES} lists them. */
type ReasonCodeList = [
  'policy_not_in_force',
  'policy_start_date_blank',
  'achievement_before_policy',
  'outside_rule_window',
  'no_rule_for_achievement',
  'rank_not_eligible',
  'prerequisite_not_met',
  'result_not_qualifying',
  'ineligible_recipient',
  'excluded_by_clause',
  'not_first_time',
  'already_paid',
  'base_reward_not_paid',
  'instalment_not_due',
  'duplicate_support',
  'stacking_highest_only',
  'stacking_first_filed',
  'cap_reached',
  'case_by_case',
  'other_rules',
  'missing_fact',
  'first_filed_undecided',
];
/** A reason code; see {@link REASON_CODES}. */
export type ReasonCode = ReasonCodeList[number];

/** Facts a message may mention. */
export interface ReasonContext {
  readonly date?: string;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly detail?: Bilingual;
}

type MessageBuilder = (c: ReasonContext) => Bilingual;

const dash = (d: string | null | undefined) => d ?? '—';

const MESSAGES: Record<ReasonCode, MessageBuilder> = {
  // One code for both sides of the window, as callers branch on it; the message says which side.
  policy_not_in_force: (c) =>
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the guards only spare a comparison with a missing value, which `<` answers false anyway.
    c.from &&
    c.date &&
    // The comparison on its own line, so that its mutants are not covered by the guards' comment above.
    c.date < c.from
      ? {
          zh: `评估日 ${dash(c.date)} 政策尚未施行（自 ${dash(c.from)} 起施行）。`,
          en: `On ${dash(c.date)} the policy is not yet in force (it starts on ${dash(c.from)}).`,
        }
      : {
          zh: `评估日 ${dash(c.date)} 政策已失效（有效期至 ${dash(c.to)}）。施行期内取得的成果期满后能否申报，文本未规定；本库按评估日不予计算。`,
          en: `On ${dash(c.date)} the policy has expired (its last day was ${dash(c.to)}). The text does not say whether achievements obtained while it was in force may still be claimed; this library does not compute them after expiry.`,
        },
  policy_start_date_blank: () => ({
    zh: '政策文本未填写施行日期，任何日期均不能认定其已施行；可通过 assumeStartDate 假定施行日。',
    en: 'The policy text leaves its start date blank, so it is in force on no date; pass assumeStartDate to assume one.',
  }),
  achievement_before_policy: (c) => ({
    zh: `成果取得日 ${dash(c.date)} 早于政策施行日 ${dash(c.from)}，不予奖励。`,
    en: `The achievement was obtained on ${dash(c.date)}, before the policy took effect on ${dash(c.from)}; it is not rewarded.`,
  }),
  outside_rule_window: (c) => ({
    zh: `成果取得日不在本条规定的期间内${detailZh(c)}。`,
    en: `The achievement was obtained outside this clause's own window${detailEn(c)}.`,
  }),
  no_rule_for_achievement: () => ({
    zh: '本政策没有奖励此类成果的条款。',
    en: 'This policy has no clause that rewards this achievement.',
  }),
  rank_not_eligible: (c) => ({
    zh: `起草排名不在本条奖励的范围内${detailZh(c)}。`,
    en: `The drafter's rank is outside what this clause rewards${detailEn(c)}.`,
  }),
  prerequisite_not_met: (c) => ({
    zh: `不满足本条的前提条件${detailZh(c)}。`,
    en: `A prerequisite of this clause is not met${detailEn(c)}.`,
  }),
  result_not_qualifying: (c) => ({
    zh: `考核或验收结果不符合本条要求${detailZh(c)}。`,
    en: `The assessment result does not qualify under this clause${detailEn(c)}.`,
  }),
  ineligible_recipient: (c) => ({
    zh: `申报主体不符合适用条件${detailZh(c)}。`,
    en: `The recipient is not eligible${detailEn(c)}.`,
  }),
  excluded_by_clause: (c) => ({
    zh: `本条明确排除此情形${detailZh(c)}。`,
    en: `This clause expressly excludes this case${detailEn(c)}.`,
  }),
  not_first_time: (c) => ({
    zh: `本条仅奖励首次取得，此次不是首次${detailZh(c)}。`,
    en: `This clause rewards only the first time, and this is not the first time${detailEn(c)}.`,
  }),
  // Said of a 一次性 clause and of a yearly schedule whose instalments were paid before, so the words claim
  // neither: the detail and the cited words (the 一次性 quote, or the clause) say which.
  already_paid: (c) => ({
    zh: `同一事项此前已获支付，本条不再重复支付${detailZh(c)}。`,
    en: `The same matter has already been paid, and this clause does not pay it again${detailEn(c)}.`,
  }),
  base_reward_not_paid: (c) => ({
    zh: `本条是在另一项奖励之外追加的，同一事项未获该项奖励${detailZh(c)}。`,
    en: `This reward comes in addition to another, which the same matter has not been paid${detailEn(c)}.`,
  }),
  instalment_not_due: (c) => ({
    zh: `按年支付的奖励，尚未到期的年度不计入本次支付${detailZh(c)}。`,
    en: `A yearly reward: instalments not yet due are not paid now${detailEn(c)}.`,
  }),
  duplicate_support: (c) => ({
    zh: `同一事项已获其他政策支持，不得重复享受${detailZh(c)}。`,
    en: `The same matter was already supported under another policy, and support may not be combined${detailEn(c)}.`,
  }),
  stacking_highest_only: (c) => ({
    zh: `按“就高”原则，同一范围内只支付最高一项${detailZh(c)}。`,
    en: `Under the highest-only rule (就高) only the highest claim in its scope is paid${detailEn(c)}.`,
  }),
  stacking_first_filed: (c) => ({
    zh: `同一项目符合多项补助，按最先申报一项执行${detailZh(c)}。`,
    en: `One project qualifying for several rewards is paid only under the claim filed first${detailEn(c)}.`,
  }),
  cap_reached: (c) => ({
    zh: `已达累计奖励上限${detailZh(c)}。`,
    en: `The cumulative cap has been reached${detailEn(c)}.`,
  }),
  case_by_case: (c) => ({
    zh: `本条未规定金额（一事一议或按其他办法执行），本库不计算${detailZh(c)}。`,
    en: `This clause states no amount (decided case by case or under other rules); not computed here${detailEn(c)}.`,
  }),
  other_rules: (c) => ({
    zh: `本条将申请人转至其他政策，金额不在本文件中${detailZh(c)}。`,
    en: `This clause refers the applicant to other policies; the amount is not in this text${detailEn(c)}.`,
  }),
  missing_fact: (c) => ({
    zh: `缺少判断所需的事实，无法确定${detailZh(c)}。`,
    en: `A fact needed to decide is missing${detailEn(c)}.`,
  }),
  first_filed_undecided: (c) => ({
    zh: `同一项目的多项申报无法确定哪一项最先申报${detailZh(c)}。`,
    en: `Which of the claims for one project was filed first cannot be decided${detailEn(c)}.`,
  }),
};

// The keys of the messages (string keys keep the order they were written in, that of ReasonCodeList), so
// a bundle carries each code once.
/**
 * Stable codes for every reward not paid, not computable or not decidable. Callers branch on the code;
 * the messages are for people and may be reworded.
 */
export const REASON_CODES = Object.keys(MESSAGES) as unknown as Readonly<ReasonCodeList>;

function detailZh(c: ReasonContext): string {
  return c.detail ? `：${c.detail.zh}` : '';
}
function detailEn(c: ReasonContext): string {
  return c.detail ? `: ${c.detail.en}` : '';
}

/**
 * The Chinese and English message for a reason code.
 *
 * @example reasonMessage('policy_not_in_force', { date: '2027-03-01', from: '2022-03-01', to: '2027-02-28' }).en
 */
export function reasonMessage(code: ReasonCode, context: ReasonContext = {}): Bilingual {
  if (typeof code !== 'string' || !Object.hasOwn(MESSAGES, code)) {
    const written = String(code);
    throw new QualityRewardsError([
      inputIssue('invalid_value', ['code'], { value: written }, suggest(written, REASON_CODES)),
    ]);
  }
  if (typeof context !== 'object' || context === null) {
    throw new QualityRewardsError([
      inputIssue('invalid_type', ['context'], { zh: '应为对象', en: 'expected an object' }),
    ]);
  }
  return MESSAGES[code](context);
}
