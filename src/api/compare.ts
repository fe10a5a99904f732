import { inputIssue, type InputIssue, issueAt, QualityRewardsError } from '../errors/QualityRewardsError.js';
import type { Comparison } from '../result/comparison.js';
import type { EvaluationResult } from '../result/types.js';
import type { AchievementInput } from '../schema/achievement.js';
import type { EvaluateOptionsInput } from '../schema/options.js';
import type { Evaluator } from './createEvaluator.js';

/**
 * Evaluates one achievement (or one applicant's portfolio) against several jurisdictions, or `'all'`
 * of them, on one date: one result per jurisdiction, in the order asked (`'all'`: the order of
 * `listJurisdictions()`). `options.assumeStartDate` is applied only where a text leaves its start blank;
 * for the others it is left out instead of being an error, since a comparison mixes both. Likewise a
 * reading of `options.readings` is switched where the jurisdiction's policy records it and left out
 * elsewhere; one that no compared policy records is an error (`unknown_reading`). Every problem
 * with the input is reported at once, a jurisdiction by its place in the list (`jurisdictions.2`).
 * Throws {@link QualityRewardsError}.
 */
export function compare(
  evaluator: Pick<Evaluator, 'safeEvaluate' | 'listJurisdictions'>,
  achievement: AchievementInput | readonly AchievementInput[],
  jurisdictions: readonly string[] | 'all',
  date: string | Date,
  options?: EvaluateOptionsInput,
): Comparison {
  const targets = jurisdictionsOf(evaluator, jurisdictions);
  const results: EvaluationResult[] = [];
  const issues: InputIssue[] = [];
  const shared = new Set<string>();
  // Readings each jurisdiction did not record, and the issue saying so: an error only if none records it.
  const unknownReadings = new Map<string, { count: number; issue: InputIssue }>();
  targets.forEach((jurisdiction, i) => {
    const outcome = evaluateOne(evaluator, achievement, jurisdiction, date, options, (issue) => {
      const id = String(issue.path[2]);
      const seen = unknownReadings.get(id);
      unknownReadings.set(id, { count: (seen?.count ?? 0) + 1, issue: seen?.issue ?? issue });
    });
    if (outcome.success) {
      results.push(outcome.data);
      return;
    }
    for (const issue of outcome.error.issues) {
      if (issue.path[0] === 'jurisdiction') {
        issues.push(issueAt(issue, jurisdictions === 'all' ? ['jurisdictions'] : ['jurisdictions', i]));
      } else if (!shared.has(issue.message.en)) {
        // The achievement, date and options are the same for every jurisdiction: report each issue once.
        shared.add(issue.message.en);
        issues.push(issue);
      }
    }
  });
  for (const { count, issue } of unknownReadings.values()) if (count === targets.length) issues.push(issue);
  if (issues.length > 0) throw new QualityRewardsError(issues as [InputIssue, ...InputIssue[]]);
  return results;
}

function jurisdictionsOf(evaluator: Pick<Evaluator, 'listJurisdictions'>, jurisdictions: unknown): readonly string[] {
  if (jurisdictions === 'all') return evaluator.listJurisdictions().map((j) => j.code);
  if (!Array.isArray(jurisdictions) || jurisdictions.length === 0) {
    throw new QualityRewardsError([
      inputIssue('invalid_type', ['jurisdictions'], {
        zh: "应为 'all' 或非空的地区列表",
        en: "expected 'all' or a non-empty list of jurisdictions",
      }),
    ]);
  }
  return jurisdictions as readonly string[];
}

/**
 * Evaluates with `assumeStartDate` where it applies, and without it where the text states its start;
 * with the readings the jurisdiction's policy records, and without the others (told to `unknownReading`).
 */
function evaluateOne(
  evaluator: Pick<Evaluator, 'safeEvaluate'>,
  achievement: AchievementInput | readonly AchievementInput[],
  jurisdiction: string,
  date: string | Date,
  options: EvaluateOptionsInput | undefined,
  unknownReading: (issue: InputIssue) => void,
) {
  let outcome = evaluator.safeEvaluate(achievement, jurisdiction, date, options);
  if (!outcome.success && options !== undefined && startStated(outcome.error.issues)) {
    const { assumeStartDate: _unused, ...rest } = options;
    options = rest;
    outcome = evaluator.safeEvaluate(achievement, jurisdiction, date, options);
  }
  // Readings are checked once the other arguments pass, so their issues come alone.
  if (!outcome.success && options?.readings !== undefined && readingsUnknown(outcome.error.issues)) {
    const readings = { ...options.readings };
    for (const issue of outcome.error.issues) {
      unknownReading(issue);
      delete readings[String(issue.path[2])];
    }
    outcome = evaluator.safeEvaluate(achievement, jurisdiction, date, { ...options, readings });
  }
  return outcome;
}

const startStated = (issues: readonly InputIssue[]) => issues.every((i) => i.code === 'start_date_not_blank');
const readingsUnknown = (issues: readonly InputIssue[]) => issues.every((i) => i.code === 'unknown_reading');
