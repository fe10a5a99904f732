import * as z from 'zod/mini';
import { compiledStrictObject } from './compiledObject.js';
import { withCode } from './issueCode.js';
import type { KindOf, SubtypeOf, Vocabulary } from './kinds.js';
import { LIMITS } from './limits.js';
import {
  calendarDateInputSchema,
  countSchema,
  regionCodeSchema,
  textSchema,
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
  legalFormSchema,
  recipientTypeSchema,
  resultSchema,
  sectorSchema,
  stageSchema,
} from './vocabulary.js';

/**
 * Who obtained the achievement, and the facts about them that eligibility clauses test.
 * Omitted, it means an organization about which nothing else is known.
 */
export const recipientSchema = compiledStrictObject({
  /** 单位 or 个人. */
  type: recipientTypeSchema,
  /** GB/T 2260 code of the place of 注册 (registration). */
  registeredIn: z.optional(regionCodeSchema),
  /** GB/T 2260 code of the place of 税务登记 (tax registration). */
  taxRegisteredIn: z.optional(regionCodeSchema),
  /** GB/T 2260 code of the place where an individual is employed (任职). */
  employedIn: z.optional(regionCodeSchema),
  /** 企业, 事业单位, 社会组织 or 个人. */
  legalForm: z.optional(legalFormSchema),
  /** 财政全额拨款的事业单位 (for a 事业单位; an enterprise need not say). */
  fullyStateFunded: z.optional(z.boolean()),
  /** GB/T 2260 code of where the enterprise that hired the individual (聘任) for the post is registered. */
  hiredByEnterpriseIn: z.optional(regionCodeSchema),
  /** 规模以上企业. */
  aboveDesignatedSize: z.optional(z.boolean()),
  /** 行业, where a clause pays by sector. */
  sector: z.optional(sectorSchema),
});
/** See {@link recipientSchema}. */
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * The facts that tell the rules of one clause apart (level, region, prize …): on an achievement, and on
 * a history entry's record of what it paid for.
 */
export const selectorFactsShape = {
  level: z.optional(levelSchema),
  /** GB/T 2260 code of the government that granted it (a province's or city's award, a local standard). */
  region: z.optional(regionCodeSchema),
  prize: z.optional(prizeSchema),
  grade: z.optional(gradeSchema),
  /** 排名: the drafter's position among drafting units, 1 = 第一起草单位. */
  rank: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  drafterRole: z.optional(drafterRoleSchema),
  body: z.optional(bodySchema),
  stage: z.optional(stageSchema),
  cycle: z.optional(cycleSchema),
  result: z.optional(resultSchema),
};

/** The facts an achievement may carry whatever its kind (everything but `kind` and `subtype`). */
const factsShape = {
  /** The caller's own identifier, echoed in results. */
  id: z.optional(textSchema),
  /** The date it was obtained (获得/批准/发布/验收之日). */
  obtainedOn: calendarDateInputSchema,
  ...selectorFactsShape,
  /** 首次: the first time this recipient obtains this achievement (for a renewal: the first renewal). */
  firstTime: z.optional(z.boolean()),
  /** 数量: items, products, certifications, platforms (每项/每个/每类). Defaults to 1. */
  count: z.optional(countSchema),
  /** 年销售收入 of the product, in 元. */
  annualSalesRevenue: z.optional(yuanInputSchema),
  /** 国家下拨项目经费, in 元. */
  stateFunding: z.optional(yuanInputSchema),
  /** Whole years the title has been held without a break (连续保持). */
  consecutiveYearsHeld: z.optional(wholeNumberSchema),
  /** Consecutive annual inspections passed (连续…年检合格). */
  consecutiveAnnualInspectionsPassed: z.optional(wholeNumberSchema),
  /** Enterprises that adopted the standard (…家以上企业采用). */
  adoptingEnterprises: z.optional(wholeNumberSchema),
  /** 被政府/行政主管部门采信. */
  adoptedByGovernment: z.optional(z.boolean()),
  /** 将自有知识产权转化为标准. */
  convertedOwnIntellectualProperty: z.optional(z.boolean()),
  /** 经备案 with the authority the clause names (e.g. 经市级备案). */
  filedWithAuthority: z.optional(z.boolean()),
  /** Obtained through training or work paid from the state budget (由财政预算资金开展). */
  fundedByStateBudget: z.optional(z.boolean()),
  /** Within the categories the clause enumerates (e.g. 生物制品1—14类…). */
  inListedCategory: z.optional(z.boolean()),
  /** The project or matter this achievement belongs to (同一项目/同一事项). */
  projectId: z.optional(textSchema),
  /** The date the claim for it was filed (申报之日). */
  filedOn: z.optional(calendarDateInputSchema),
  recipient: z.optional(recipientSchema),
};

/** The fields every achievement may carry, as a schema (for the types below). */
const factsSchema = /* @__PURE__ */ z.strictObject(factsShape);

/**
 * One achievement (质量成果) of any kind: what was obtained, when, and the facts a clause may need. This
 * is what the engine works with; an evaluator checks `kind` and `subtype` against its vocabulary with
 * {@link achievementSchemaFor}.
 *
 * Only `kind` and `obtainedOn` are always required; a fact a clause needs and the caller did not give
 * is reported in the result as missing, never guessed. `count` defaults to 1 (one item).
 */
export const anyKindAchievementSchema = compiledStrictObject({
  ...factsShape,
  /** What was obtained: a kind from the vocabulary (see `listAchievementKinds()`). */
  kind: textSchema,
  /** A kind-specific variant (see the vocabulary). */
  subtype: z.optional(textSchema),
});
/** A list of achievements of any kind. */
export const anyKindPortfolioSchema = z.array(anyKindAchievementSchema);

/** An achievement after validation (dates `YYYY-MM-DD`, amounts in integer 分), of any kind. */
export type Achievement = z.output<typeof anyKindAchievementSchema>;

/**
 * An achievement as the caller writes it, for a vocabulary `V`: `kind` is one of its kinds and `subtype`
 * one of that kind's subtypes (dates may be `Date`, amounts in 元).
 */
export type AchievementInputOf<V extends Vocabulary> = {
  [K in KindOf<V>]: z.input<typeof factsSchema> & { kind: K; subtype?: SubtypeOf<V, K> };
}[KindOf<V>];

/** An achievement of vocabulary `V` after validation. */
export type AchievementOf<V extends Vocabulary> = {
  [K in KindOf<V>]: z.output<typeof factsSchema> & { kind: K; subtype?: SubtypeOf<V, K> };
}[KindOf<V>];

/** The schema of one achievement of vocabulary `V` (see {@link achievementSchemaFor}). */
export type AchievementSchema<V extends Vocabulary> = z.ZodMiniType<AchievementOf<V>, AchievementInputOf<V>>;

const built = new WeakMap<Vocabulary, z.ZodMiniType>();

/**
 * The per-kind halves of achievement schemas. Each lists only `kind` and `subtype`; as JSON Schema it
 * must not forbid the other fields (the fields half does that), which the JSON Schema generator reads
 * from here.
 */
const perKindVariants = new WeakSet<object>();

/** True for the per-kind half of an achievement schema (see {@link achievementSchemaFor}). */
export function isPerKindVariant(schema: object): boolean {
  return perKindVariants.has(schema);
}

/**
 * The schema of one achievement for a vocabulary: the facts every achievement may carry, `kind` one of
 * the vocabulary's kinds, and, per kind, the subtypes it allows. Both halves are checked on every parse,
 * so an unknown kind and a bad date are reported together; as JSON Schema it is an `allOf` of the fields
 * and a `oneOf` of the kinds. Built once per vocabulary.
 */
export function achievementSchemaFor<const V extends Vocabulary>(vocabulary: V): AchievementSchema<V> {
  const known = built.get(vocabulary);
  if (known) return known as AchievementSchema<V>;
  const kinds = vocabulary.map((entry) => entry.kind);
  const subtypes = [...new Set(vocabulary.flatMap((entry) => entry.subtypes?.map((s) => s.subtype) ?? []))];
  const fields = z.strictObject({
    ...factsShape,
    /** What was obtained: a kind from the vocabulary (see `listAchievementKinds()`). */
    kind: z.enum(kinds),
    /** A kind-specific variant (see the vocabulary). */
    subtype: z.optional(subtypes.length > 0 ? z.enum(subtypes) : z.never()),
  });
  // Strict, like the fields: an intersection reports a key only when both halves find it unknown.
  const variants = vocabulary.map((entry) =>
    z.strictObject({
      kind: z.literal(entry.kind),
      subtype: z.optional(entry.subtypes ? z.enum(entry.subtypes.map((s) => s.subtype)) : z.never()),
    }),
  );
  for (const variant of variants) perKindVariants.add(variant);
  const perKind = z.discriminatedUnion('kind', variants as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]]);
  const schema = z.intersection(fields, perKind);
  built.set(vocabulary, schema);
  return schema as unknown as AchievementSchema<V>;
}

/** The schema of a portfolio of vocabulary `V`: a non-empty list of at most `LIMITS.achievements`. */
export type PortfolioSchema<V extends Vocabulary> = z.ZodMiniType<AchievementOf<V>[], AchievementInputOf<V>[]>;

const portfolios = new WeakMap<Vocabulary, z.ZodMiniType>();

/** The schema of one applicant's portfolio for a vocabulary: a non-empty list of its achievements. Built once. */
export function portfolioSchemaFor<const V extends Vocabulary>(vocabulary: V): PortfolioSchema<V> {
  const known = portfolios.get(vocabulary);
  if (known) return known as PortfolioSchema<V>;
  const schema = z
    .array(achievementSchemaFor(vocabulary))
    .check(z.minLength(1), z.maxLength(LIMITS.achievements, withCode('too_large')));
  portfolios.set(vocabulary, schema);
  return schema as unknown as PortfolioSchema<V>;
}

/** An achievement as the caller writes it, of any kind (the engine's view; evaluators narrow `kind`). */
export type AchievementInput = AchievementInputOf<Vocabulary>;
