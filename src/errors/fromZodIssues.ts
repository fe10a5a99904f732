import type { z } from 'zod/mini';
import { tagOf } from '../schema/issueCode.js';
import { ERROR_CODES, type ErrorCode } from './errorCodes.js';
import { inputIssue, type InputIssue, issueWithText, uniqueIssues } from './QualityRewardsError.js';
import { suggest } from './suggest.js';
import { zodMessage } from './zodMessages.js';

const KNOWN = new Set<string>(ERROR_CODES);

/** The field names allowed where an unknown field was found, for did-you-mean. */
export type FieldNamesAt = (path: readonly (string | number)[]) => readonly string[];

/**
 * Translates zod's issues into this library's issues, with the path prefixed by the argument name and
 * messages from zod's own locales. A union that failed in every branch is reported by the branch the
 * caller meant. Duplicates (the same code at the same path, as an intersection reports an unknown kind
 * from both halves) are reported once.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  fieldNamesAt: FieldNamesAt = () => [],
): InputIssue[] {
  const translated: InputIssue[] = [];
  for (const issue of issues) for (const one of translateZodIssue(issue, prefix, fieldNamesAt)) translated.push(one);
  // One issue needs no check for duplicates (the common case of a failing call); more are checked as an
  // error's issues are, by code and path.
  return translated.length < 2 ? translated : [...uniqueIssues(translated as [InputIssue, ...InputIssue[]])];
}

/**
 * One of zod's issues as this library's (usually one; an unknown-keys issue gives one per key, a union
 * that failed gives the issues of the branch the caller meant), without looking for duplicates.
 */
export function translateZodIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly (string | number)[],
  fieldNamesAt: FieldNamesAt,
): InputIssue[] {
  // A loop, not two spreads (each walks the iterator protocol).
  const path: (string | number)[] = prefix.slice();
  for (const p of issue.path) path.push(typeof p === 'symbol' ? String(p) : p);
  const last = path[path.length - 1];
  const tag = tagOf(issue.message);
  if (tag && KNOWN.has(tag.code)) return [inputIssue(tag.code as ErrorCode, path, tag.detail)];
  // Parsed with `reportInput`: an issue about `undefined` at a field is about a field that is not there.
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    issue.input === undefined &&
    path.length > prefix.length
  ) {
    return [inputIssue('missing_field', path, zodMessage(issue))];
  }
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return [inputIssue(code && KNOWN.has(code) ? (code as ErrorCode) : 'invalid_value', path)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        inputIssue(key === '__proto__' ? 'forbidden_key' : 'unknown_field', [...path, key], undefined, [
          ...suggest(key, fieldNamesAt(path)),
        ]),
      );
    case 'invalid_type':
      if (issue.input === undefined) return [inputIssue('missing_field', path, zodMessage(issue))];
      if (issue.input instanceof Date)
        return [inputIssue('invalid_date', path, { zh: '无效的日期对象', en: 'invalid Date' })];
      if (issue.expected === 'never' && last === 'subtype') {
        return [inputIssue('unknown_subtype', path, { zh: '该成果类型没有子类', en: 'this kind has no subtypes' })];
      }
      return [issueWithText('invalid_type', path, zodMessage(issue))];
    case 'invalid_value': {
      const written = typeof issue.input === 'string' ? issue.input : String(issue.input);
      const options = issue.values.map(String);
      if (last === 'kind')
        return [inputIssue('unknown_achievement_kind', path, { value: written }, suggest(written, options))];
      if (last === 'subtype')
        return [inputIssue('unknown_subtype', path, { value: written }, suggest(written, options))];
      return [issueWithText('invalid_value', path, zodMessage(issue), undefined, suggest(written, options))];
    }
    case 'too_small':
    case 'too_big':
      // Numbers are out of range; an empty string or list is a value that is not allowed.
      return [issueWithText(issue.origin === 'number' ? 'out_of_range' : 'invalid_value', path, zodMessage(issue))];
    case 'invalid_union': {
      // The per-kind half of an achievement found no kind to match: the fields half has already
      // reported the kind (missing, or unknown with suggestions).
      if ((issue as { note?: string }).note === 'No matching discriminator') return [];
      // The branch that got deepest into the input is the one the caller meant (an object with a bad
      // field, rather than "not an array"); with no depth to go by, a type error at the union itself.
      // Loops, not `flatMap`, which cost more than translating the branch (a missing field meets every branch).
      const branches = issue.errors.map((branch) => {
        const translated: InputIssue[] = [];
        for (const i of branch) translated.push(...translateZodIssue(i, path, fieldNamesAt));
        return translated;
      });
      const depth = (b: InputIssue[]) => b.reduce((deepest, i) => Math.max(deepest, i.path.length), 0);
      const specific = (b: InputIssue[]) => (b.some((i) => i.code !== 'invalid_type') ? 1 : 0);
      const best = [...branches].sort((a, b) => depth(b) - depth(a) || specific(b) - specific(a))[0];
      return best && (depth(best) > path.length || specific(best))
        ? best
        : [issueWithText('invalid_type', path, unionTypeText(issue))];
    }
    default:
      return [issueWithText('invalid_value', path, zodMessage(issue))];
  }
}

/** "expected one of …, received …" for a value that fits no branch of a union. */
function unionTypeText(issue: z.core.$ZodIssueInvalidUnion): { zh: string; en: string } {
  const expected = [
    ...new Set(
      issue.errors.flatMap((branch) =>
        branch
          .filter((i) => i.code === 'invalid_type' && i.path.length === 0)
          .map((i) => (i as { expected: string }).expected),
      ),
    ),
  ];
  const first = issue.errors[0]?.find((i) => i.code === 'invalid_type' && i.path.length === 0);
  if (!first || expected.length === 0) return zodMessage(issue);
  return zodMessage({ ...first, expected: expected.join(' | ') } as z.core.$ZodIssue);
}
