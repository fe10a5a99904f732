import { describe, expect, it } from 'vitest';
import { safeEvaluate } from '../../src/index.js';

/* zod's issues as the library's: the code, the field and the words of each, for the cases where the
 * library says more than zod would (a subtype where a kind has none, an invalid Date object, a near
 * miss among allowed values). */

function issuesOf(achievement: Record<string, unknown>) {
  const outcome = safeEvaluate(achievement as never, 'changle', '2024-06-01');
  if (outcome.success) throw new Error('expected the achievement to be refused');
  return outcome.error.issues.map(({ code, path, message, suggestions }) => ({ code, path, message, suggestions }));
}
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };

describe('the subtype: unknown for the kind, or given for a kind that has none', () => {
  it('a kind with subtypes, a subtype it does not have → unknown_subtype quoting it', () => {
    const achievement = { kind: 'standard_drafting', level: 'national', subtype: 'x', obtainedOn: '2024-05-10' };
    expect(issuesOf(achievement)).toEqual([
      {
        code: 'unknown_subtype',
        path: ['achievement', 'subtype'],
        message: {
          zh: 'achievement.subtype：该成果类型没有此子类：“x”',
          en: 'achievement.subtype: unknown subtype for this kind: "x"',
        },
        suggestions: undefined,
      },
    ]);
  });
  it('a kind without subtypes, given one → unknown_subtype saying the kind has none', () => {
    expect(issuesOf({ ...cqa, subtype: 'x' })).toEqual([
      {
        code: 'unknown_subtype',
        path: ['achievement', 'subtype'],
        message: {
          zh: 'achievement.subtype：该成果类型没有此子类（该成果类型没有子类）',
          en: 'achievement.subtype: unknown subtype for this kind (this kind has no subtypes)',
        },
        suggestions: undefined,
      },
    ]);
  });
});

describe('values zod refuses, in the library’s words', () => {
  it('an invalid Date object → invalid_date, “invalid Date”', () => {
    const [issue] = issuesOf({ ...cqa, obtainedOn: new Date(Number.NaN) });
    expect(issue?.code).toBe('invalid_date');
    expect(issue?.path).toEqual(['achievement', 'obtainedOn']);
    expect(issue?.message.en.endsWith(' (invalid Date)')).toBe(true);
    expect(issue?.message.zh.endsWith('（无效的日期对象）')).toBe(true);
  });
  it('a near miss among the allowed values → invalid_value with zod’s list and a did-you-mean', () => {
    const [issue] = issuesOf({ ...cqa, prize: 'awrd' });
    expect(issue?.code).toBe('invalid_value');
    expect(issue?.suggestions).toEqual(['award']);
    expect(issue?.message.en.startsWith('achievement.prize: Invalid option: expected one of "award"|')).toBe(true);
    expect(issue?.message.en.endsWith('; did you mean "award"?')).toBe(true);
    expect(issue?.message.zh.startsWith('achievement.prize：无效选项：期望以下之一 "award"|')).toBe(true);
  });
  it('an unknown field that is __proto__ → forbidden_key; another → unknown_field with a did-you-mean', () => {
    const withProto = JSON.parse(
      `{"kind":"government_quality_award","level":"national","prize":"award","obtainedOn":"2024-05-10","__proto__":{}}`,
    );
    expect(issuesOf(withProto).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['forbidden_key', 'achievement.__proto__'],
    ]);
    const [issue] = issuesOf({ ...cqa, levle: 'national' });
    expect([issue?.code, issue?.path.join('.'), issue?.suggestions]).toEqual([
      'unknown_field',
      'achievement.levle',
      ['level'],
    ]);
  });
});
