import * as z from 'zod/mini';

/**
 * The closed value sets of the achievement vocabulary. They are shared by every jurisdiction: a
 * `level: 'national'` standard or a `prize: 'nomination'` means the same thing in every policy, which
 * is what lets one achievement be evaluated against all of them.
 */

/** 级别: of an award, a pilot, a standard, a platform. `local` is 地方标准; `group` is 团体标准. */
export const levelSchema = z.enum([
  'international',
  'national',
  'industry',
  'provincial',
  'municipal',
  'district',
  'local',
  'group',
  'enterprise',
]);
/** See {@link levelSchema}. */
export type Level = z.infer<typeof levelSchema>;

/** 奖项/等次: award vs nomination, prize grades (特/一/二/三等奖), 金/银/优秀奖, 重大/优秀贡献奖. */
export const prizeSchema = z.enum([
  'award',
  'nomination',
  'special',
  'first',
  'second',
  'third',
  'gold',
  'silver',
  'excellence',
  'major_contribution',
  'excellent_contribution',
]);
/** See {@link prizeSchema}. */
export type Prize = z.infer<typeof prizeSchema>;

/** 等级: AAAAA = 5A, AAAA = 4A, AAA = 3A …; `five_star` = 五星级. */
export const gradeSchema = z.enum(['AAAAA', 'AAAA', 'AAA', 'AA', 'A', 'five_star']);
/** See {@link gradeSchema}. */
export type Grade = z.infer<typeof gradeSchema>;

/** 标准化组织: 技术委员会 TC, 分技术委员会 SC, 工作组 WG, 标准化工作组 SWG, 项目研究组 RG. */
export const bodySchema = z.enum(['tc', 'sc', 'wg', 'swg', 'rg']);
/** See {@link bodySchema}. */
export type Body = z.infer<typeof bodySchema>;

/** 阶段: `approved` = 获批/承担/筹建; `accepted` = 通过验收/批准建立/结题验收. */
export const stageSchema = z.enum(['approved', 'accepted']);
/** See {@link stageSchema}. */
export type Stage = z.infer<typeof stageSchema>;

/** 认证周期: `initial` = 首次认证; `renewal` = 复评/复评审/有效期满复评. */
export const cycleSchema = z.enum(['initial', 'renewal']);
/** See {@link cycleSchema}. */
export type Cycle = z.infer<typeof cycleSchema>;

/** 考核结果. */
export const resultSchema = z.enum(['excellent', 'good', 'qualified', 'failed']);
/** See {@link resultSchema}. */
export type AssessmentResult = z.infer<typeof resultSchema>;

/** 角色: `main` = 主要/主导起草单位、主要承担单位; `participating` = 参与起草单位、参与单位. */
export const drafterRoleSchema = z.enum(['main', 'participating']);
/** See {@link drafterRoleSchema}. */
export type DrafterRole = z.infer<typeof drafterRoleSchema>;

/** 获奖主体: 单位 (any organization: enterprise, institution, government body) or 个人. */
export const recipientTypeSchema = z.enum(['organization', 'individual']);
/** See {@link recipientTypeSchema}. */
export type RecipientType = z.infer<typeof recipientTypeSchema>;

/** 行业 of the recipient, where a clause pays by sector. */
export const sectorSchema = z.enum([
  'food_industry',
  'catering',
  'food_wholesale_retail',
  'food_related_products',
  'other',
]);
/** See {@link sectorSchema}. */
export type Sector = z.infer<typeof sectorSchema>;
