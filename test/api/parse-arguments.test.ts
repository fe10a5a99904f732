import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';
import { vocabulary } from '../../policies/vocabulary.js';
import { checkArguments, parseArguments } from '../../src/api/parseArguments.js';
import { defineLibrary } from '../../src/engine/library.js';
import { inputIssue, QualityRewardsError } from '../../src/errors/QualityRewardsError.js';
import { zhTypeName } from '../../src/errors/zodMessages.js';
import { LIMITS } from '../../src/schema/limits.js';
import type { PolicyInput } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** The boundary (`parseArguments` / `checkArguments`): what it accepts, and each issue it names. */
const award = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const entry = (extra: object = {}) => ({ policyId: 'elsewhere-2020', ruleId: 'r', amountYuan: 1, ...extra });

function issuesOf(achievement: unknown, jurisdiction: unknown, date: unknown, options?: unknown) {
  const checked = checkArguments(library, achievement, jurisdiction, date, options);
  return checked.ok ? [] : checked.issues;
}
const pathsOf = (...args: Parameters<typeof issuesOf>) => issuesOf(...args).map((i) => i.path.join('.'));

describe('valid arguments: the options carry only what the caller gave', () => {
  it.each([
    ['no options', undefined, {}],
    ['empty options', {}, {}],
    ['assumeStartDate only', { assumeStartDate: '2024-01-01' }, { assumeStartDate: '2024-01-01' }],
    ['readings only', { readings: { 'x.y': 'alternative' } }, { readings: { 'x.y': 'alternative' } }],
  ])('%s', (_, options, expected) => {
    // The Shenzhen draft's start is blank, so assumeStartDate is allowed there.
    const checked = checkArguments(library, award, 'shenzhen', '2024-06-01', options);
    expect(checked.ok && checked.args.options).toStrictEqual(expected);
  });

  it('parseArguments gives the same arguments checkArguments does, and throws the same issues', () => {
    const checked = checkArguments(library, award, 'changle', '2024-06-01', undefined);
    expect(parseArguments(library, award, 'changle', '2024-06-01', undefined)).toStrictEqual(
      checked.ok && checked.args,
    );
    expect(() => parseArguments(library, award, 'nowhere', '2024-06-01', undefined)).toThrow(QualityRewardsError);
  });
});

describe('how many issues: at most LIMITS.issues, then one saying more were left out', () => {
  it(`${LIMITS.issues + 20} achievements with a bad date → ${LIMITS.issues} issues and “more issues not listed”`, () => {
    const broken = Array.from({ length: LIMITS.issues + 20 }, () => ({ ...award, obtainedOn: '2024-02-30' }));
    const issues = issuesOf(broken, 'changle', '2024-06-01');
    expect(issues).toHaveLength(LIMITS.issues + 1);
    expect(issues.at(-1)).toEqual(
      inputIssue('too_large', ['achievement'], { zh: '更多问题未列出', en: 'more issues not listed' }),
    );
    expect(issues.at(-2)?.path).toEqual(['achievement', LIMITS.issues - 1, 'obtainedOn']);
  });

  it('two unknown fields whose paths would read alike without separators are both listed', () => {
    // achievement.recipientx and achievement.recipient.x: told apart by the path, not by its letters.
    const achievement = { ...award, recipientx: 1, recipient: { type: 'organization', registeredIn: '350112', x: 1 } };
    expect(pathsOf([award, achievement], 'changle', '2024-06-01')).toEqual([
      'achievement.1.recipient.x',
      'achievement.1.recipientx',
    ]);
  });
});

describe('did you mean: an unknown field is matched against the fields of the object it is in', () => {
  const suggested = (achievement: unknown, options?: unknown) =>
    Object.fromEntries(
      issuesOf(achievement, 'changle', '2024-06-01', options).map((i) => [i.path.join('.'), i.suggestions]),
    );

  it('in the achievement: its fields (levle → level)', () => {
    expect(suggested({ ...award, levle: 'national' })).toEqual({ 'achievement.levle': ['level'] });
  });
  it('in the recipient: the recipient’s fields (tpye → type)', () => {
    expect(suggested({ ...award, recipient: { type: 'organization', registeredIn: '350112', tpye: 1 } })).toEqual({
      'achievement.recipient.tpye': ['type'],
    });
  });
  it('in the options: the options’ fields (hsitory → history)', () => {
    expect(suggested(award, { hsitory: [] })).toEqual({ 'options.hsitory': ['history'] });
  });
  it('in a history entry: the entry’s fields (amountYaun → amountYuan)', () => {
    expect(suggested(award, { history: [entry({ amountYaun: 1 })] })).toEqual({
      'options.history.0.amountYaun': ['amountYuan'],
    });
  });
  it('in a history entry’s achievement: its fields (kidn → kind)', () => {
    expect(suggested(award, { history: [entry({ achievement: { kind: 'x', kidn: 'x' } })] })).toEqual({
      'options.history.0.achievement.kidn': ['kind'],
    });
  });
});

describe('input that cannot be read', () => {
  /** A proxy that lets the hostile-input walk list its keys (twice), then throws on the next read. */
  const throwingOnThirdRead = (error: unknown) => {
    let reads = 0;
    return new Proxy(
      {},
      {
        ownKeys(target) {
          reads += 1;
          if (reads > 2) throw error;
          return Reflect.ownKeys(target);
        },
      },
    );
  };

  it('a read that throws something else → one issue at the root: “the input could not be read”', () => {
    expect(issuesOf(award, 'changle', '2024-06-01', throwingOnThirdRead(new Error('gone')))).toEqual([
      inputIssue('invalid_value', [], { zh: '无法读取输入', en: 'the input could not be read' }),
    ]);
  });

  it('a QualityRewardsError raised while reading is passed on with its own issues', () => {
    const own = new QualityRewardsError([inputIssue('too_large', ['options'])]);
    expect(issuesOf(award, 'changle', '2024-06-01', throwingOnThirdRead(own))).toEqual(own.issues);
  });
});

describe('a portfolio whose kinds are all known but whose fields are not all valid', () => {
  it('a field of the wrong type is a wrong value, not a missing field (the input is reported)', () => {
    expect(issuesOf([award, { ...award, prize: 5 }], 'changle', '2024-06-01').map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['achievement', 1, 'prize']],
    ]);
  });
});

describe('a kind that is not a known one: named once, as an unknown kind', () => {
  // The fields alone (any kind) would call a number or an empty string a wrong type; only the unknown
  // fields they find are added to what the full schema says.
  it.each([
    ['a number', 5, '5'],
    ['an empty string', '', ''],
  ])('kind is %s → one unknown_achievement_kind at achievement.kind', (_, kind, written) => {
    expect(issuesOf({ ...award, kind }, 'changle', '2024-06-01').map((i) => [i.code, i.path, i.message.en])).toEqual([
      ['unknown_achievement_kind', ['achievement', 'kind'], `achievement.kind: unknown achievement kind: "${written}"`],
    ]);
  });
  it('with an unknown field too → the field is named as well', () => {
    expect(pathsOf({ ...award, kind: 5, bogus: 1 }, 'changle', '2024-06-01')).toEqual([
      'achievement.kind',
      'achievement.bogus',
    ]);
  });
});

describe('obtained after the date of evaluation', () => {
  it('one achievement: at achievement.obtainedOn, with both dates', () => {
    expect(issuesOf({ ...award, obtainedOn: '2024-07-01' }, 'changle', '2024-06-01')).toEqual([
      inputIssue('achievement_after_evaluation_date', ['achievement', 'obtainedOn'], {
        value: '2024-07-01 > 2024-06-01',
      }),
    ]);
  });
  it('in a portfolio: at achievement.N.obtainedOn', () => {
    expect(issuesOf([award, { ...award, obtainedOn: '2024-07-01' }], 'changle', '2024-06-01')).toEqual([
      inputIssue('achievement_after_evaluation_date', ['achievement', 1, 'obtainedOn'], {
        value: '2024-07-01 > 2024-06-01',
      }),
    ]);
  });
  it('obtained on the date itself is fine', () => {
    expect(issuesOf({ ...award, obtainedOn: '2024-06-01' }, 'changle', '2024-06-01')).toEqual([]);
  });
  it('a history entry obtained after the date: at options.history.N.obtainedOn; on the date itself, or undated: fine', () => {
    const history = [entry({ obtainedOn: '2024-06-01' }), entry(), entry({ obtainedOn: '2024-06-02' })];
    expect(issuesOf(award, 'changle', '2024-06-01', { history })).toEqual([
      inputIssue('achievement_after_evaluation_date', ['options', 'history', 2, 'obtainedOn'], {
        value: '2024-06-02 > 2024-06-01',
      }),
    ]);
  });
});

describe('a history whose amounts add up beyond exact integer range', () => {
  it('two payments of 2^52 分 each → out_of_range at options.history, saying so', () => {
    const half = 2 ** 52 / 100;
    expect(
      issuesOf(award, 'changle', '2024-06-01', { history: [entry({ amountYuan: half }), entry({ amountYuan: half })] }),
    ).toEqual([
      inputIssue('out_of_range', ['options', 'history'], {
        zh: '已获奖励合计超出可精确计算的范围',
        en: 'the amounts paid add up beyond exact integer range',
      }),
    ]);
  });
  it('just inside the range: no issue', () => {
    const history = [entry({ amountYuan: (2 ** 52 - 1) / 100 }), entry({ amountYuan: 2 ** 52 / 100 })];
    expect(issuesOf(award, 'changle', '2024-06-01', { history })).toEqual([]);
  });
});

describe('the jurisdiction argument', () => {
  const typeIssue = (zh: string, en: string) =>
    inputIssue('invalid_type', ['jurisdiction'], {
      zh: `应为行政区划代码、拼音简称或名称，实际为${zh}`,
      en: `expected a GB/T 2260 code, slug or name, received ${en}`,
    });

  it.each([
    ['an empty string', '', '空字符串', 'an empty string'],
    ['null', null, zhTypeName('null'), 'null'],
    ['a number', 350112, zhTypeName('number'), 'number'],
    ['nothing', undefined, zhTypeName('undefined'), 'undefined'],
  ])('%s → invalid_type naming what was received', (_, jurisdiction, zh, en) => {
    expect(issuesOf(award, jurisdiction, '2024-06-01')).toEqual([typeIssue(zh, en)]);
  });

  it('the Chinese names of the types received are Chinese', () => {
    expect([zhTypeName('null'), zhTypeName('number')]).not.toContain('null');
  });

  it(`longer than ${LIMITS.stringLength} characters → too_large, before any lookup`, () => {
    expect(issuesOf(award, 'x'.repeat(LIMITS.stringLength + 1), '2024-06-01')).toEqual([
      inputIssue('too_large', ['jurisdiction'], {
        zh: `字符串超过 ${LIMITS.stringLength} 个字符`,
        en: `string longer than ${LIMITS.stringLength}`,
      }),
    ]);
  });

  it(`exactly ${LIMITS.stringLength} characters → looked up (unknown_jurisdiction), not too_large`, () => {
    expect(issuesOf(award, 'x'.repeat(LIMITS.stringLength), '2024-06-01').map((i) => i.code)).toEqual([
      'unknown_jurisdiction',
    ]);
  });

  it('a bad or unknown jurisdiction with assumeStartDate: only the jurisdiction is named (no policy to judge the start by)', () => {
    for (const jurisdiction of [null, 'x'.repeat(LIMITS.stringLength + 1), 'nowhere']) {
      expect(pathsOf(award, jurisdiction, '2024-06-01', { assumeStartDate: '2024-01-01' })).toEqual(['jurisdiction']);
    }
  });
});

describe('assumeStartDate against the policies of the jurisdiction', () => {
  // One city with two policies: a draft whose start is blank (in force 3 years from it) and a dated one
  // (6 years). Only the blank one takes the assumed start.
  const blank: PolicyInput = syntheticPolicy({
    id: 'draft',
    window: {
      start: { date: null, clause: '1', quote: '自  年  月  日起施行' },
      end: { type: 'validity_years', years: 3, clause: '1', quote: '有效期3年' },
    },
    rules: [fixedRule('a', 'key_project', 1)],
  });
  const dated: PolicyInput = syntheticPolicy({
    id: 'dated',
    window: {
      start: { date: '2020-01-01', clause: '1', quote: '自2020年1月1日起施行' },
      end: { type: 'validity_years', years: 6, clause: '1', quote: '有效期6年' },
    },
    rules: [fixedRule('a', 'key_project', 1)],
  });
  const issuesWith = (assumeStartDate: string) => {
    const checked = checkArguments(
      defineLibrary({ kinds: vocabulary, policies: [blank, dated] }),
      { kind: 'key_project', obtainedOn: '2024-05-10' },
      'testcity',
      '2024-06-01',
      { assumeStartDate },
    );
    return checked.ok ? [] : checked.issues;
  };

  it('the blank one would run past 9999-12-31 from the assumed start → out_of_range, saying so', () => {
    expect(issuesWith('9997-06-01')).toEqual([
      inputIssue('out_of_range', ['options', 'assumeStartDate'], {
        zh: '按此施行日期，政策有效期将止于 9999-12-31 之后',
        en: 'from this start, the policy would remain in force past 9999-12-31',
      }),
    ]);
  });

  it('the blank one ends in time; the dated one (6 years) would not, but its start is not assumed → no issue', () => {
    expect(issuesWith('9995-06-01')).toEqual([]);
  });
});
