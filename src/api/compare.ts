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
      // Only a jurisdiction from the caller's list can be wrong: 'all' stands for the codes listJurisdictions gives.
      if (issue.path[0] === 'jurisdiction') {
        issues.push(issueAt(issue, ['jurisdictions', i]));
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
  // Any issue saying the text states its start: the option is left out here, and the other issues (if any)
  // are what the jurisdiction has to say.
  if (
    !outcome.success &&
    // Stryker disable next-line ConditionalExpression: start_date_not_blank is only ever about options.assumeStartDate, so options is defined whenever it is found; the check narrows the type.
    options !== undefined &&
    outcome.error.issues.some(isStartStated)
  ) {
    const { assumeStartDate: _unused, ...rest } = options;
    options = rest;
    outcome = evaluator.safeEvaluate(achievement, jurisdiction, date, options);
  }
  // Readings are checked once the other arguments pass. Those the policy does not record are left out
  // (and told); any other reading issue (one the policy records but cannot compute) stays an issue.
  if (
    !outcome.success &&
    // Stryker disable next-line ConditionalExpression: unknown_reading is only ever about options.readings, so it is defined whenever one is found; the check narrows the type.
    options?.readings !== undefined &&
    outcome.error.issues.some(isUnknownReading)
  ) {
    const readings = { ...options.readings };
    for (const issue of outcome.error.issues.filter(isUnknownReading)) {
      unknownReading(issue);
      delete readings[String(issue.path[2])];
    }
    outcome = evaluator.safeEvaluate(achievement, jurisdiction, date, { ...options, readings });
  }
  return outcome;
}

const isStartStated = (issue: InputIssue) => issue.code === 'start_date_not_blank';
const isUnknownReading = (issue: InputIssue) => issue.code === 'unknown_reading';
