import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { EvaluateOptionsInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';

/** Shared by the 郑州 2019 test files: one evaluator, one evaluation date, one obtained date. */
export const { evaluate } = evaluatorFor(zhengzhou2019);
export const ON = '2024-06-01';
export const OBTAINED = '2024-05-10';
/** A recipient registered in 郑州市金水区 (410105), within 郑州 (410100). */
export const IN_ZHENGZHOU = { type: 'organization', registeredIn: '410105' } as const;

export type Facts = Omit<AchievementInput, 'obtainedOn'>;
export const at = (a: Facts, obtainedOn: string = OBTAINED): AchievementInput => ({ ...a, obtainedOn });
export const run = (a: Facts | readonly AchievementInput[], options?: EvaluateOptionsInput): EvaluationResult =>
  evaluate(Array.isArray(a) ? a : at(a as Facts), 'zhengzhou', ON, options);

/** Ids of the readings shown as uncertain_reading warnings. */
export const warnedReadings = (r: EvaluationResult): string[] =>
  r.warnings.filter((w) => w.code === 'uncertain_reading').map((w) => w.reading?.id ?? '?');

/** The uncertain_reading warning with this id. */
export const warningFor = (r: EvaluationResult, id: string) =>
  r.warnings.find((w) => w.code === 'uncertain_reading' && w.reading?.id === id);
