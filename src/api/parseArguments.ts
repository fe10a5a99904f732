import type { z } from 'zod/mini';
import type { CalendarDate } from '../calendar/calendarDate.js';
import { fromZodIssues, translateZodIssue } from '../errors/fromZodIssues.js';
import { findHostileInput } from '../errors/plainInput.js';
import { surelyPlainInput } from '../errors/surelyPlainInput.js';
import { inputIssue, type InputIssue, QualityRewardsError, uniqueIssues } from '../errors/QualityRewardsError.js';
import { suggest } from '../errors/suggest.js';
import { zhTypeName } from '../errors/zodMessages.js';
import type { Library } from '../engine/library.js';
import { policiesOfJurisdiction } from '../engine/resolveJurisdiction.js';
import { validityEnd } from '../engine/resolveWindow.js';
import {
  type Achievement,
  achievementSchemaFor,
  anyKindAchievementSchema,
  anyKindPortfolioSchema,
  portfolioSchemaFor,
  recipientSchema,
} from '../schema/achievement.js';
import { LIMITS } from '../schema/limits.js';
import {
  type EvaluateOptions,
  evaluateOptionsSchema,
  historyAchievementSchema,
  historyEntrySchema,
} from '../schema/options.js';
import type { Policy } from '../schema/policy.js';
import { historyEntryOf } from '../schema/historyEntryOf.js';
import { parseGeneratedFirst } from './generatedParse.js';
import { knownAchievements } from './knownAchievements.js';
import { parseReportingIssues, parseToIssues } from './parseToIssues.js';
import { resolveHistoryRules } from './resolveHistoryRules.js';
import { calendarDateInputSchema } from '../schema/primitives.js';

/** The arguments of `evaluate`, validated. */
export interface ParsedArguments {
  readonly achievements: readonly Achievement[];
  readonly policies: readonly Policy[];
  readonly date: CalendarDate;
  readonly options: EvaluateOptions;
}

const keysOf = (schema: z.ZodMiniObject) => Object.keys(schema._zod.def.shape);
const ACHIEVEMENT_FIELDS = keysOf(anyKindAchievementSchema);
const RECIPIENT_FIELDS = keysOf(recipientSchema);
const HISTORY_FIELDS = keysOf(historyEntrySchema);
const HISTORY_ACHIEVEMENT_FIELDS = keysOf(historyAchievementSchema);
const OPTION_FIELDS = keysOf(evaluateOptionsSchema);

/**
 * zod's issues as the library's, at most `LIMITS.issues` of them (a list of 10,000 broken entries is
 * not read better as 10,000 lines), and one more saying that more were left out.
 */
function translated(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  names?: typeof fieldNamesAt,
): InputIssue[] {
  // One issue translated to one (the common failing call): there is nothing to list once.
  const ones = issues.length === 1 ? translateZodIssue(issues[0] as z.core.$ZodIssue, prefix, names ?? NO_NAMES) : [];
  if (ones.length === 1) return ones;
  const listed = new Map<string, InputIssue>();
  for (const issue of issues) {
    if (listed.size >= LIMITS.issues) {
      const more = inputIssue('too_large', prefix, { zh: '更多问题未列出', en: 'more issues not listed' });
      return [...listed.values(), more];
    }
    const ones = fromZodIssues([issue], prefix, names);
    // Both halves of an achievement may report the same problem; it is listed once.
    for (const one of ones) listed.set(`${one.code} ${one.path.join('.')}`, one);
  }
  return [...listed.values()];
}

/** No field names to suggest (an argument that is not an object of fields). */
const NO_NAMES = () => [];

/** The field names allowed in the object at `path`, for did-you-mean on an unknown field. */
function fieldNamesAt(path: readonly (string | number)[]): readonly string[] {
  const [argument] = path;
  if (argument === 'options' && path.includes('achievement')) return HISTORY_ACHIEVEMENT_FIELDS;
  if (argument === 'options') return path.includes('history') ? HISTORY_FIELDS : OPTION_FIELDS;
  return path[path.length - 1] === 'recipient' ? RECIPIENT_FIELDS : ACHIEVEMENT_FIELDS;
}

/** The arguments validated, or every problem found, each naming its field (each listed once). */
export type CheckedArguments =
  | { readonly ok: true; readonly args: ParsedArguments }
  | { readonly ok: false; readonly issues: readonly [InputIssue, ...InputIssue[]] };

/**
 * The boundary: checks every argument and throws one {@link QualityRewardsError} naming each field.
 * Nothing the caller passed is changed.
 */
export function parseArguments(
  library: Library,
  achievement: unknown,
  jurisdiction: unknown,
  date: unknown,
  options: unknown,
): ParsedArguments {
  const checked = checkArguments(library, achievement, jurisdiction, date, options);
  if (!checked.ok) throw new QualityRewardsError(checked.issues);
  return checked.args;
}

/**
 * {@link parseArguments} returning the problems instead of throwing them: a caller that returns the
 * error as data (`safeEvaluate`) pays for no throw.
 */
export function checkArguments(
  library: Library,
  achievement: unknown,
  jurisdiction: unknown,
  date: unknown,
  options: unknown,
): CheckedArguments {
  let parsed: ParsedArguments | readonly InputIssue[];
  try {
    parsed = parse(library, achievement, jurisdiction, date, options);
  } catch (error) {
    if (error instanceof QualityRewardsError) return { ok: false, issues: error.issues };
    // An exotic object (a revoked Proxy, a fake Date …) can still make reading it throw.
    return {
      ok: false,
      issues: [inputIssue('invalid_value', [], { zh: '无法读取输入', en: 'the input could not be read' })],
    };
  }
  if (!Array.isArray(parsed)) return { ok: true, args: parsed as ParsedArguments };
  return { ok: false, issues: uniqueIssues(parsed as [InputIssue, ...InputIssue[]]) };
}

/** The arguments validated, or the issues found (never empty). */
function parse(
  library: Library,
  achievement: unknown,
  jurisdiction: unknown,
  date: unknown,
  options: unknown,
): ParsedArguments | readonly InputIssue[] {
  // Limits and hostile shapes first, before zod walks anything.
  const inAchievement = hostileIn(achievement, 'achievement');
  const inDate = hostileIn(date, 'date');
  const inOptions = hostileIn(options, 'options');
  // Joined only when there is something to join: three empty lists are the common case.
  if (inAchievement.length + inDate.length + inOptions.length > 0) return [...inAchievement, ...inDate, ...inOptions];

  const issues: InputIssue[] = [];
  const portfolio = Array.isArray(achievement);
  const fast = knownAchievements(library, achievement, portfolio);
  // The full per-vocabulary schema (a union over every kind) is built only when it is needed. When the
  // fast path found the input invalid, it runs once, asked straight away for what explains the issues.
  const full = () => (portfolio ? portfolioSchemaFor(library.kinds) : achievementSchemaFor(library.kinds));
  const fields = portfolio ? anyKindPortfolioSchema : anyKindAchievementSchema;
  const a =
    fast.known ??
    (fast.fieldsIssues
      ? { success: false as const, issues: fast.fieldsIssues }
      : fast.fieldsDecide
        ? parseToIssues(fields, achievement, true)
        : fast.invalid
          ? parseToIssues(full(), achievement, true)
          : parseReportingIssues(full(), achievement));
  if (!a.success && fast.fieldsDecide) {
    // Kinds and subtypes are known: the fields' issues, unknown fields among them, are all there is.
    issues.push(...translated(a.issues, ['achievement'], fieldNamesAt));
  } else if (!a.success) {
    issues.push(...translated(a.issues, ['achievement'], fieldNamesAt));
    // An intersection reports an unknown field only when both halves find it unknown, and the per-kind
    // half says nothing when the kind itself is unknown: the fields alone name every unknown field.
    // Stryker disable next-line BooleanLiteral: only its unknown-field issues are kept, and those do not depend on the input being reported.
    const alone = fast.fieldsValid ? undefined : parseToIssues(fields, achievement, true);
    if (alone?.success === false) {
      const unknownKeys = alone.issues.filter((i) => i.code === 'unrecognized_keys');
      issues.push(...translated(unknownKeys, ['achievement'], fieldNamesAt));
    }
  }
  const d = parseGeneratedFirst<CalendarDate>(calendarDateInputSchema, date);
  if (!d.success) issues.push(...translated(d.issues, ['date']));
  const o =
    options === undefined
      ? undefined
      : parseGeneratedFirst<z.output<typeof evaluateOptionsSchema>>(evaluateOptionsSchema, options);
  if (o && !o.success) issues.push(...translated(o.issues, ['options'], fieldNamesAt));
  const policies = jurisdictionPolicies(library, jurisdiction, issues);

  const list = (a.success ? (portfolio ? a.data : [a.data]) : []) as readonly Achievement[];
  const path = (i: number, field: string) => (portfolio ? ['achievement', i, field] : ['achievement', field]);
  // Stryker disable next-line ConditionalExpression: the guard is for the type; a comparison with an undefined date is false anyway.
  if (d.success) {
    list.forEach((item, i) => {
      if (item.obtainedOn > d.data) {
        issues.push(
          inputIssue('achievement_after_evaluation_date', path(i, 'obtainedOn'), {
            value: `${item.obtainedOn} > ${d.data}`,
          }),
        );
      }
    });
  }
  const parsedOptions: EvaluateOptions =
    o?.success === true
      ? {
          ...(o.data.assumeStartDate === undefined ? {} : { assumeStartDate: o.data.assumeStartDate }),
          ...(o.data.history === undefined ? {} : { history: o.data.history.map(historyEntryOf) }),
          ...(o.data.readings === undefined ? {} : { readings: o.data.readings }),
        }
      : {};
  let historySum = 0;
  if (parsedOptions.history) {
    const rules = resolveHistoryRules(library, parsedOptions.history);
    parsedOptions.history = rules.history;
    issues.push(...rules.issues);
  }
  parsedOptions.history?.forEach((entry, i) => {
    // Stryker disable next-line AssignmentOperator: amounts are never negative (the schema refuses them), so a difference has the sum's magnitude and is exact exactly when the sum is.
    historySum += entry.amountFen;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the guards are for the types; a comparison with an undefined date is false anyway.
    if (d.success && entry.obtainedOn !== undefined && entry.obtainedOn > d.data) {
      issues.push(
        inputIssue('achievement_after_evaluation_date', ['options', 'history', i, 'obtainedOn'], {
          value: `${entry.obtainedOn} > ${d.data}`,
        }),
      );
    }
  });
  if (!Number.isSafeInteger(historySum)) {
    // The history alone cannot be summed exactly in 分: the fault is in the history, not the claim.
    issues.push(
      inputIssue('out_of_range', ['options', 'history'], {
        zh: '已获奖励合计超出可精确计算的范围',
        en: 'the amounts paid add up beyond exact integer range',
      }),
    );
  }
  const assumed = parsedOptions.assumeStartDate;
  if (assumed !== undefined && policies.length > 0 && policies.every((p) => p.window.start.date !== null)) {
    issues.push(inputIssue('start_date_not_blank', ['options', 'assumeStartDate']));
  } else if (assumed !== undefined && policies.some((p) => endsBeyondCalendar(p, assumed))) {
    issues.push(
      inputIssue('out_of_range', ['options', 'assumeStartDate'], {
        zh: '按此施行日期，政策有效期将止于 9999-12-31 之后',
        en: 'from this start, the policy would remain in force past 9999-12-31',
      }),
    );
  }
  if (issues.length > 0) return issues;
  // No issues: the date parsed (a failed parse added one).
  return { achievements: list, policies, date: (d as { data: CalendarDate }).data, options: parsedOptions };
}

/** The hostile-input walk of one argument, run only where the quick check cannot vouch for it (see surelyPlainInput). */
function hostileIn(value: unknown, argument: string): InputIssue[] {
  return surelyPlainInput(value) ? [] : findHostileInput(value, [argument]);
}

/** The policies of the jurisdiction the caller named; an issue (with suggestions) when there are none. */
function jurisdictionPolicies(library: Library, jurisdiction: unknown, issues: InputIssue[]): readonly Policy[] {
  if (typeof jurisdiction !== 'string' || jurisdiction.length === 0) {
    issues.push(
      inputIssue('invalid_type', ['jurisdiction'], {
        zh: `应为行政区划代码、拼音简称或名称，实际为${jurisdiction === '' ? '空字符串' : zhTypeName(jurisdiction === null ? 'null' : typeof jurisdiction)}`,
        en: `expected a GB/T 2260 code, slug or name, received ${jurisdiction === '' ? 'an empty string' : jurisdiction === null ? 'null' : typeof jurisdiction}`,
      }),
    );
    return [];
  }
  if (jurisdiction.length > LIMITS.stringLength) {
    issues.push(
      inputIssue('too_large', ['jurisdiction'], {
        zh: `字符串超过 ${LIMITS.stringLength} 个字符`,
        en: `string longer than ${LIMITS.stringLength}`,
      }),
    );
    return [];
  }
  const policies = policiesOfJurisdiction(library, jurisdiction);
  if (policies.length === 0) {
    const names = library.policies.flatMap((p) => [p.jurisdiction.code, p.jurisdiction.slug, ...p.jurisdiction.names]);
    issues.push(
      inputIssue('unknown_jurisdiction', ['jurisdiction'], { value: jurisdiction }, suggest(jurisdiction, names)),
    );
  }
  return policies;
}

/** True when a blank-start policy, started on `assumed`, would end past 9999-12-31. */
function endsBeyondCalendar(policy: Policy, assumed: CalendarDate): boolean {
  const { start, end } = policy.window;
  return start.date === null && end.type === 'validity_years' && validityEnd(assumed, end.years) === null;
}
