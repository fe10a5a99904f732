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
 * for the others it is left out instead of being an error, since a comparison mixes both. Every problem
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
  targets.forEach((jurisdiction, i) => {
    const outcome = evaluateOne(evaluator, achievement, jurisdiction, date, options);
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

/** Evaluates with `assumeStartDate` where it applies, and without it where the text states its start. */
function evaluateOne(
  evaluator: Pick<Evaluator, 'safeEvaluate'>,
  achievement: AchievementInput | readonly AchievementInput[],
  jurisdiction: string,
  date: string | Date,
  options: EvaluateOptionsInput | undefined,
) {
  const outcome = evaluator.safeEvaluate(achievement, jurisdiction, date, options);
  const onlyStartStated =
    !outcome.success && outcome.error.issues.every((issue) => issue.code === 'start_date_not_blank');
  if (!onlyStartStated || options === undefined) return outcome;
  const { assumeStartDate: _unused, ...rest } = options;
  return evaluator.safeEvaluate(achievement, jurisdiction, date, rest);
}
