import { z } from 'zod';
import type { CalendarDate } from '../calendar/calendarDate.js';
import { fromZodIssues } from '../errors/fromZodIssues.js';
import { findHostileInput } from '../errors/plainInput.js';
import { inputIssue, type InputIssue, QualityRewardsError } from '../errors/QualityRewardsError.js';
import type { Library } from '../engine/library.js';
import { policiesOfJurisdiction } from '../engine/resolveJurisdiction.js';
import { type Achievement, achievementsInputSchema } from '../schema/achievement.js';
import { type EvaluateOptions, evaluateOptionsSchema } from '../schema/options.js';
import type { Policy } from '../schema/policy.js';
import { calendarDateInputSchema } from '../schema/primitives.js';

/** zod leaves the input out of issues unless asked; it is needed to tell a missing field from a wrong one. */
const REPORT_INPUT = { reportInput: true } as const;

/** The arguments of `evaluate`, validated. */
export interface ParsedArguments {
  readonly achievements: readonly Achievement[];
  readonly policies: readonly Policy[];
  readonly date: CalendarDate;
  readonly options: EvaluateOptions;
}

/**
 * The boundary: checks every argument, collects every problem, and throws one
 * {@link QualityRewardsError} naming each field. Nothing the caller passed is changed.
 */
export function parseArguments(
  library: Library,
  achievement: unknown,
  jurisdiction: unknown,
  date: unknown,
  options: unknown,
): ParsedArguments {
  try {
    return parse(library, achievement, jurisdiction, date, options);
  } catch (error) {
    if (error instanceof QualityRewardsError) throw error;
    // An exotic object (a revoked Proxy, a fake Date …) can still make reading it throw.
    throw new QualityRewardsError([inputIssue('invalid_value', [], 'the input could not be read')]);
  }
}

function parse(
  library: Library,
  achievement: unknown,
  jurisdiction: unknown,
  date: unknown,
  options: unknown,
): ParsedArguments {
  const hostile = [
    ...findHostileInput(achievement, ['achievement']),
    ...findHostileInput(date, ['date']),
    ...findHostileInput(options, ['options']),
  ];
  if (hostile.length > 0) throw new QualityRewardsError(hostile as [InputIssue, ...InputIssue[]]);

  const issues: InputIssue[] = [];
  const a = achievementsInputSchema.safeParse(achievement, REPORT_INPUT);
  if (!a.success) issues.push(...fromZodIssues(a.error.issues, ['achievement']));
  const d = calendarDateInputSchema.safeParse(date, REPORT_INPUT);
  if (!d.success) issues.push(...fromZodIssues(d.error.issues, ['date']));
  const o = evaluateOptionsSchema.optional().safeParse(options, REPORT_INPUT);
  if (!o.success) issues.push(...fromZodIssues(o.error.issues, ['options']));
  const j = z.string().min(1).safeParse(jurisdiction);
  const policies = j.success ? policiesOfJurisdiction(library, j.data) : [];
  if (!j.success) issues.push(inputIssue('invalid_type', ['jurisdiction'], 'expected a GB/T 2260 code, slug or name'));
  else if (policies.length === 0) issues.push(inputIssue('unknown_jurisdiction', ['jurisdiction'], j.data));

  const list = a.success ? (Array.isArray(a.data) ? a.data : [a.data]) : [];
  const path = (i: number, field: string) =>
    Array.isArray(achievement) ? ['achievement', i, field] : ['achievement', field];
  list.forEach((item, i) => {
    const kind = library.kinds.find((k) => k.kind === item.kind);
    if (!kind) issues.push(inputIssue('unknown_achievement_kind', path(i, 'kind'), item.kind));
    else if (item.subtype !== undefined && !kind.subtypes?.some((s) => s.subtype === item.subtype)) {
      issues.push(inputIssue('unknown_subtype', path(i, 'subtype'), `${item.kind}: ${item.subtype}`));
    }
    if (d.success && item.obtainedOn > d.data) {
      issues.push(
        inputIssue('achievement_after_evaluation_date', path(i, 'obtainedOn'), `${item.obtainedOn} > ${d.data}`),
      );
    }
  });
  const parsedOptions = o.success ? (o.data ?? {}) : {};
  parsedOptions.history?.forEach((entry, i) => {
    const policy = library.policies.find((p) => p.id === entry.policyId);
    if (policy && !policy.rules.some((r) => r.id === entry.ruleId)) {
      issues.push(
        inputIssue('unknown_rule', ['options', 'history', i, 'ruleId'], `${entry.policyId}: ${entry.ruleId}`),
      );
    }
    if (d.success && entry.obtainedOn > d.data) {
      issues.push(
        inputIssue(
          'achievement_after_evaluation_date',
          ['options', 'history', i, 'obtainedOn'],
          `${entry.obtainedOn} > ${d.data}`,
        ),
      );
    }
  });
  if (
    parsedOptions.assumeStartDate !== undefined &&
    policies.length > 0 &&
    policies.every((p) => p.window.start.date !== null)
  ) {
    issues.push(inputIssue('start_date_not_blank', ['options', 'assumeStartDate']));
  }
  if (issues.length > 0) throw new QualityRewardsError(issues as [InputIssue, ...InputIssue[]]);
  return { achievements: list, policies, date: d.data as CalendarDate, options: parsedOptions };
}
