import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { knownAchievements } from '../../src/api/knownAchievements.js';
import { fieldsPresentParse } from '../../src/api/fieldsPresentParser.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { LIMITS } from '../../src/schema/limits.js';

/**
 * The boundary's fast path (`knownAchievements`) says what it found about the achievement argument, and
 * the boundary decides from it which schemas still have to run. Each verdict is pinned here: a wrong
 * one would either skip a check the input needs or build the full per-vocabulary schemas for nothing.
 */
const award = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const pinzibiao = {
  kind: 'regional_brand_certification',
  subtype: 'pinzibiao_certificate',
  cycle: 'initial',
  obtainedOn: '2024-03-01',
};
const badDate = { ...award, obtainedOn: '2024-02-30' };
const unknownKind = { ...award, kind: 'moon_landing' };
const unknownSubtype = { ...pinzibiao, subtype: 'moon_brand' };
const notShownValid = (fieldsDecide: boolean) => ({
  known: undefined,
  fieldsValid: false,
  invalid: true,
  fieldsDecide,
});
const fieldsValidKindUnknown = { known: undefined, fieldsValid: true, invalid: true, fieldsDecide: false };

describe('one achievement', () => {
  it('valid, kind and subtype known: shown valid, with the output of the full fields schema', () => {
    for (const achievement of [award, pinzibiao]) {
      expect(knownAchievements(library, achievement, false)).toStrictEqual({
        known: { success: true, data: anyKindAchievementSchema.parse(achievement) },
        fieldsValid: true,
        invalid: false,
        fieldsDecide: false,
      });
    }
  });

  it.each([
    ['a kind the vocabulary does not have', unknownKind],
    ['a subtype its kind does not have', unknownSubtype],
    ['a subtype on a kind that has none', { ...award, subtype: 'pinzibiao_certificate' }],
  ])('valid fields but %s: fields valid, the full schema must name the kind', (_, achievement) => {
    expect(knownAchievements(library, achievement, false)).toStrictEqual(fieldsValidKindUnknown);
  });

  it('a known kind with a bad field: the fields decide, and their issues are handed on (no second parse)', () => {
    const found = knownAchievements(library, badDate, false);
    const parsed = fieldsPresentParse(badDate);
    expect(parsed?.success).toBe(false);
    expect(found).toStrictEqual({
      known: undefined,
      fieldsValid: false,
      invalid: true,
      fieldsDecide: true,
      fieldsIssues: parsed?.success === false ? parsed.issues : 'unreachable',
    });
    expect(found.fieldsIssues?.[0]?.path).toEqual(['obtainedOn']);
  });

  it('a known kind with an unknown field: the fields decide, but only the full fields schema can name the field', () => {
    expect(knownAchievements(library, { ...award, bogus: 1 }, false)).toStrictEqual(notShownValid(true));
  });

  it.each([
    ['an unknown kind and an unknown field', { ...unknownKind, bogus: 1 }],
    ['an unknown kind and a bad field', { ...unknownKind, obtainedOn: '2024-02-30' }],
    ['a kind that is not a string', { ...award, kind: 7 }],
    ['a subtype that is not a string', { ...pinzibiao, subtype: 7 }],
    ['not an object', 'government_quality_award'],
    ['null', null],
  ])('%s: not shown valid, and the fields do not decide', (_, achievement) => {
    expect(knownAchievements(library, achievement, false)).toStrictEqual(notShownValid(false));
  });
});

describe('a portfolio', () => {
  it('every achievement valid and known: shown valid, each with the output of the full fields schema, in order', () => {
    expect(knownAchievements(library, [pinzibiao, award], true)).toStrictEqual({
      known: { success: true, data: [pinzibiao, award].map((a) => anyKindAchievementSchema.parse(a)) },
      fieldsValid: true,
      invalid: false,
      fieldsDecide: false,
    });
  });

  it('a portfolio of one: shown valid like a longer one', () => {
    expect(knownAchievements(library, [award], true).known).toStrictEqual({
      success: true,
      data: [anyKindAchievementSchema.parse(award)],
    });
  });

  it('all fields valid but one kind unknown: fields valid, the full schema must name the kind', () => {
    expect(knownAchievements(library, [award, unknownKind], true)).toStrictEqual(fieldsValidKindUnknown);
  });

  it('one bad field, every kind known: the fields decide', () => {
    expect(knownAchievements(library, [award, badDate], true)).toStrictEqual(notShownValid(true));
    expect(knownAchievements(library, [badDate, award], true)).toStrictEqual(notShownValid(true));
  });

  it('one bad field and one unknown kind: the fields do not decide', () => {
    expect(knownAchievements(library, [badDate, unknownKind], true)).toStrictEqual(notShownValid(false));
  });

  it(`empty, or over ${LIMITS.achievements} achievements: not shown valid, left to the full schema to say why`, () => {
    expect(knownAchievements(library, [], true)).toStrictEqual(notShownValid(false));
    const tooMany = Array.from({ length: LIMITS.achievements + 1 }, () => award);
    expect(knownAchievements(library, tooMany, true)).toStrictEqual(notShownValid(false));
  });

  it(`exactly ${LIMITS.achievements} achievements: still shown valid`, () => {
    const most = Array.from({ length: LIMITS.achievements }, () => award);
    const found = knownAchievements(library, most, true);
    expect(found.invalid).toBe(false);
    expect((found.known?.data as unknown[]).length).toBe(LIMITS.achievements);
  });
});
