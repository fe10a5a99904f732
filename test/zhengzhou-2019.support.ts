import { expect } from 'vitest';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import type { EvaluateOptionsInput } from '../src/schema/options.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid } from './support/lines.js';

/** Shared by the 郑州 2019 test files: one evaluator, one evaluation date, one obtained date. */
export const { evaluate } = evaluatorFor(zhengzhou2019);
export const ON = '2024-06-01';
export const OBTAINED = '2024-05-10';
/** A recipient registered in 郑州市金水区 (410105), within 郑州 (410100). */
export const IN_ZHENGZHOU = { type: 'organization', registeredIn: '410105' } as const;
/** A recipient registered in 开封市 (410200): in 河南, not in 郑州. */
export const IN_KAIFENG = { type: 'organization', registeredIn: '410200' } as const;

export type Facts = Omit<AchievementInput, 'obtainedOn'>;
export const at = (a: Facts, obtainedOn: string = OBTAINED): AchievementInput => ({ ...a, obtainedOn });
export const run = (a: Facts | readonly AchievementInput[], options?: EvaluateOptionsInput): EvaluationResult =>
  evaluate(Array.isArray(a) ? a : at(a as Facts), 'zhengzhou', ON, options);

/** Ids of the readings shown as uncertain_reading warnings. */
export const warnedReadings = (r: EvaluationResult): string[] =>
  r.warnings.filter((w) => w.code === 'uncertain_reading').map((w) => w.reading?.id ?? '?');

/** Readings every evaluated 郑州 result carries: print date, open end, 第26条 start day. */
export const ALWAYS = ['zhengzhou.start-print-date', 'zhengzhou.no-end-date', 'zhengzhou.art26.start-day'];

export const clauseOf = (ruleId: string): string => {
  const rule = zhengzhou2019.rules.find((x) => x.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.clause;
};

/** name, achievement, the rule that pays, 元, the readings (ids) the award must carry — exactly. */
export type Case = readonly [
  name: string,
  achievement: Facts,
  ruleId: string,
  yuan: number,
  readings: readonly string[],
];

/**
 * One achievement → exactly one award under `ruleId`, nothing refused or undetermined, the award's clause
 * is the rule's, and its readings are exactly `readings` — each also shown to the caller as a warning.
 */
export const expectSingle = ([, achievement, ruleId, yuan, readings]: Case): EvaluationResult => {
  const r = run(achievement);
  expect(paid(r)).toEqual({ [ruleId]: yuan });
  expect(r.notPaid).toEqual([]);
  expect(r.undetermined).toEqual([]);
  const award = r.awards[0];
  expect(award?.clause).toBe(clauseOf(ruleId));
  expect(award?.readings.map((x) => x.id)).toEqual(readings);
  expect(warnedReadings(r).sort()).toEqual([...ALWAYS, ...readings].sort());
  return r;
};

/** The uncertain_reading warning with this id. */
export const warningFor = (r: EvaluationResult, id: string) =>
  r.warnings.find((w) => w.code === 'uncertain_reading' && w.reading?.id === id);
