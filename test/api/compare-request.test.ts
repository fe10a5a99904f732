import { describe, expect, it } from 'vitest';
import { compareRequest as compareRequestWith } from '../../src/api/compareRequest.js';
import { compareRequest, evaluate, listJurisdictions, QualityRewardsError, safeEvaluate } from '../../src/index.js';

/** 中国质量奖, as the body of `POST /v1/compare` carries it. */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' } as const;
const ON = '2024-06-01';

/** The issues of a refused request: code, path and the English message. */
function issuesOf(body: unknown) {
  try {
    compareRequest(body);
  } catch (error) {
    if (error instanceof QualityRewardsError) return error.issues.map((i) => [i.code, i.path.join('.'), i.message.en]);
    throw error;
  }
  throw new Error('expected a QualityRewardsError');
}

describe('compareRequest: the envelope { achievement | achievements, jurisdictions, date, options? }', () => {
  it('a portfolio against two jurisdictions: one result each, in the order asked, equal to evaluate', () => {
    const [zhengzhou, changle] = compareRequest({
      achievements: [cqa],
      jurisdictions: ['zhengzhou', 'changle'],
      date: ON,
    });
    expect(zhengzhou).toEqual(evaluate([cqa], 'zhengzhou', ON));
    expect(changle).toEqual(evaluate([cqa], 'changle', ON));
  });

  it('a body that is not an object: a type issue about the input itself', () => {
    expect(issuesOf('x')).toEqual([['invalid_type', '', '(input): Invalid input: expected object, received string']]);
  });

  it('an empty body: jurisdictions and date are missing fields, named with what was expected', () => {
    expect(issuesOf({})).toEqual([
      [
        'missing_field',
        'jurisdictions',
        'jurisdictions: required field missing (Invalid input: expected array, received undefined)',
      ],
      [
        'missing_field',
        'date',
        'date: required field missing (Invalid input: expected nonoptional, received undefined)',
      ],
    ]);
  });

  it('a field the envelope does not have is unknown; an empty list of jurisdictions is a value not allowed', () => {
    expect(issuesOf({ achievement: cqa, jurisdictions: 'all', date: ON, extra: 1 })).toEqual([
      ['unknown_field', 'extra', 'extra: unknown field'],
    ]);
    expect(issuesOf({ achievement: cqa, jurisdictions: [], date: ON })).toEqual([
      ['invalid_value', 'jurisdictions', 'jurisdictions: Too small: expected array to have >=1 items'],
    ]);
  });

  it('neither achievement nor achievements is a missing field; both is a value not allowed', () => {
    expect(issuesOf({ jurisdictions: 'all', date: ON })).toEqual([
      ['missing_field', 'achievements', 'achievements: required field missing'],
    ]);
    expect(issuesOf({ achievement: cqa, achievements: [cqa], jurisdictions: 'all', date: ON })).toEqual([
      ['invalid_value', 'achievements', 'achievements: value not allowed'],
    ]);
  });

  it("the achievement's issues carry the body's own field name, a jurisdiction its place in the list", () => {
    expect(issuesOf({ achievements: [{ ...cqa, kind: 'x' }], jurisdictions: ['zhengzhou'], date: ON })).toEqual([
      ['unknown_achievement_kind', 'achievements.0.kind', 'achievements.0.kind: unknown achievement kind: "x"'],
    ]);
    expect(
      issuesOf({ achievement: { ...cqa, kind: 'x' }, jurisdictions: ['zhengzhou', 'atlantis'], date: ON }),
    ).toEqual([
      ['unknown_achievement_kind', 'achievement.kind', 'achievement.kind: unknown achievement kind: "x"'],
      ['unknown_jurisdiction', 'jurisdictions.1', 'jurisdictions.1: unknown jurisdiction: "atlantis"'],
    ]);
  });

  it('an error that is not an input issue (a fault of the evaluator) passes through as itself', () => {
    const fault = new RangeError('evaluator fault');
    const evaluator = {
      listJurisdictions,
      safeEvaluate: ((...args: Parameters<typeof safeEvaluate>) => {
        if (args[1] === 'changle') throw fault;
        return safeEvaluate(...args);
      }) as typeof safeEvaluate,
    };
    expect(() =>
      compareRequestWith(evaluator, { achievement: cqa, jurisdictions: ['zhengzhou', 'changle'], date: ON }),
    ).toThrow(fault);
  });
});
