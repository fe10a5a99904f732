import { z } from 'zod';
import { lazySchema, lazyValue } from './lazySchema.js';
import { bilingualSchema, calendarDateSchema, regionCodeSchema } from './primitives.js';
import { booleanFactSchema, moneyFactSchema, numberFactSchema, placeFactSchema, selectorFactSchema } from './facts.js';
import { SELECTOR_ORDER } from './selectorOrder.js';
import {
  bodySchema,
  cycleSchema,
  drafterRoleSchema,
  gradeSchema,
  levelSchema,
  prizeSchema,
  recipientTypeSchema,
  resultSchema,
  sectorSchema,
  stageSchema,
} from './vocabulary.js';

/**
 * The policy model: what a data file in `policies/` may say. Every rule shape found in the five
 * source texts is a named primitive here; the engine reads these and nothing else.
 */

const citation = /* @__PURE__ */ lazyValue(() => ({
  /** Clause reference as the policy text numbers it. */
  clause: z.string().min(1),
  /** The shortest verbatim substring of the source text that states the rule. */
  quote: z.string().min(1),
}));

/**
 * One change the alternative reading makes to the policy's data, so that `options.readings` can
 * evaluate with it. Amount and condition changes act where the reading is recorded (the amounts and the
 * conditions that carry a reading with this id); a cap change names its stacking rule. The
 * engine applies them only when a caller switches the reading.
 */
function defineReadingChangeSchema() {
  return z.discriminatedUnion('type', [
    /**
     * The amounts that record this reading state `yuan` instead (a damaged figure read otherwise): the sum
     * of a `fixed` amount, the amount each of a `per_item` one, the yearly sum of a `per_year` one.
     */
    z.strictObject({ type: z.literal('amount_yuan'), yuan: z.number().int().min(0) }),
    /** The `fact_in` conditions that record this reading accept `values` instead. */
    z.strictObject({ type: z.literal('fact_in_values'), values: z.array(z.string().min(1)).min(1) }),
    /** The `fact_at_least` conditions that record this reading require `min` instead. */
    z.strictObject({ type: z.literal('fact_at_least_min'), min: z.number().int().min(0) }),
    /**
     * The rules that list this reading (their `readings`) match `fact` on `values` instead; `null` drops
     * the selector, so any value matches (a title of any province, not only the policy's own).
     */
    z.strictObject({
      type: z.literal('match_values'),
      fact: z.enum(SELECTOR_ORDER),
      values: z.array(z.string().min(1)).min(1).nullable(),
    }),
    /**
     * The `once` that records this reading counts `per` instead (`recipient`: one payment per recipient
     * under the rules, whatever the matter — 每家企业一次 read for 一次性).
     */
    z.strictObject({ type: z.literal('once_per'), per: z.enum(['matter', 'recipient']) }),
    /** The `cumulative_cap` stacking rule `stacking` allows `capYuan` instead. */
    z.strictObject({ type: z.literal('cap_amount'), stacking: z.string().min(1), capYuan: z.number().int().min(0) }),
  ]);
}
let readingChanges: ReturnType<typeof defineReadingChangeSchema> | undefined;
/** See {@link defineReadingChangeSchema}; built on first use, like the rest of the policy model. */
export const readingChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.lazy(() => (readingChanges ??= defineReadingChangeSchema())),
);
/** See {@link readingChangeSchema}. */
export type ReadingChange = z.infer<typeof readingChangeSchema>;

/**
 * A reading of words the text leaves damaged or open: the literal words, the reading chosen, the
 * alternative, and why. Carried into every result that relies on it.
 */
export const readingSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    /** What the text leaves open. */
    question: bilingualSchema,
    /** The literal words of the source. */
    literal: z.string().min(1),
    chosen: bilingualSchema,
    alternative: z.optional(bilingualSchema),
    /**
     * The alternative as changes to the data, where it is computable: `options.readings` switches to it
     * (a what-if). Absent, the alternative is described only and cannot be switched to.
     */
    alternativeData: z.optional(z.array(readingChangeSchema).min(1)),
    basis: bilingualSchema,
  }),
);
/** See {@link readingSchema}. */
export type Reading = z.infer<typeof readingSchema>;

/**
 * The policy model's schemas, built on first use. They validate policy data files (`defineLibrary`, the
 * build, the tests) and describe them as JSON Schema; evaluating never needs them, and building them
 * (some hundreds of zod schemas) was the largest part of importing the package after zod itself.
 */
function definePolicySchemas() {
  const oneOrMany = <T extends z.core.$ZodType>(schema: T) => z.union([schema, z.array(schema).min(1)]);

  const matchSchema = z.strictObject({
    kind: z.string().min(1),
    level: oneOrMany(levelSchema).optional(),
    region: oneOrMany(regionCodeSchema).optional(),
    subtype: oneOrMany(z.string().min(1)).optional(),
    prize: oneOrMany(prizeSchema).optional(),
    grade: oneOrMany(gradeSchema).optional(),
    drafterRole: oneOrMany(drafterRoleSchema).optional(),
    body: oneOrMany(bodySchema).optional(),
    stage: oneOrMany(stageSchema).optional(),
    cycle: oneOrMany(cycleSchema).optional(),
    result: oneOrMany(resultSchema).optional(),
    recipientType: oneOrMany(recipientTypeSchema).optional(),
    sector: oneOrMany(sectorSchema).optional(),
  });

  const conditionFailureSchema = z.enum([
    'prerequisite_not_met',
    'result_not_qualifying',
    'ineligible_recipient',
    'excluded_by_clause',
  ]);

  const conditionCommon = {
    /** Applies only to this kind of recipient (e.g. 附则 conditions that differ for 单位 and 个人). */
    onlyFor: z.optional(recipientTypeSchema),
    clause: z.string().min(1).optional(),
    quote: z.string().min(1).optional(),
    reading: readingSchema.optional(),
  };

  /** The condition primitives that test one thing (see {@link conditionSchema}). */
  const simpleConditionSchema = z.discriminatedUnion('type', [
    /** 排名前三位 / 第四位及之后 / 第一起草单位: the drafter's rank lies in `[min, max]` (`max: null` = no upper end). */
    z.strictObject({
      type: z.literal('rank_between'),
      min: z.number().int().min(1),
      max: z.number().int().min(1).nullable(),
      ...conditionCommon,
    }),
    /** A yes/no fact must have this value (经市级备案 → true; 财政预算资金开展的培训 → false). */
    z.strictObject({
      type: z.literal('fact_is'),
      fact: booleanFactSchema,
      value: z.boolean(),
      failure: conditionFailureSchema,
      ...conditionCommon,
    }),
    /** A whole-number fact must be at least `min` (连续两年年检合格 → 2; 10家以上 → 10). */
    z.strictObject({
      type: z.literal('fact_at_least'),
      fact: numberFactSchema,
      min: z.number().int().min(0),
      failure: conditionFailureSchema,
      ...conditionCommon,
    }),
    /** A selector fact must be one of `values` (考核结果为优秀; 通过验收). Unlike `match`, a mismatch is reported. */
    z.strictObject({
      type: z.literal('fact_in'),
      fact: selectorFactSchema,
      values: z.array(z.string().min(1)).min(1),
      failure: conditionFailureSchema,
      ...conditionCommon,
    }),
    /** A place of the recipient lies within `region` (GB/T 2260 containment: a district lies within its province). */
    z.strictObject({
      type: z.literal('located_in'),
      fact: placeFactSchema,
      region: regionCodeSchema,
      ...conditionCommon,
    }),
    /** 首次: only the first time; a paid claim in `history` under this rule (or `sameAs` rules) makes it not first. */
    z.strictObject({
      type: z.literal('first_time'),
      sameAs: z.array(z.string().min(1)).optional(),
      ...conditionCommon,
    }),
    /** The achievement must be obtained within `[from, to]` (a rule with its own window). */
    z.strictObject({
      type: z.literal('obtained_within'),
      from: z.nullable(calendarDateSchema),
      to: z.nullable(calendarDateSchema),
      /**
       * The clause's own window reaches back before the policy's start, so for this rule it replaces the
       * policy-wide rule that achievements obtained before the start are not rewarded.
       */
      reachesBeforePolicyStart: z.boolean().optional(),
      ...conditionCommon,
    }),
  ]);

  const conditionSchema = z.union([
    simpleConditionSchema,
    z.strictObject({
      type: z.literal('any_of'),
      conditions: z.array(simpleConditionSchema).min(2),
      ...conditionCommon,
    }),
  ]);

  const amountCommon = {
    /** 最高: the amount is an upper limit, not a fixed payment. */
    upTo: z.boolean().optional(),
    /** A reading of a damaged or uncertain figure. */
    reading: readingSchema.optional(),
  };

  const wholeYuan = z.number().int().min(0);

  const amountSchema = z.discriminatedUnion('type', [
    /** 一次性 N元. */
    z.strictObject({ type: z.literal('fixed'), yuan: wholeYuan, ...amountCommon }),
    /** 每项/每个/每类/每参与一个产品 N元, times the achievement's `count`. */
    z.strictObject({ type: z.literal('per_item'), yuanEach: wholeYuan, unit: bilingualSchema, ...amountCommon }),
    /** N元/年, for `years` consecutive years. */
    z.strictObject({
      type: z.literal('per_year'),
      yuanPerYear: wholeYuan,
      years: z.number().int().min(1),
      ...amountCommon,
    }),
    /** numerator/denominator of a money fact (按年销售收入的5%), rounded half up to the 分. */
    z.strictObject({
      type: z.literal('percentage'),
      numerator: z.number().int().min(0),
      denominator: z.number().int().min(1),
      of: moneyFactSchema,
      ...amountCommon,
    }),
    /** numerator:denominator matching of a money fact (1：1配套), not above `maxYuan`. */
    z.strictObject({
      type: z.literal('matching'),
      numerator: z.number().int().min(1),
      denominator: z.number().int().min(1),
      of: moneyFactSchema,
      maxYuan: wholeYuan,
      ...amountCommon,
    }),
    /** The text grants support but states no amount here (一事一议; 按…执行; 按照相关政策予以扶持). */
    z.strictObject({
      type: z.literal('not_computable'),
      reason: z.enum(['case_by_case', 'other_rules']),
      note: bilingualSchema,
    }),
  ]);

  const onceSchema = z.strictObject({
    per: z.enum(['matter', 'recipient']),
    /** Rules that pay for the same matter at another stage or grade: a payment under any of them counts. */
    sameAs: z.array(z.string().min(1)).optional(),
    /** The words that say so (一次性). */
    quote: z.string().min(1),
    reading: readingSchema.optional(),
  });

  const inAdditionToSchema = z.strictObject({
    rules: z.array(z.string().min(1)).min(1),
    /** The words that make it an addition (追加, 再). */
    quote: z.string().min(1),
    reading: readingSchema.optional(),
  });

  const ruleSchema = z.strictObject({
    /** Stable within the policy; results and `history` refer to it. */
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    ...citation(),
    title: bilingualSchema,
    match: matchSchema,
    conditions: z.array(conditionSchema).optional(),
    amount: amountSchema,
    /** 一次性: paid once per matter (see {@link onceSchema}). */
    once: onceSchema.optional(),
    /** 追加 / 再: paid only with or after another rule's reward for the same matter. */
    inAdditionTo: inAdditionToSchema.optional(),
    readings: z.array(readingSchema).optional(),
  });

  const stackingSchema = z.discriminatedUnion('type', [
    /**
     * 就高 / 就高不重复: among the member rules' claims in one scope, only the highest is paid; what
     * `history` already paid in that scope is deducted (the later claim tops up to the higher amount).
     */
    z.strictObject({
      type: z.literal('highest_only'),
      id: z.string().min(1),
      ...citation(),
      rules: z.array(z.string().min(1)).min(1),
      /** `same_year`: obtained in the same calendar year; `same_project`: same `projectId`; `ever`: any time. */
      scope: z.enum(['same_year', 'same_project', 'ever']),
      /**
       * Member rules whose claims in one scope add up and compete as one reward (每项: n items under
       * one clause are one reward of n × the amount, entered as one achievement with `count` or as n).
       */
      additiveRules: z.array(z.string().min(1)).optional(),
      reading: readingSchema.optional(),
    }),
    /** 按最先申报一项执行: among claims for one project, only the first filed (by `filedOn`) is paid. */
    z.strictObject({
      type: z.literal('first_filed'),
      id: z.string().min(1),
      ...citation(),
      reading: readingSchema.optional(),
    }),
    /**
     * 不得重复享受 across policies: a payment in `history` under another policy of a government within
     * `region` (the entry's `jurisdiction`) for the same matter (`projectId`) means this policy pays
     * nothing for it (`settle: 'not_paid'`), or only what exceeds it (`settle: 'top_up'`, 按照就高原则).
     */
    z.strictObject({
      type: z.literal('duplicate_support'),
      id: z.string().min(1),
      ...citation(),
      region: regionCodeSchema,
      settle: z.enum(['not_paid', 'top_up']),
      reading: readingSchema.optional(),
    }),
    /** 累计不超过 N元: member rules together pay at most `capYuan` per applicant in the period, history included. */
    z.strictObject({
      type: z.literal('cumulative_cap'),
      id: z.string().min(1),
      ...citation(),
      rules: z.array(z.string().min(1)).min(1),
      capYuan: wholeYuan,
      period: z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('ever') }),
        /** `years` years from the `obtainedOn` of the first claim counted (history or current). */
        z.strictObject({ type: z.literal('years_from_first'), years: z.number().int().min(1) }),
      ]),
      reading: readingSchema.optional(),
    }),
  ]);

  const noticeSchema = z.strictObject({ id: z.string().min(1), ...citation(), message: bilingualSchema });

  const windowSchema = z.strictObject({
    /** `date: null` when the text leaves the start blank. */
    start: z.strictObject({ date: z.nullable(calendarDateSchema), ...citation(), reading: readingSchema.optional() }),
    end: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('date'), date: calendarDateSchema, ...citation() }),
      /** 有效期N年: the last day is the day before the N-th anniversary of the start. */
      z.strictObject({ type: z.literal('validity_years'), years: z.number().int().min(1), ...citation() }),
      /** No end date in the text. */
      z.strictObject({ type: z.literal('open'), reading: readingSchema }),
    ]),
  });

  const policySchema = z
    .strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string().min(1),
      titleEn: z.string().min(1),
      documentNumber: z.string().min(1).optional(),
      jurisdiction: z.strictObject({
        code: regionCodeSchema,
        slug: z.string().regex(/^[a-z-]+$/),
        /** Names a caller may use: the short name, the full name with its city or province, and so on. */
        names: z.array(z.string().min(1)).min(1),
        nameEn: z.string().min(1),
      }),
      status: z.enum(['in_force', 'draft']),
      /** Where the text says it is a draft (征求意见稿). */
      statusQuote: z.string().min(1).optional(),
      window: windowSchema,
      repeals: z
        .array(z.strictObject({ title: z.string().min(1), documentNumber: z.string().min(1), ...citation() }))
        .optional(),
      /** Achievements obtained before the policy's start are not rewarded; how the text says so, or the reading. */
      achievementTiming: z.strictObject({
        clause: z.string().min(1).optional(),
        quote: z.string().min(1).optional(),
        /** Whether an achievement obtained on the first day itself counts. */
        startDayCounts: z.boolean(),
        reading: readingSchema.optional(),
      }),
      /** Conditions every rule of the policy carries (e.g. registration in the district). */
      eligibility: z.array(conditionSchema).optional(),
      /** 涉及支持限额均为上限: every amount in the policy is an upper limit. */
      upperLimits: z.strictObject(citation()).optional(),
      notices: z.array(noticeSchema).optional(),
      rules: z.array(ruleSchema).min(1),
      stacking: z.array(stackingSchema).optional(),
    })
    .superRefine((policy, ctx) => {
      const ids = new Set<string>();
      policy.rules.forEach((rule, i) => {
        if (ids.has(rule.id))
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${rule.id}` });
        ids.add(rule.id);
      });
      const refs = (list: readonly string[] | undefined, path: (string | number)[]) =>
        list?.forEach((ref, j) => {
          if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: [...path, j], message: `unknown rule id ${ref}` });
        });
      // Rules are named by key: a stacking primitive's members in `rules` (就高's also in `additiveRules`), a
      // `first_time` condition's in `sameAs`; an `any_of` holds conditions in `conditions`. The kinds without such
      // a key have none (strict objects), so reading the key is the whole check, with no list of kinds to keep.
      policy.stacking?.forEach((stacking, i) => {
        const named: {
          type: string;
          rules?: readonly string[] | undefined;
          additiveRules?: readonly string[] | undefined;
        } = stacking;
        refs(named.rules, ['stacking', i, 'rules']);
        refs(named.additiveRules, ['stacking', i, 'additiveRules']);
      });
      const conditionRefs = (conditions: readonly Condition[] | undefined, path: (string | number)[]): void =>
        conditions?.forEach((condition, j) => {
          const named: {
            type: string;
            sameAs?: readonly string[] | undefined;
            conditions?: readonly Condition[] | undefined;
          } = condition;
          refs(named.sameAs, [...path, j, 'sameAs']);
          conditionRefs(named.conditions, [...path, j, 'conditions']);
        });
      conditionRefs(policy.eligibility, ['eligibility']);
      policy.rules.forEach((rule, i) => {
        conditionRefs(rule.conditions, ['rules', i, 'conditions']);
        refs(rule.once?.sameAs, ['rules', i, 'once', 'sameAs']);
        refs(rule.inAdditionTo?.rules, ['rules', i, 'inAdditionTo', 'rules']);
      });
    });

  return {
    matchSchema,
    conditionFailureSchema,
    conditionSchema,
    amountSchema,
    onceSchema,
    inAdditionToSchema,
    ruleSchema,
    stackingSchema,
    noticeSchema,
    windowSchema,
    policySchema,
  };
}

let defined: ReturnType<typeof definePolicySchemas> | undefined;
const schemas = () => (defined ??= definePolicySchemas());

/** Which achievements a rule is about: a kind plus required values of selector facts (any of a list). */
export const matchSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().matchSchema));
/** Reason codes a failed condition reports. */
export const conditionFailureSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().conditionFailureSchema));
/**
 * Condition primitives. Each either holds, fails with a reason code, or cannot be decided because a
 * fact is missing (then the result names the fact). `any_of` holds when one of its conditions holds
 * (被政府采信或10家以上企业采用); it fails only when all fail, with the first failure's reason.
 */
export const conditionSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().conditionSchema));
/** Amount primitives: how much a rule pays, in whole 元 as the texts state them. */
export const amountSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().amountSchema));
/**
 * 一次性: one lump sum per matter, paid once. The matter is what the clause rewards obtaining (one
 * certificate, title, standard, project), identified by the achievement's `projectId`; a renewal of the
 * same certificate or title is the same matter. A claim for a matter that `history` shows already paid
 * under this rule (or a `sameAs` rule) is not paid (`already_paid`); within one portfolio the matter is
 * paid once. `per: 'recipient'` is for texts that limit the reward per recipient (每家企业…): any
 * earlier payment under the rules counts, whatever the matter.
 */
export const onceSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().onceSchema));
/**
 * 追加 / 再: a reward paid in addition to another rule's reward for the same matter, so only with it
 * (a live claim under one of `rules` for the same achievement or `projectId`) or after it (`history`
 * shows it paid under this policy for that `projectId`). Without it the reward is not paid
 * (`base_reward_not_paid`); while it is undetermined, so is this one. The award names the rule it adds to.
 */
export const inAdditionToSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().inAdditionToSchema));
/** One reward clause (or one amount of a "分别给予 A、B、C" list). */
export const ruleSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().ruleSchema));
/** Stacking primitives: how claims that meet each other are settled. */
export const stackingSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().stackingSchema));
/** A notice shown with every result of the policy (不得重复享受, subject to budget …). */
export const noticeSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().noticeSchema));
/** The policy's effective window, as the text states it. */
export const windowSchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().windowSchema));
/** A whole policy: metadata, window, eligibility, rules and stacking. Plain data, no functions. */
export const policySchema = /* @__PURE__ */ lazySchema(() => z.lazy(() => schemas().policySchema));

/** See {@link matchSchema}. */
export type Match = z.infer<typeof matchSchema>;
/** See {@link conditionSchema}. */
export type Condition = z.infer<typeof conditionSchema>;
/** A condition as written in a data file. */
export type ConditionInput = z.input<typeof conditionSchema>;
/** See {@link amountSchema}. */
export type Amount = z.infer<typeof amountSchema>;
/** See {@link onceSchema}. */
export type Once = z.infer<typeof onceSchema>;
/** See {@link inAdditionToSchema}. */
export type InAdditionTo = z.infer<typeof inAdditionToSchema>;
/** See {@link ruleSchema}. */
export type Rule = z.infer<typeof ruleSchema>;
/** A rule as written in a data file. */
export type RuleInput = z.input<typeof ruleSchema>;
/** See {@link stackingSchema}. */
export type Stacking = z.infer<typeof stackingSchema>;
/** See {@link noticeSchema}. */
export type Notice = z.infer<typeof noticeSchema>;
/** See {@link windowSchema}. */
export type PolicyWindow = z.infer<typeof windowSchema>;
/** A policy as written in a data file. */
export type PolicyInput = z.input<typeof policySchema>;
/** A validated policy. */
export type Policy = z.infer<typeof policySchema>;
