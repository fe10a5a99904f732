import fc from 'fast-check';
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { describe, expect, it, vi } from 'vitest';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { buildValidator } from '../../src/schema/buildValidator.js';
import { UNDECIDED } from '../../src/schema/generatedValidator.js';
import { evaluateOptionsSchema, historyEntrySchema } from '../../src/schema/options.js';
import { calendarDateInputSchema } from '../../src/schema/primitives.js';
import { achievementInputArb, historyInputArb, oddValue, optionsInputArb } from '../support/validatorInputs.js';

// Many generated cases: seconds on a busy machine, past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

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
