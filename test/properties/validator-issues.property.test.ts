import fc from 'fast-check';
import type * as core from 'zod/v4/core';
import { describe, expect, it, vi } from 'vitest';
import { parseToIssues } from '../../src/api/parseToIssues.js';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { anyKindAchievementSchema, anyKindPortfolioSchema } from '../../src/schema/achievement.js';
import { buildValidator } from '../../src/schema/buildValidator.js';
import { UNDECIDED } from '../../src/schema/generatedValidator.js';
import { evaluateOptionsSchema, historyEntrySchema } from '../../src/schema/options.js';
import { calendarDateInputSchema } from '../../src/schema/primitives.js';
import {
  achievementInputArb,
  historyInputArb,
  mutated,
  oddValue,
  optionsInputArb,
} from '../support/validatorInputs.js';

// Many generated cases: seconds on a busy machine, past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

const built = new Map<core.$ZodType, ReturnType<typeof buildValidator>>();
const issuesOf = (schema: core.$ZodType, input: unknown) => {
  if (!built.has(schema)) built.set(schema, buildValidator(schema));
  const issues = built.get(schema)?.issues;
  expect(issues).toBeTypeOf('function');
  return issues!(input);
};

/**
 * The contract: for input the boundary lets through, the issues found with zod run on the failing parts
 * alone are zod's issues of the whole parse (with `reportInput`: same order, paths, messages, input),
 * or undecided; and undecided wherever zod finds nothing.
 */
function issuesAsZod(
  schema: core.$ZodType,
  input: unknown,
  argument: string,
): 'decided' | 'undecided' | 'valid' | 'refused first' {
  // The boundary refuses this input before any parse.
  if (findHostileInput(input, [argument]).length > 0) return 'refused first';
  const answer = issuesOf(schema, input);
  const parsed = parseToIssues(schema, input, true);
  if (parsed.success) {
    expect(answer).toBe(UNDECIDED);
    return 'valid';
  }
  if (answer === UNDECIDED) return 'undecided';
  expect(answer).toStrictEqual(parsed.issues);
  const json = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
  expect(json(answer)).toBe(json(parsed.issues));
  return 'decided';
}

/** Runs the property and says how many refused inputs were decided without zod's whole parse. */
function share(arb: fc.Arbitrary<unknown>, schema: core.$ZodType, argument: string, numRuns: number): number {
  const seen = { decided: 0, undecided: 0, valid: 0, 'refused first': 0 };
  fc.assert(
    fc.property(arb, (input) => {
      seen[issuesAsZod(schema, input, argument)] += 1;
    }),
    { numRuns },
  );
  return seen.decided / Math.max(1, seen.decided + seen.undecided);
}

describe('zod’s issues, found by zod on the failing parts alone, are those of its whole parse', () => {
  it('an achievement of any kind: valid, mutated once or twice, odd values', () => {
    // Most refusals are of a field; an unknown field, or a value that is no object, is zod's whole parse.
    expect(share(achievementInputArb, anyKindAchievementSchema, 'achievement', 1500)).toBeGreaterThan(0.5);
  });

  it('a portfolio: the issues of each achievement, item after item', () => {
    const portfolioArb = fc.array(achievementInputArb, { minLength: 1, maxLength: 4 });
    expect(share(portfolioArb, anyKindPortfolioSchema, 'achievement', 800)).toBeGreaterThan(0.3);
  });

  it('a history entry, and the options of a call', () => {
    // The history entry's locator must answer too: some refused entries decided without zod's whole parse.
    const entries = historyInputArb.filter((h) => h.length > 0).chain((h) => mutated(h[0] as never));
    expect(share(entries, historyEntrySchema, 'history', 400)).toBeGreaterThan(0);
    expect(share(optionsInputArb, evaluateOptionsSchema, 'options', 1000)).toBeGreaterThan(0.3);
  });

  it('a date argument: strings, Date instants, odd values', () => {
    const dateArb = fc.oneof(
      fc.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31T23:59:59Z') }),
      fc.string(),
      oddValue,
    );
    expect(share(dateArb, calendarDateInputSchema, 'date', 800)).toBe(1);
  });
});
