import fc from 'fast-check';
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { describe, expect, it, vi } from 'vitest';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { library } from '../../src/index.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { buildValidator } from '../../src/schema/buildValidator.js';
import { UNDECIDED } from '../../src/schema/generatedValidator.js';
import { evaluateOptionsSchema, historyEntrySchema } from '../../src/schema/options.js';
import { calendarDateInputSchema } from '../../src/schema/primitives.js';
import { historyArb, policyAchievementArb } from '../support/arbitraries.js';

// Many generated cases: seconds on a busy machine, past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/** Values of every type, near every boundary the schemas draw (lengths, integer ranges, dates, amounts). */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -0,
    1,
    -1,
    1.5,
    1_000_000,
    1_000_001,
    2 ** 53 - 1,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    ' ',
    'x'.repeat(200),
    'x'.repeat(201),
    '😀'.repeat(100),
    '😀'.repeat(101),
    '2024-02-29',
    '2023-02-29',
    '999-01-01',
    '350112',
    '35011',
    '12.34',
    '12.345',
    '-1',
    ' 7 ',
    'national',
    'organization',
    'standard_drafting',
    'chosen',
    new Date('2024-05-09T16:00:00Z'),
    new Date('0999-06-01T00:00:00Z'),
    new Date(Number.NaN),
    [],
    {},
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.date(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

/** An object changed at one field: a new value, the field removed, or an unknown field added. */
function mutated(value: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(value);
  const field = fc.oneof(
    fc.constantFrom(...keys, 'kind', 'obtainedOn', 'recipient', 'bogus'),
    fc.string({ maxLength: 4 }),
  );
  return fc.oneof(
    fc.tuple(field, oddValue).map(([key, v]) => ({ ...value, [key]: v })),
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

const achievementArb = fc.constantFrom(...library.policies).chain((policy) => policyAchievementArb(policy));

/** Valid achievements from the bundled vocabulary, the same with dates as `Date`, mutated ones, odd values. */
const achievementInputArb: fc.Arbitrary<unknown> = fc.oneof(
  achievementArb,
  achievementArb.map((a) => ({ ...a, obtainedOn: new Date(`${String(a.obtainedOn)}T00:00:00+08:00`) })),
  achievementArb.chain((a) => mutated(a as Record<string, unknown>)),
  achievementArb
    .chain((a) => mutated(a as Record<string, unknown>))
    .chain((a) => mutated(a as Record<string, unknown>)),
  oddValue,
);

const historyInputArb = fc.constantFrom(...library.policies).chain((policy) => historyArb(policy));

/** Options: a history (valid or with one entry mutated), readings, an assumed start, odd values. */
const optionsInputArb: fc.Arbitrary<unknown> = fc.oneof(
  historyInputArb.map((history) => ({ history })),
  historyInputArb
    .filter((history) => history.length > 0)
    .chain((history) =>
      mutated(history[0] as Record<string, unknown>).map((entry) => ({ history: [entry, ...history.slice(1)] })),
    ),
  fc.record(
    {
      assumeStartDate: fc.oneof(fc.constantFrom('2024-01-01', new Date('2024-01-01T00:00:00+08:00')), oddValue),
      readings: fc.oneof(
        fc.dictionary(fc.string({ maxLength: 4 }), fc.constantFrom('chosen', 'alternative')),
        fc.dictionary(fc.string({ maxLength: 4 }), oddValue, { maxKeys: 2 }),
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
const validatorOf = (schema: core.$ZodType) => {
  if (!built.has(schema)) built.set(schema, buildValidator(schema));
  return built.get(schema);
};

/**
 * The contract: for input the boundary lets through (`findHostileInput` finds nothing), the generated
 * validator's answer is zod's output (deep-equal, same keys in the same order) or undecided. For these schemas — all generated — it is more: undecided exactly where zod fails
 * (a union relies on that to try its next option), so valid input always takes the fast path.
 */
function answersAsZod(schema: core.$ZodType, input: unknown, argument: string): void {
  const validate = validatorOf(schema);
  expect(validate).toBeTypeOf('function');
  const answer = (validate as (input: unknown) => unknown)(input);
  const parsed = z.safeParse(schema, input);
  if (findHostileInput(input, [argument]).length > 0) {
    // The boundary refuses this input before any parse; the validator need only not contradict zod.
    if (answer !== UNDECIDED) expect(answer).toStrictEqual(parsed.data);
    return;
  }
  if (!parsed.success) {
    expect(answer).toBe(UNDECIDED);
    return;
  }
  expect(answer).not.toBe(UNDECIDED);
  expect(answer).toStrictEqual(parsed.data);
  expect(JSON.stringify(answer)).toBe(JSON.stringify(parsed.data));
}

describe('the generated validator answers as zod does', () => {
  it('an achievement of any kind: valid from the bundled vocabulary, Date-dated, mutated, odd values', () => {
    fc.assert(
      fc.property(achievementInputArb, (input) => answersAsZod(anyKindAchievementSchema, input, 'achievement')),
      { numRuns: 1500 },
    );
  });

  it('a history entry and the options of a call', () => {
    fc.assert(
      fc.property(historyInputArb, (history) => {
        for (const entry of history) answersAsZod(historyEntrySchema, entry, 'history');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(optionsInputArb, (input) => answersAsZod(evaluateOptionsSchema, input, 'options')),
      { numRuns: 1000 },
    );
  });

  it('a date argument: strings, Date instants on any day, odd values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31T23:59:59Z') }),
          fc.string(),
          oddValue,
        ),
        (input) => answersAsZod(calendarDateInputSchema, input, 'date'),
      ),
      { numRuns: 1000 },
    );
  });
});
