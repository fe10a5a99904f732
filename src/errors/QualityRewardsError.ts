import type { Bilingual } from '../schema/primitives.js';
import { type ErrorCode, errorText } from './errorCodes.js';

/** One problem with the caller's input: what, where, and a message in Chinese and English. */
export interface InputIssue {
  readonly code: ErrorCode;
  /** Path to the offending field from the argument, e.g. `['achievement', 0, 'obtainedOn']`. */
  readonly path: readonly (string | number)[];
  readonly message: Bilingual;
}

/** Builds an issue whose message names the field and adds `detail`. */
export function inputIssue(code: ErrorCode, path: readonly (string | number)[], detail?: string): InputIssue {
  const field = path.length > 0 ? path.join('.') : '(input)';
  const text = errorText(code);
  const tail = detail ? ` (${detail})` : '';
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    message: Object.freeze({ zh: `${field}：${text.zh}${tail}`, en: `${field}: ${text.en}${tail}` }),
  });
}

/**
 * The same issue at another path (a field renamed by an envelope around `evaluate`); the message names
 * the new path.
 */
export function issueAt(issue: InputIssue, path: readonly (string | number)[]): InputIssue {
  const fieldOf = (p: readonly (string | number)[]) => (p.length > 0 ? p.join('.') : '(input)');
  const old = fieldOf(issue.path).length;
  const field = fieldOf(path);
  return Object.freeze({
    code: issue.code,
    path: Object.freeze([...path]),
    message: Object.freeze({ zh: field + issue.message.zh.slice(old), en: field + issue.message.en.slice(old) }),
  });
}

/**
 * The one error this library throws for bad input. `issues` is never empty; each names the field.
 *
 * @example
 * try { evaluate(a, 'atlantis', '2024-06-01') } catch (e) {
 *   if (e instanceof QualityRewardsError) e.issues[0].code // 'unknown_jurisdiction'
 * }
 */
export class QualityRewardsError extends Error {
  readonly issues: readonly [InputIssue, ...InputIssue[]];

  constructor(issues: readonly [InputIssue, ...InputIssue[]]) {
    super(issues.map((i) => i.message.en).join('; '));
    this.name = 'QualityRewardsError';
    this.issues = Object.freeze([...issues]) as unknown as readonly [InputIssue, ...InputIssue[]];
  }
}
