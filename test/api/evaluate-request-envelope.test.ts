import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { createEvaluator } from '../../src/api/createEvaluator.js';
import { evaluateRequest } from '../../src/api/evaluateRequest.js';
import { inputIssue, QualityRewardsError } from '../../src/errors/QualityRewardsError.js';
import { thrownBy } from '../support/thrownBy.js';

/** `evaluateRequest` with an evaluator given: the envelope checked, the evaluator's issues renamed to the request's fields. */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };

const caught = (run: () => unknown) => thrownBy(QualityRewardsError, run);

describe('the evaluator argument', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an object without evaluate', { safeEvaluate: () => undefined }],
    ['evaluate that is not a function', { evaluate: 'yes' }],
  ])('%s: a typed error at `evaluator`, saying what is expected', (_, evaluator) => {
    const error = caught(() =>
      evaluateRequest(evaluator as never, { achievement: cqa, jurisdiction: 'changle', date: '2024-06-01' }),
    );
    expect(error.issues).toEqual([
      inputIssue('invalid_type', ['evaluator'], {
        zh: '应为 createEvaluator() 返回的求值器',
        en: 'expected an evaluator returned by createEvaluator()',
      }),
    ]);
  });

  it('any object with an evaluate function will do (a Pick<Evaluator, "evaluate">)', () => {
    const evaluate = (...args: unknown[]) => ({ args }) as never;
    expect(evaluateRequest({ evaluate }, { achievement: cqa, jurisdiction: 'changle', date: '2024-06-01' })).toEqual({
      args: [cqa, 'changle', '2024-06-01', undefined],
    });
  });
});

describe('achievement or achievements: exactly one', () => {
  const message = {
    zh: '应给出 achievements（列表）或 achievement（单项）之一，不能同时给出',
    en: 'give either achievements (a list) or achievement (one), not both',
  };
  const { evaluate } = createEvaluator(library);

  it('neither: missing_field at achievements, with the rule in both languages', () => {
    const error = caught(() => evaluateRequest({ evaluate }, { jurisdiction: 'changle', date: '2024-06-01' }));
    expect(error.issues).toEqual([inputIssue('missing_field', ['achievements'], message)]);
  });

  it('both: invalid_value at achievements, with the same text', () => {
    const both = { achievement: cqa, achievements: [cqa], jurisdiction: 'changle', date: '2024-06-01' };
    const error = caught(() => evaluateRequest({ evaluate }, both));
    expect(error.issues).toEqual([inputIssue('invalid_value', ['achievements'], message)]);
  });

  it('the one given is what is evaluated: achievement as one, achievements as a portfolio', () => {
    const calls: unknown[] = [];
    const recording = { evaluate: (a: unknown) => (calls.push(a), undefined as never) };
    evaluateRequest(recording, { achievement: cqa, jurisdiction: 'changle', date: '2024-06-01' });
    evaluateRequest(recording, { achievements: [cqa, cqa], jurisdiction: 'changle', date: '2024-06-01' });
    expect(calls).toEqual([cqa, [cqa, cqa]]);
  });
});

describe("the evaluator's issues, named by the request's own fields", () => {
  const { evaluate } = createEvaluator(library);
  const paths = (request: object) =>
    caught(() => evaluateRequest({ evaluate }, request)).issues.map((i) => i.path.join('.'));

  it('achievement.* stays achievement.* when the request gave `achievement`', () => {
    expect(paths({ achievement: { ...cqa, level: 'galactic' }, jurisdiction: 'changle', date: '2024-06-01' })).toEqual([
      'achievement.level',
    ]);
  });

  it('achievement.N.* becomes achievements.N.* when the request gave `achievements`', () => {
    const request = { achievements: [cqa, { ...cqa, level: 'galactic' }], jurisdiction: 'changle', date: '2024-06-01' };
    expect(paths(request)).toEqual(['achievements.1.level']);
  });

  it('issues about other arguments keep their paths (date, jurisdiction, options)', () => {
    const request = { achievements: [cqa], jurisdiction: 'nowhere', date: '2024-13-01', options: { hsitory: [] } };
    expect(paths(request).sort()).toEqual(['date', 'jurisdiction', 'options.hsitory']);
  });

  it('an error that is not a QualityRewardsError is thrown as it is (a bug, not bad input)', () => {
    const bug = new TypeError('boom');
    const broken = {
      evaluate: () => {
        throw bug;
      },
    };
    expect(() => evaluateRequest(broken, { achievement: cqa, jurisdiction: 'changle', date: '2024-06-01' })).toThrow(
      bug,
    );
  });

  it('a QualityRewardsError with an issue at the root keeps it (only `achievement` paths are renamed)', () => {
    const failing = {
      evaluate: () => {
        throw new QualityRewardsError([inputIssue('invalid_value', []), inputIssue('invalid_value', ['achievement'])]);
      },
    };
    const error = caught(() => evaluateRequest(failing, { achievements: [cqa], jurisdiction: 'x', date: 'y' }));
    expect(error.issues.map((i) => i.path)).toEqual([[], ['achievements']]);
  });
});
