import { describe, expect, it } from 'vitest';
import { LIMITS, QualityRewardsError, safeEvaluate } from '../../src/index.js';

const lab = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' } as const;

/** [code, path] of each issue of a call that must fail. */
function issuesOf(...args: unknown[]): [string, string][] {
  const answer = (safeEvaluate as (...a: unknown[]) => ReturnType<typeof safeEvaluate>)(...args);
  if (answer.success) throw new Error('expected a failure');
  expect(answer.error).toBeInstanceOf(QualityRewardsError);
  return answer.error.issues.map((i) => [i.code, i.path.join('.')]);
}

/** An array whose elements must never be read: reading one throws. Only its length may be looked at. */
function untouchable(length: number): unknown[] {
  return new Proxy(new Array<unknown>(length), {
    ownKeys: () => {
      throw new Error('an element list was read');
    },
    get: (target, key) => {
      if (key === 'length') return target.length;
      throw new Error(`element ${String(key)} was read`);
    },
  });
}

describe('limits are enforced before any deep walk, naming the field', () => {
  it(`a portfolio longer than ${LIMITS.achievements} is too_large, read from its length alone`, () => {
    expect(issuesOf(untouchable(10_000_000), 'changle', '2024-06-01')).toEqual([['too_large', 'achievement']]);
    expect(issuesOf(new Array(LIMITS.achievements + 1).fill(lab), 'changle', '2024-06-01')).toEqual([
      ['too_large', 'achievement'],
    ]);
  });
  it(`a history longer than ${LIMITS.historyEntries} is too_large at options.history`, () => {
    expect(issuesOf(lab, 'changle', '2024-06-01', { history: untouchable(2 ** 31) })).toEqual([
      ['too_large', 'options.history'],
    ]);
  });
  it(`a sparse list within the limit: its holes are missing, and at most ${LIMITS.issues} issues are listed`, () => {
    const sparse = new Array(LIMITS.achievements);
    sparse[3] = lab;
    const issues = issuesOf(sparse, 'changle', '2024-06-01');
    expect(issues).toHaveLength(LIMITS.issues + 1);
    expect(issues[0]).toEqual(['missing_field', 'achievement.0']);
    expect(issues.at(-1)).toEqual(['too_large', 'achievement']);
  });
  it(`strings longer than ${LIMITS.stringLength} characters are too_large, the jurisdiction too`, () => {
    expect(issuesOf({ ...lab, id: 'x'.repeat(1_000_000) }, 'changle', '2024-06-01')).toEqual([
      ['too_large', 'achievement.id'],
    ]);
    expect(issuesOf(lab, 'x'.repeat(1_000_000), '2024-06-01')).toEqual([['too_large', 'jurisdiction']]);
  });
  it(`nesting deeper than ${LIMITS.depth} levels is too_large`, () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i += 1) deep = { recipient: deep };
    expect(issuesOf(deep, 'changle', '2024-06-01')[0]?.[0]).toBe('too_large');
  });
  it('shared sub-objects are visited once: a DAG of 2^40 paths is no harder than its 40 nodes', () => {
    let dag: Record<string, unknown> = { type: 'organization' };
    for (let i = 0; i < 40; i += 1) dag = { a: dag, b: dag };
    const issues = issuesOf({ ...lab, recipient: dag }, 'changle', '2024-06-01');
    expect(issues[0]?.[0]).toBe('too_large');
  });
  it('one recipient shared by every achievement of a large portfolio is accepted', () => {
    const recipient = { type: 'organization', registeredIn: '350112' } as const;
    const portfolio = Array.from({ length: 1_000 }, () => ({ ...lab, recipient }));
    expect(safeEvaluate(portfolio, 'changle', '2024-06-01').success).toBe(true);
  });
  it('a cycle is refused, not followed', () => {
    const recipient: Record<string, unknown> = { type: 'organization' };
    recipient.self = recipient;
    expect(issuesOf({ ...lab, recipient }, 'changle', '2024-06-01')).toEqual([
      ['unknown_field', 'achievement.recipient.self'],
    ]);
  });
});
