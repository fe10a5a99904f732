import { taizhou2023 } from '../policies/taizhou-2023.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { HistoryEntryInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';

/** Shared by the 台州 2023 test files: one evaluator, one evaluation date, the achievements several files use. */
export const { evaluate, getPolicy } = evaluatorFor(taizhou2023);
export const ON = '2024-06-01';
/** An organization registered in 台州市 (五: 台州市范围内按本意见执行), unless the case gives its own recipient. */
export const TAIZHOU_ORG = { type: 'organization', registeredIn: '331000' } as const;
export const at = (a: Omit<AchievementInput, 'obtainedOn'>, obtainedOn = '2024-05-10'): AchievementInput => ({
  recipient: TAIZHOU_ORG,
  ...a,
  obtainedOn,
});
export const readingIds = (r: EvaluationResult) => r.warnings.flatMap((w) => (w.reading ? [w.reading.id] : []));
export const undetermined = (r: EvaluationResult) => r.undetermined.map((u) => [u.ruleId, u.code, u.missingFacts]);
export const ruleOf = (id: string) => taizhou2023.rules.find((x) => x.id === id);

export const CQA = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;
export const PZB_INITIAL = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_certificate',
  cycle: 'initial',
  filedWithAuthority: true,
  firstTime: true,
} as const;
export const PZB_RENEWAL = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_certificate',
  cycle: 'renewal',
  filedWithAuthority: true,
} as const;
export const PZB_SELF = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_self_declaration',
  filedWithAuthority: true,
} as const;
export const NATIONAL_STANDARD = {
  kind: 'standard_drafting',
  level: 'national',
  rank: 1,
  drafterRole: 'main',
} as const;
export const TAIZHOU_STANDARD_AWARD = {
  kind: 'standard_innovation_award',
  level: 'municipal',
  region: '331000',
} as const;

export const history = (
  ruleId: string,
  amountYuan: number,
  obtainedOn: string,
  extra: Partial<HistoryEntryInput> = {},
): HistoryEntryInput => ({
  policyId: 'taizhou-2023',
  ruleId,
  amountYuan,
  obtainedOn,
  ...extra,
});
