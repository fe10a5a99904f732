import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import * as core from 'zod/v4/core';
import { fieldsPresentParse, parseFieldsPresent } from '../../src/api/fieldsPresentParser.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { policyAchievementArb } from '../support/arbitraries.js';

const anchor = {
  kind: 'standard_drafting',
  level: 'national',
  rank: 1,
  drafterRole: 'main',
  obtainedOn: '2024-05-10',
  recipient: { type: 'organization', registeredIn: '350112' },
};

describe('the fast path parses an achievement with a parser for just the fields it carries', () => {
  it('a valid achievement: the same output as the full fields schema, key for key and in the same order', () => {
    const full = anyKindAchievementSchema.parse(anchor);
    const quick = parseFieldsPresent(anchor);
    expect(quick).toStrictEqual(full);
    expect(Object.keys(quick ?? {})).toEqual(Object.keys(full));
  });

  it('fields given in another order come out in the schema order all the same', () => {
    const reversed = Object.fromEntries(Object.entries(anchor).reverse());
    expect(Object.keys(parseFieldsPresent(reversed) ?? {})).toEqual(
      Object.keys(anyKindAchievementSchema.parse(anchor)),
    );
  });

  it('a Date is read on a Beijing clock, as by the full schema', () => {
    const withDate = { ...anchor, obtainedOn: new Date('2024-05-09T16:30:00Z') };
    expect(parseFieldsPresent(withDate)?.obtainedOn).toBe('2024-05-10');
  });

  it.each([
    ['an unknown field', { ...anchor, bogus: 1 }],
    ['no obtainedOn (required)', { kind: 'standard_drafting' }],
    ['no kind (required)', { obtainedOn: '2024-05-10' }],
    ['a bad date', { ...anchor, obtainedOn: '2024-02-30' }],
    ['a bad nested recipient', { ...anchor, recipient: { type: 'organization', registeredIn: '35' } }],
    ['not an object', 'standard_drafting'],
    ['a list', [anchor]],
    ['null', null],
  ])('%s: not shown valid (undefined), so the full schemas run and name the problem', (_, input) => {
    expect(parseFieldsPresent(input)).toBeUndefined();
  });

  it('property: for every valid achievement of every bundled policy, the same as the full fields schema', () => {
    for (const policy of library.policies) {
      fc.assert(
        fc.property(policyAchievementArb(policy), (achievement) => {
          expect(parseFieldsPresent(achievement)).toStrictEqual(anyKindAchievementSchema.parse(achievement));
        }),
        { numRuns: 50 },
      );
    }
  });

  it('property: shown valid exactly when the full fields schema passes, for valid achievements with one field spoilt', () => {
    const fields = [...Object.keys(anyKindAchievementSchema._zod.def.shape), 'bogus'];
    const values = fc.constantFrom(undefined, null, '', 'x', '2024-02-30', '2024-05-10', 0, -1, 1.5, 3, true, [], {});
    for (const policy of library.policies) {
      fc.assert(
        fc.property(policyAchievementArb(policy), fc.constantFrom(...fields), values, (achievement, field, value) => {
          const spoilt = { ...achievement, [field]: value };
          const full = anyKindAchievementSchema.safeParse(spoilt);
          const quick = parseFieldsPresent(spoilt);
          expect(quick === undefined).toBe(!full.success);
          if (full.success) expect(quick).toStrictEqual(full.data);
        }),
        { numRuns: 100 },
      );
    }
  });

  it("property: when the fields present are shown invalid, the issues are the full fields schema's, in its order", () => {
    const full = core._safeParse(core.$ZodError);
    const fields = Object.keys(anyKindAchievementSchema._zod.def.shape);
    const values = fc.constantFrom(undefined, null, '', 'x', '2024-02-30', 0, -1, 1.5, 2_000_000, true, [], {});
    for (const policy of library.policies) {
      fc.assert(
        fc.property(
          policyAchievementArb(policy),
          fc.uniqueArray(fc.tuple(fc.constantFrom(...fields), values), { selector: ([f]) => f, maxLength: 3 }),
          (achievement, spoils) => {
            const spoilt = { ...achievement, ...Object.fromEntries(spoils) };
            const quick = fieldsPresentParse(spoilt);
            const reference = full(anyKindAchievementSchema, spoilt, { reportInput: true });
            expect(quick?.success).toBe(reference.success);
            if (quick?.success === false && !reference.success) {
              expect(quick.issues).toStrictEqual(reference.error.issues);
            }
          },
        ),
        { numRuns: 100 },
      );
    }
  });

  it('a set of fields is one number: the shape has fewer fields than a double counts exactly in bits', () => {
    expect(Object.keys(anyKindAchievementSchema._zod.def.shape).length).toBeLessThan(53);
  });
});
