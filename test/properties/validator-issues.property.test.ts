import fc from 'fast-check';
import type * as core from 'zod/v4/core';
import { describe, expect, it, vi } from 'vitest';
import { parseToIssues } from '../../src/api/parseToIssues.js';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { library } from '../../src/index.js';
import { anyKindAchievementSchema, anyKindPortfolioSchema } from '../../src/schema/achievement.js';
import { buildValidator } from '../../src/schema/buildValidator.js';
import { UNDECIDED } from '../../src/schema/generatedValidator.js';
import { evaluateOptionsSchema, historyEntrySchema } from '../../src/schema/options.js';
import { calendarDateInputSchema } from '../../src/schema/primitives.js';
import { historyArb, policyAchievementArb } from '../support/arbitraries.js';
import { EXTREME_NUMBERS, ODD_DATE_STRINGS } from '../fuzz/hostileValues.js';

// Many generated cases: seconds on a busy machine, past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/** Values of every type, and near the boundaries the schemas draw. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    '',
    'x'.repeat(201),
    '😀'.repeat(101),
    '2023-02-29',
    '2024-02-30',
    '35011',
    '12.345',
    '-1',
    'national',
    new Date(Number.NaN),
    new Date('0999-06-01T00:00:00Z'),
    [],
    {},
    ...EXTREME_NUMBERS,
    ...ODD_DATE_STRINGS,
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
);

/** An object changed at one field: a new value, the field removed, an unknown field, or its recipient changed. */
function mutated(value: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(value);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...keys, 'kind', 'obtainedOn', 'level', 'rank', 'recipient', 'bogus'), oddValue)
      .map(([key, v]) => ({ ...value, [key]: v })),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _gone, ...rest } = value;
      return rest;
    }),
    fc.tuple(fc.constantFrom('type', 'registeredIn', 'legalForm', 'sector', 'x'), oddValue).map(([key, v]) => ({
      ...value,
      recipient: { ...(value.recipient as object), [key]: v },
    })),
  );
}

const achievementArb = fc
  .constantFrom(...library.policies)
  .chain((policy) => policyAchievementArb(policy)) as fc.Arbitrary<Record<string, unknown>>;

/** Valid achievements, once and twice mutated ones, odd values. */
const achievementInputArb: fc.Arbitrary<unknown> = fc.oneof(
  achievementArb,
  achievementArb.chain(mutated),
  achievementArb.chain(mutated).chain(mutated),
  oddValue,
);

const historyInputArb = fc.constantFrom(...library.policies).chain((policy) => historyArb(policy));

const optionsInputArb: fc.Arbitrary<unknown> = fc.oneof(
  historyInputArb.map((history) => ({ history })),
  historyInputArb
    .filter((history) => history.length > 0)
    .chain((history) =>
      mutated(history[0] as Record<string, unknown>).map((entry) => ({ history: [...history.slice(1), entry] })),
    ),
  fc.record(
    {
      assumeStartDate: fc.oneof(fc.constant('2024-01-01'), oddValue),
      readings: fc.oneof(
        fc.dictionary(fc.string({ maxLength: 4 }), fc.constantFrom('chosen', 'alternative')),
        oddValue,
      ),
      history: fc.oneof(historyInputArb, oddValue),
      bogus: oddValue,
    },
    { requiredKeys: [] },
  ),
  oddValue,
);

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
