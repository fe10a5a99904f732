import { describe, expect, it } from 'vitest';
import { inputIssueSchema, qualityRewardsErrorSchema } from '../../src/errors/errorSchema.js';
import { inputIssue, issueAt, QualityRewardsError } from '../../src/errors/QualityRewardsError.js';

/* The error as data: what the CLI, a batch line and the HTTP service write for bad input, and what a
 * caller's own validator checks it against. */

// Built inside each test (not while the file is collected), so a mutant switched on for a test meets them.
const issueOf = () =>
  inputIssue('unknown_achievement_kind', ['achievement', 'kind'], { value: 'rnak' }, ['rank', 'bank']);
const data = () => new QualityRewardsError([issueOf(), inputIssue('missing_field', ['date'])]).toJSON();

describe('qualityRewardsErrorSchema: the shape of an error as data', () => {
  it('a real error’s toJSON() is valid', () => {
    expect(qualityRewardsErrorSchema.safeParse(data()).success).toBe(true);
  });
  it('another name, an empty message or no issues at all → invalid', () => {
    expect(qualityRewardsErrorSchema.safeParse({ ...data(), name: 'Error' }).success).toBe(false);
    expect(qualityRewardsErrorSchema.safeParse({ ...data(), message: '' }).success).toBe(false);
    expect(qualityRewardsErrorSchema.safeParse({ ...data(), issues: [] }).success).toBe(false);
  });
  it('a field more → invalid (strict: a caller may rely on exactly these)', () => {
    expect(qualityRewardsErrorSchema.safeParse({ ...data(), stack: 'x' }).success).toBe(false);
  });
});

describe('inputIssueSchema: one issue', () => {
  it('code, path of names and indexes, message in both languages, suggestions → valid', () => {
    expect(inputIssueSchema.safeParse(issueOf()).success).toBe(true);
    expect(inputIssueSchema.safeParse({ ...issueOf(), path: ['achievement', 0, 'kind'] }).success).toBe(true);
  });
  it('an index that is not a whole number, an unknown code or a field more → invalid', () => {
    expect(inputIssueSchema.safeParse({ ...issueOf(), path: ['achievement', 0.5] }).success).toBe(false);
    expect(inputIssueSchema.safeParse({ ...issueOf(), code: 'no_such_code' }).success).toBe(false);
    expect(inputIssueSchema.safeParse({ ...issueOf(), extra: 1 }).success).toBe(false);
  });
});

describe('QualityRewardsError: the message of several issues, and suggestions', () => {
  it('every issue in Chinese (joined by ；), a new line, then every issue in English (joined by ; )', () => {
    expect(data().message).toBe(
      'achievement.kind：未知的成果类型：“rnak”；是否要找：“rank”、“bank”？；date：缺少必填字段\n' +
        'achievement.kind: unknown achievement kind: "rnak"; did you mean "rank" or "bank"?; date: required field missing',
    );
  });
  it('issueAt: the same issue under another path, the message naming the new field', () => {
    const moved = issueAt(issueOf(), ['request', 'achievements', 3, 'kind']);
    expect(moved.message.en).toBe(
      'request.achievements.3.kind: unknown achievement kind: "rnak"; did you mean "rank" or "bank"?',
    );
    expect(moved.message.zh.startsWith('request.achievements.3.kind：未知的成果类型')).toBe(true);
    expect(issueAt(inputIssue('missing_field', []), ['x']).message.en).toBe('x: required field missing');
  });
});
