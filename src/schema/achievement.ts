import { z } from 'zod';
import {
  calendarDateInputSchema,
  countSchema,
  regionCodeSchema,
  wholeNumberSchema,
  yuanInputSchema,
} from './primitives.js';
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
 * Who obtained the achievement, and the facts about them that eligibility clauses test.
 * Omitted, it means an organization about which nothing else is known.
 */
export const recipientSchema = z.strictObject({
  /** 单位 or 个人. */
  type: recipientTypeSchema,
  /** GB/T 2260 code of the place of 注册 (registration). */
  registeredIn: regionCodeSchema.optional(),
  /** GB/T 2260 code of the place of 税务登记 (tax registration). */
  taxRegisteredIn: regionCodeSchema.optional(),
  /** GB/T 2260 code of the place where an individual is employed (任职). */
  employedIn: regionCodeSchema.optional(),
  /** 财政全额拨款的事业单位. */
  fullyStateFunded: z.boolean().optional(),
  /** 规模以上企业. */
  aboveDesignatedSize: z.boolean().optional(),
  /** 行业, where a clause pays by sector. */
  sector: sectorSchema.optional(),
});
/** See {@link recipientSchema}. */
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * One achievement (质量成果): what was obtained, when, and the facts a clause may need.
 *
 * Only `kind` and `obtainedOn` are always required; a fact a clause needs and the caller did not give
 * is reported in the result as missing, never guessed. `count` defaults to 1 (one item).
 */
export const achievementSchema = z.strictObject({
  /** The caller's own identifier, echoed in results. */
  id: z.string().min(1).optional(),
  /** What was obtained: a kind from the vocabulary (see `listAchievementKinds()`). */
  kind: z.string().min(1),
  /** The date it was obtained (获得/批准/发布/验收之日). */
  obtainedOn: calendarDateInputSchema,
  level: levelSchema.optional(),
  /** GB/T 2260 code of the government that granted it (a province's or city's award, a local standard). */
  region: regionCodeSchema.optional(),
  /** A kind-specific variant (see the vocabulary). */
  subtype: z.string().min(1).optional(),
  prize: prizeSchema.optional(),
  grade: gradeSchema.optional(),
  /** 排名: the drafter's position among drafting units, 1 = 第一起草单位. */
  rank: z.number().int().min(1).optional(),
  drafterRole: drafterRoleSchema.optional(),
  body: bodySchema.optional(),
  stage: stageSchema.optional(),
  cycle: cycleSchema.optional(),
  result: resultSchema.optional(),
  /** 首次: the first time this recipient obtains this achievement (for a renewal: the first renewal). */
  firstTime: z.boolean().optional(),
  /** 数量: items, products, certifications, platforms (每项/每个/每类). Defaults to 1. */
  count: countSchema.optional(),
  /** 年销售收入 of the product, in 元. */
  annualSalesRevenue: yuanInputSchema.optional(),
  /** 国家下拨项目经费, in 元. */
  stateFunding: yuanInputSchema.optional(),
  /** Whole years the title has been held without a break (连续保持). */
  consecutiveYearsHeld: wholeNumberSchema.optional(),
  /** Consecutive annual inspections passed (连续…年检合格). */
  consecutiveAnnualInspectionsPassed: wholeNumberSchema.optional(),
  /** Enterprises that adopted the standard (…家以上企业采用). */
  adoptingEnterprises: wholeNumberSchema.optional(),
  /** 被政府/行政主管部门采信. */
  adoptedByGovernment: z.boolean().optional(),
  /** 将自有知识产权转化为标准. */
  convertedOwnIntellectualProperty: z.boolean().optional(),
  /** 经备案 with the authority the clause names (e.g. 经市级备案). */
  filedWithAuthority: z.boolean().optional(),
  /** Obtained through training or work paid from the state budget (由财政预算资金开展). */
  fundedByStateBudget: z.boolean().optional(),
  /** Within the categories the clause enumerates (e.g. 生物制品1—14类…). */
  inListedCategory: z.boolean().optional(),
  /** The project or matter this achievement belongs to (同一项目/同一事项). */
  projectId: z.string().min(1).optional(),
  /** The date the claim for it was filed (申报之日). */
  filedOn: calendarDateInputSchema.optional(),
  recipient: recipientSchema.optional(),
});
/** An achievement as the caller writes it (dates may be `Date`, amounts in 元). */
export type AchievementInput = z.input<typeof achievementSchema>;
/** An achievement after validation (dates `YYYY-MM-DD`, amounts in integer 分). */
export type Achievement = z.infer<typeof achievementSchema>;

/** One achievement or a portfolio (a non-empty list) of one applicant's achievements. */
export const achievementsInputSchema = z.union([achievementSchema, z.array(achievementSchema).min(1)]);
