import type * as core from 'zod/v4/core';
import { generatedValidator, UNDECIDED } from '../schema/generatedValidator.js';
import { type ParseOutcome, parseReportingIssues } from './parseToIssues.js';

/**
 * {@link parseReportingIssues}, asking the schema's generated validator first: valid input gets zod's
 * output without zod's per-field machinery; anything the validator does not vouch for is parsed by zod,
 * so every issue is zod's own.
 */
export function parseGeneratedFirst<T>(schema: core.$ZodType, value: unknown): ParseOutcome<T> {
  const validate = generatedValidator(schema);
  const quick = validate(value);
  if (quick !== UNDECIDED) return { success: true, data: quick as T };
  // Refused: zod's issues, found by zod on the failing parts alone where the validator can tell.
  const issues = validate.issues(value);
  return issues === UNDECIDED ? parseReportingIssues<T>(schema, value) : { success: false, issues };
}
