import type { Bilingual } from '../schema/primitives.js';
import { type ErrorCode, errorText } from './errorCodes.js';
import type { InputIssue, QualityRewardsErrorData } from './errorSchema.js';

export type { InputIssue } from './errorSchema.js';

/**
 * What follows the code's text in a message: words in each language, or a value the caller wrote
 * (quoted the same in both).
 */
export type IssueDetail = Bilingual | { readonly value: string };

/** Where an issue is, as people read it: `achievement.0.kind`, or `(input)` for the argument itself. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.length > 0 ? path.join('.') : '(input)';
}

/** Builds an issue whose message names the field, states the code's text, and adds `detail` and suggestions. */
export function inputIssue(
  code: ErrorCode,
  path: readonly (string | number)[],
  detail?: IssueDetail,
  suggestions: readonly string[] = [],
): InputIssue {
  const text = errorText(code);
  return issueWithText(code, path, text, detail, suggestions);
}

/** Like {@link inputIssue}, with the text given (zod's own locale messages for zod's issues). */
export function issueWithText(
  code: ErrorCode,
  path: readonly (string | number)[],
  text: Bilingual,
  detail?: IssueDetail,
  suggestions: readonly string[] = [],
): InputIssue {
  const field = fieldName(path);
  // Strings, not `{ zh, en }` objects per part: a failing call builds one of these per issue.
  let zh = `${field}：${text.zh}`;
  let en = `${field}: ${text.en}`;
  if (detail !== undefined && 'value' in detail) {
    zh += `：“${detail.value}”`;
    en += `: "${detail.value}"`;
  } else if (detail !== undefined) {
    zh += `（${detail.zh}）`;
    en += ` (${detail.en})`;
  }
  if (suggestions.length > 0) {
    zh += `；是否要找：${suggestions.map((s) => `“${s}”`).join('、')}？`;
    en += `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`;
  }
  const issue: { -readonly [K in keyof InputIssue]: InputIssue[K] } = {
    code,
    path: Object.freeze(path.slice()),
    message: Object.freeze({ zh, en }),
  };
  // Added, not spread in: V8 copies an object spread through a slow generic path.
  if (suggestions.length > 0) issue.suggestions = Object.freeze([...suggestions]);
  return Object.freeze(issue);
}

/**
 * The same issue at another path (a field renamed by an envelope around `evaluate`); the message names
 * the new path.
 */
export function issueAt(issue: InputIssue, path: readonly (string | number)[]): InputIssue {
  const old = fieldName(issue.path).length;
  const field = fieldName(path);
  return Object.freeze({
    ...issue,
    path: Object.freeze([...path]),
    message: Object.freeze({ zh: field + issue.message.zh.slice(old), en: field + issue.message.en.slice(old) }),
  });
}

/**
 * The one error this library throws for bad input. `issues` is never empty; each names the field.
 * `message` gives every issue in Chinese, then in English.
 *
 * @example
 * try { evaluate(a, 'atlantis', '2024-06-01') } catch (e) {
 *   if (e instanceof QualityRewardsError) e.issues[0].code // 'unknown_jurisdiction'
 * }
 */
export class QualityRewardsError extends Error {
  readonly issues: readonly [InputIssue, ...InputIssue[]];

  constructor(issues: readonly [InputIssue, ...InputIssue[]]) {
    // A loop, not `map` and `join` twice: a failing call builds this error, and it is on the error path's clock.
    let zh = issues[0].message.zh;
    let en = issues[0].message.en;
    for (let i = 1; i < issues.length; i++) {
      zh += `；${(issues[i] as InputIssue).message.zh}`;
      en += `; ${(issues[i] as InputIssue).message.en}`;
    }
    super(`${zh}\n${en}`);
    this.name = 'QualityRewardsError';
    this.issues = Object.freeze(issues.slice()) as unknown as readonly [InputIssue, ...InputIssue[]];
  }

  /** The error as plain data (see `qualityRewardsErrorSchema`), e.g. for `JSON.stringify`. */
  toJSON(): QualityRewardsErrorData {
    return { name: 'QualityRewardsError', message: this.message, issues: this.issues };
  }
}

/**
 * Throws one {@link QualityRewardsError} carrying `issues`, if there are any; an issue found twice (the
 * same code at the same path) is reported once.
 */
export function throwIfAny(issues: readonly InputIssue[]): void {
  if (issues.length === 0) return;
  throw new QualityRewardsError(uniqueIssues(issues as readonly [InputIssue, ...InputIssue[]]));
}

/** The issues with each found twice (the same code at the same path) listed once, in the order found. */
export function uniqueIssues(issues: readonly [InputIssue, ...InputIssue[]]): readonly [InputIssue, ...InputIssue[]] {
  // One issue is unique (the common failing call).
  if (issues.length === 1) return issues;
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.path.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }) as unknown as readonly [InputIssue, ...InputIssue[]];
}
