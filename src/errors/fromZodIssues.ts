import type { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errorCodes.js';
import { inputIssue, type InputIssue } from './QualityRewardsError.js';

const KNOWN = new Set<string>(ERROR_CODES);

/**
 * Translates zod's issues into this library's issues, with the path prefixed by the argument name.
 * A union that failed in every branch is reported by its most specific branch.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[]): InputIssue[] {
  return issues.flatMap((issue) => translate(issue, prefix));
}

function translate(issue: z.core.$ZodIssue, prefix: readonly (string | number)[]): InputIssue[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return [inputIssue(code && KNOWN.has(code) ? (code as ErrorCode) : 'invalid_value', path, issue.message)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        inputIssue(key === '__proto__' ? 'forbidden_key' : 'unknown_field', [...path, key]),
      );
    case 'invalid_type':
      // Parsed with `reportInput`, so an issue without input is about a field that is not there.
      if (issue.input === undefined) return [inputIssue('missing_field', path)];
      if ((issue as { received?: string }).received === 'Invalid Date')
        return [inputIssue('invalid_date', path, 'invalid Date')];
      return [inputIssue('invalid_type', path, `expected ${issue.expected}`)];
    case 'too_small':
    case 'too_big':
      // Only numbers are out of range; an empty string or list is a value that is not allowed.
      return [inputIssue(issue.origin === 'number' ? 'out_of_range' : 'invalid_value', path, issue.message)];
    case 'invalid_union': {
      // The branch that got deepest into the input is the one the caller meant (an object with a bad
      // field, rather than "not an array"); with no depth to go by, a type error at the union itself.
      const branches = issue.errors.map((branch) => branch.flatMap((i) => translate(i, path)));
      const depth = (b: InputIssue[]) => b.reduce((deepest, i) => Math.max(deepest, i.path.length), 0);
      const specific = (b: InputIssue[]) => (b.some((i) => i.code !== 'invalid_type') ? 1 : 0);
      const best = [...branches].sort((a, b) => depth(b) - depth(a) || specific(b) - specific(a))[0];
      return best && (depth(best) > path.length || specific(best)) ? best : [inputIssue('invalid_type', path)];
    }
    default:
      return [inputIssue('invalid_value', path, issue.message)];
  }
}
