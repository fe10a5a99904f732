import fc from 'fast-check';
import { library } from '../../src/index.js';
import { EXTREME_NUMBERS, ODD_DATE_STRINGS } from '../fuzz/hostileValues.js';
import { historyArb, policyAchievementArb } from './arbitraries.js';

/*
 * Inputs for the properties of the generated validator and of its locator (test/properties): valid
 * arguments from the bundled policies, the same mutated at a field or two, and odd values. One set for
 * both, so that what the fast path is held to and what its issues are held to stay the same inputs.
 */

/** Values of every type, near every boundary the schemas draw (lengths, integer ranges, dates, amounts). */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
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
    '2024-02-30',
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
    ...EXTREME_NUMBERS,
    ...ODD_DATE_STRINGS,
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.date(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

/** An object changed at one field: a new value, the field removed, an unknown field, or its recipient changed. */
export function mutated(value: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(value);
  const field = fc.oneof(
    fc.constantFrom(...keys, 'kind', 'obtainedOn', 'level', 'rank', 'recipient', 'bogus'),
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

const achievementArb = fc
  .constantFrom(...library.policies)
  .chain((policy) => policyAchievementArb(policy)) as fc.Arbitrary<Record<string, unknown>>;

/** Valid achievements from the bundled vocabulary, the same with dates as `Date`, once and twice mutated ones, odd values. */
export const achievementInputArb: fc.Arbitrary<unknown> = fc.oneof(
  achievementArb,
  achievementArb.map((a) => ({ ...a, obtainedOn: new Date(`${String(a.obtainedOn)}T00:00:00+08:00`) })),
  achievementArb.chain(mutated),
  achievementArb.chain(mutated).chain(mutated),
  oddValue,
);

/** Valid histories of payments under the bundled policies. */
export const historyInputArb = fc.constantFrom(...library.policies).chain((policy) => historyArb(policy));

/** Options: a history (valid, or with its first or last entry mutated), readings, an assumed start, odd values. */
export const optionsInputArb: fc.Arbitrary<unknown> = fc.oneof(
  historyInputArb.map((history) => ({ history })),
  historyInputArb
    .filter((history) => history.length > 0)
    .chain((history) =>
      fc.oneof(
        mutated(history[0] as Record<string, unknown>).map((entry) => ({ history: [entry, ...history.slice(1)] })),
        mutated(history[history.length - 1] as Record<string, unknown>).map((entry) => ({
          history: [...history.slice(0, -1), entry],
        })),
      ),
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
