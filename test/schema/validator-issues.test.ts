import * as z from 'zod/mini';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseToIssues } from '../../src/api/parseToIssues.js';
import { anyKindAchievementSchema, anyKindPortfolioSchema } from '../../src/schema/achievement.js';
import { buildValidator } from '../../src/schema/buildValidator.js';
import { generatedValidator, installValidatorBuilder, UNDECIDED } from '../../src/schema/generatedValidator.js';
import { compiledStrictObject } from '../../src/schema/compiledObject.js';
import { calendarDateInputSchema } from '../../src/schema/primitives.js';
import type * as core from 'zod/v4/core';
import { anchor as performanceAnchor } from '../../bench/anchor.js';

/** The performance anchor's achievement: a national standard, led as first drafter, in 长乐. */
const anchor = performanceAnchor.achievement;

const issuesOf = (schema: core.$ZodType, input: unknown) => buildValidator(schema)?.issues?.(input);
/** zod's issues of the whole parse, as the boundary asks for them. */
const zodIssues = (schema: core.$ZodType, input: unknown) => {
  const parsed = parseToIssues(schema, input, true);
  return parsed.success ? [] : parsed.issues;
};

describe('issues found by zod on the failing fields alone', () => {
  it.each([
    ['a date that does not exist (2024-02-30)', { ...anchor, obtainedOn: '2024-02-30' }],
    ['a level the vocabulary does not know', { ...anchor, level: 'galactic' }],
    ['the date missing', { kind: anchor.kind, level: 'national' }],
    [
      'a rank of 0 and a recipient of no known type, in the order of the shape',
      { ...anchor, rank: 0, recipient: { type: 'alien' } },
    ],
    [
      'a recipient field that is no region code',
      { ...anchor, recipient: { type: 'organization', registeredIn: '35011' } },
    ],
    ['a recipient that is no object', { ...anchor, recipient: 'acme' }],
    ['a recipient with a field of its own', { ...anchor, recipient: { type: 'organization', bogus: 1 } }],
    ['a Date that is not a date', { ...anchor, obtainedOn: new Date(Number.NaN) }],
  ])('%s: the same issues as zod’s whole parse', (_, input) => {
    const issues = issuesOf(anyKindAchievementSchema, input);
    expect(issues).not.toBe(UNDECIDED);
    expect(issues).toStrictEqual(zodIssues(anyKindAchievementSchema, input));
  });

  it('an unknown field makes the object one failing part: zod parses it whole (it lists the field after the others)', () => {
    const input = { ...anchor, level: 'galactic', bogus: 1 };
    expect(issuesOf(anyKindAchievementSchema, input)).toStrictEqual(zodIssues(anyKindAchievementSchema, input));
  });

  it('a valid achievement has no issues to find: undecided', () => {
    expect(issuesOf(anyKindAchievementSchema, anchor)).toBe(UNDECIDED);
  });

  it('an object of another prototype is undecided, as the validator is', () => {
    expect(issuesOf(anyKindAchievementSchema, Object.assign(new (class A {})(), anchor, { rank: 0 }))).toBe(UNDECIDED);
  });

  it('a portfolio: each failing achievement’s issues, with its index, item after item', () => {
    const portfolio = [anchor, { ...anchor, rank: -1 }, { ...anchor, obtainedOn: '2023-02-29', level: 1 }];
    const issues = issuesOf(anyKindPortfolioSchema, portfolio);
    expect(issues).toStrictEqual(zodIssues(anyKindPortfolioSchema, portfolio));
    expect((issues as core.$ZodIssue[]).map((i) => i.path)).toEqual([
      [1, 'rank'],
      [2, 'obtainedOn'],
      [2, 'level'],
    ]);
  });

  it('a date argument: its one issue, as zod gives it', () => {
    for (const date of ['2024-02-30', '', 20240601, null, new Date('0999-06-01T00:00:00Z')]) {
      expect(issuesOf(calendarDateInputSchema, date)).toStrictEqual(zodIssues(calendarDateInputSchema, date));
    }
  });
});

describe('a required field whose schema takes undefined, absent (zod’s nonoptional issue)', () => {
  it('{ b: 1 } against { a: string | undefined (required), b: number } → zod’s issues of the whole parse', () => {
    const schema = compiledStrictObject({ a: z.union([z.string(), z.literal(undefined)]), b: z.number() });
    const input = { b: 1 };
    const found = issuesOf(schema, input);
    const whole = zodIssues(schema, input);
    expect(found === UNDECIDED ? whole : found).toStrictEqual(whole);
    expect(found).not.toBe(UNDECIDED);
    expect(whole.length).toBeGreaterThan(0);
  });
});

describe('issues asked of a schema’s generated validator (what the boundary calls)', () => {
  // As the package's main entry does.
  beforeEach(() => {
    installValidatorBuilder(buildValidator);
  });
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('undecided while zod still parses the first calls, then found on the failing field; undecided with zod’s jitless config', () => {
    const schema = z.strictObject({ day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), n: z.number() });
    const validate = generatedValidator(schema);
    const bad = { day: 'tomorrow', n: 1 };
    expect(validate.issues(bad)).toBe(UNDECIDED);
    let found: unknown = UNDECIDED;
    for (let i = 0; i < 100 && found === UNDECIDED; i++) found = validate.issues(bad);
    expect(found).toStrictEqual(zodIssues(schema, bad));
    z.config({ jitless: true });
    expect(validate.issues(bad)).toBe(UNDECIDED);
  });
});
