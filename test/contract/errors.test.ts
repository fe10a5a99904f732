import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createEvaluator,
  defineLibrary,
  ERROR_CODES,
  evaluate,
  evaluateRequestWith,
  formatResult,
  getPolicy,
  jsonSchema,
  QualityRewardsError,
  reasonMessage,
  renderPolicyTable,
} from '../../src/index.js';

const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' } as const;

/** The error a call throws (it must throw a QualityRewardsError). */
function errorOf(call: () => unknown): QualityRewardsError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(QualityRewardsError);
    return error as QualityRewardsError;
  }
  throw new Error('expected a QualityRewardsError');
}
const codesOf = (call: () => unknown) => errorOf(call).issues.map((i) => [i.code, i.path.join('.')]);

/** Bad calls covering every kind of issue zod and the library report. */
const badCalls: [string, () => unknown][] = [
  [
    'wrong types',
    () => evaluate({ ...cqa, rank: '1', count: true, recipient: { type: 1 } } as never, 1 as never, 20240601 as never),
  ],
  [
    'bad values',
    () => evaluate({ ...cqa, level: 'nation', region: '35011', count: 0, rank: 2.5 } as never, '泰州', '2023-02-29'),
  ],
  [
    'unknown and missing',
    () => evaluate({ kind: 'goverment_quality_award', rnak: 1, recipient: {} } as never, 'changle', new Date(NaN)),
  ],
  [
    'amounts',
    () =>
      evaluate({ ...cqa, annualSalesRevenue: '-1', stateFunding: '1.005' } as never, 'changle', '2024-06-01', {
        history: [{}],
        verbos: 1,
      } as never),
  ],
  ['empty', () => evaluate([] as never, '' as never, {} as never, [] as never)],
];

/** A message with the field's path, and the values the caller wrote (quoted), taken out. */
const ownWords = (message: string, path: readonly (string | number)[]) =>
  message.replace(path.length > 0 ? path.join('.') : '(input)', '').replace(/“[^”]*”|"[^"]*"/g, '');

describe('messages: zh wholly Chinese, en wholly English, from zod’s own locales for zod’s issues', () => {
  it.each(badCalls)('%s', (_, call) => {
    for (const issue of errorOf(call).issues) {
      expect(ownWords(issue.message.zh, issue.path)).not.toMatch(/[A-Za-z]/);
      expect(ownWords(issue.message.en, issue.path)).not.toMatch(/[\u3400-\u9fff]/);
    }
  });
  it('invalid_type says what was expected and what was received', () => {
    const [issue] = errorOf(() => evaluate({ ...cqa, rank: '1' } as never, 'changle', '2024-06-01')).issues;
    expect(issue.message.en).toContain('expected number, received string');
    expect(issue.message.zh).toContain('期望 数字，实际接收 字符串');
  });
  it('the caller’s global zod configuration is neither used nor changed', () => {
    const before = z.config();
    const localeError = before.localeError;
    z.config(z.locales.de());
    try {
      const [issue] = errorOf(() => evaluate({ ...cqa, rank: '1' } as never, 'changle', '2024-06-01')).issues;
      expect(issue.message.en).toContain('expected number');
    } finally {
      z.config({ localeError });
    }
    errorOf(() => evaluate({ ...cqa, rank: '1' } as never, 'changle', '2024-06-01'));
    expect(z.config().localeError).toBe(localeError);
  });
  it('error.message carries both languages', () => {
    const error = errorOf(() => evaluate(cqa, 'atlantis', '2024-06-01'));
    expect(error.message).toContain('未知的行政区划');
    expect(error.message).toContain('unknown jurisdiction');
  });
});

describe('every issue at once, at the field at fault', () => {
  it('a bad obtainedOn does not hide an unknown kind, nor an unknown field', () => {
    expect(
      codesOf(() =>
        evaluate(
          { kind: 'goverment_quality_award', obtainedOn: '2024-02-30', rnak: 1 } as never,
          'changle',
          '2024-06-01',
        ),
      ),
    ).toEqual([
      ['invalid_date', 'achievement.obtainedOn'],
      ['unknown_achievement_kind', 'achievement.kind'],
      ['unknown_field', 'achievement.rnak'],
    ]);
  });
  it('a missing recipient.type is missing_field', () => {
    expect(codesOf(() => evaluate({ ...cqa, recipient: {} } as never, 'changle', '2024-06-01'))).toEqual([
      ['missing_field', 'achievement.recipient.type'],
    ]);
  });
  it('a history whose own sum passes 2^53 分 is blamed on options.history', () => {
    const entry = { policyId: 'other', ruleId: 'r', amountYuan: '90071992547409.91', obtainedOn: '2024-01-01' };
    expect(codesOf(() => evaluate(cqa, 'changle', '2024-06-01', { history: [entry, entry] }))).toEqual([
      ['out_of_range', 'options.history'],
    ]);
  });
});

describe('did you mean: suggested, never corrected', () => {
  const suggestions = (call: () => unknown) => errorOf(call).issues.map((i) => i.suggestions ?? []);
  it('a misspelled kind, field, subtype, jurisdiction, rule and policy id', () => {
    expect(
      suggestions(() => evaluate({ ...cqa, kind: 'goverment_quality_award' } as never, 'changle', '2024-06-01')),
    ).toEqual([['government_quality_award']]);
    expect(suggestions(() => evaluate({ ...cqa, rnak: 1 } as never, 'changle', '2024-06-01'))).toEqual([['rank']]);
    expect(
      suggestions(() =>
        evaluate(
          { kind: 'geographical_indication', subtype: 'trademarks', obtainedOn: '2024-01-01' } as never,
          'changle',
          '2024-06-01',
        ),
      ),
    ).toEqual([['trademark']]);
    expect(suggestions(() => evaluate(cqa, 'changel', '2024-06-01'))).toEqual([['changle']]);
    expect(suggestions(() => getPolicy('changle-2002'))).toEqual([['changle-2020']]);
  });
  it('a city one character from another is suggested, not taken for it', () => {
    const [issue] = errorOf(() => evaluate(cqa, '泰州', '2024-06-01')).issues;
    expect(issue.code).toBe('unknown_jurisdiction');
    expect(issue.suggestions).toContain('台州');
  });
});

describe('every exported function rejects bad arguments with QualityRewardsError, never a raw TypeError', () => {
  it.each<[string, () => unknown]>([
    ['formatResult(null)', () => formatResult(null as never)],
    ['renderPolicyTable({})', () => renderPolicyTable({} as never)],
    ['defineLibrary({})', () => defineLibrary({} as never)],
    ['createEvaluator(null)', () => createEvaluator(null as never).listPolicies()],
    ['evaluateRequestWith(null, {})', () => evaluateRequestWith(null as never, {})],
    ['reasonMessage("nope")', () => reasonMessage('nope' as never)],
    ['getPolicy(1)', () => getPolicy(1 as never)],
    ['jsonSchema("nope")', () => jsonSchema('nope' as never)],
    ['evaluate()', () => (evaluate as (...args: unknown[]) => unknown)()],
  ])('%s', (_, call) => {
    expect(errorOf(call).issues.length).toBeGreaterThan(0);
  });
});

describe('every error code is documented in the README', () => {
  it.each(ERROR_CODES)('%s', async (code) => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('README.md', 'utf8')).toContain(`\`${code}\``);
  });
});
