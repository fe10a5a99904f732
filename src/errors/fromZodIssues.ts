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
      return issue.keys.map((key) => inputIssue(key === '__proto__' ? 'forbidden_key' : 'unknown_field', [...path, key]));
    case 'invalid_type':
      if (issue.input === undefined) return [inputIssue('missing_field', path)];
      return [inputIssue('invalid_type', path, `expected ${issue.expected}`)];
    case 'too_small':
    case 'too_big':
      return [inputIssue(issue.origin === 'array' ? 'invalid_value' : 'out_of_range', path, issue.message)];
    case 'invalid_union': {
      const branches = issue.errors.map((branch) => branch.flatMap((i) => translate(i, prefix)));
      const specific = branches.find((b) => b.some((i) => i.code !== 'invalid_type'));
      return specific ?? [inputIssue('invalid_type', path)];
    }
    default:
      return [inputIssue('invalid_value', path, issue.message)];
  }
}
