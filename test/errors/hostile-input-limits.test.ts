import { describe, expect, it } from 'vitest';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { LIMITS } from '../../src/schema/limits.js';

/* The walk before zod: each limit at its edge (the limit itself passes, one more is refused), the words
 * each refusal says, and where it points. */

/** The issues as `code path: English message`, in the order found. */
const said = (value: unknown, path: (string | number)[] = ['achievement']) =>
  findHostileInput(value, path).map((i) => `${i.code} ${i.path.join('.')}: ${i.message.en}`);

describe('LIMITS.stringLength: a string of 200 characters passes, of 201 is too large', () => {
  it('at the limit → nothing; one more → too_large naming the field and the limit', () => {
    expect(said({ kind: 'x'.repeat(LIMITS.stringLength) })).toEqual([]);
    expect(said({ kind: 'x'.repeat(LIMITS.stringLength + 1) })).toEqual([
      `too_large achievement.kind: achievement.kind: input beyond the limits of this library (string longer than ${LIMITS.stringLength})`,
    ]);
  });
  it('the Chinese message says the same', () => {
    const [issue] = findHostileInput({ kind: 'x'.repeat(LIMITS.stringLength + 1) }, ['achievement']);
    expect(issue?.message.zh).toContain(`（字符串超过 ${LIMITS.stringLength} 个字符）`);
  });
});

describe('LIMITS.depth: nesting 8 levels passes, 9 is too large', () => {
  const nested = (levels: number): unknown => (levels === 0 ? 'leaf' : { a: nested(levels - 1) });
  it('at the limit → nothing; one more → too_large at the object too deep', () => {
    expect(said(nested(LIMITS.depth))).toEqual([]);
    const issues = said(nested(LIMITS.depth + 2));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toBe(
      `too_large achievement${'.a'.repeat(LIMITS.depth + 1)}: achievement${'.a'.repeat(LIMITS.depth + 1)}: input beyond the limits of this library (nested deeper than ${LIMITS.depth} levels)`,
    );
  });
});

describe('list lengths: LIMITS.achievements for any list, LIMITS.historyEntries under `history`', () => {
  it('a portfolio at the limit passes; one more → too_large with the length it has', () => {
    expect(said(new Array(LIMITS.achievements).fill(0))).toEqual([]);
    expect(said(new Array(LIMITS.achievements + 1))).toEqual([
      `too_large achievement: achievement: input beyond the limits of this library (list longer than ${LIMITS.achievements} (has ${LIMITS.achievements + 1}))`,
    ]);
  });
  it('a list in a field: that field’s limit (history: 100,000; any other: 10,000)', () => {
    expect(said({ history: new Array(LIMITS.achievements + 1).fill(0) }, ['options'])).toEqual([]);
    expect(said({ history: new Array(LIMITS.historyEntries + 1) }, ['options'])).toEqual([
      `too_large options.history: options.history: input beyond the limits of this library (list longer than ${LIMITS.historyEntries} (has ${LIMITS.historyEntries + 1}))`,
    ]);
    expect(said({ other: new Array(LIMITS.achievements + 1) }, ['options'])).toEqual([
      `too_large options.other: options.other: input beyond the limits of this library (list longer than ${LIMITS.achievements} (has ${LIMITS.achievements + 1}))`,
    ]);
  });
  it('a list in a list: the general limit, whatever the index', () => {
    expect(said([[], new Array(LIMITS.achievements + 1)])).toEqual([
      `too_large achievement.1: achievement.1: input beyond the limits of this library (list longer than ${LIMITS.achievements} (has ${LIMITS.achievements + 1}))`,
    ]);
  });
  it('the walk stops at the first limit passed: later fields are not looked at', () => {
    const value = {
      a: 'x'.repeat(LIMITS.stringLength + 1),
      b: 'y'.repeat(LIMITS.stringLength + 1),
    };
    expect(said(value).map((s) => s.split(':')[0])).toEqual(['too_large achievement.a']);
    const withSymbol = { a: 'x'.repeat(LIMITS.stringLength + 1), [Symbol('s')]: 1 };
    expect(said(withSymbol)).toHaveLength(1);
  });
});

describe('LIMITS.nodes: more than 2,000,000 values in one argument', () => {
  // Two million values walked: seconds on a loaded machine, more under a mutation run's coverage.
  it('too_large, at the argument itself, saying how many', () => {
    // 2,001 lists of 1,000 numbers: every list is within its own limit, together they pass the node limit.
    const row = new Array(1000).fill(0);
    const value = Array.from({ length: 2001 }, () => [...row]);
    expect(said(value, ['achievement', 'deep'])).toEqual([
      `too_large achievement: achievement: input beyond the limits of this library (more than ${LIMITS.nodes} values)`,
    ]);
  }, 60_000);
  it('a sub-object shared by many fields counts once', () => {
    const shared = new Array(1000).fill(0);
    expect(said(Array.from({ length: 5000 }, () => shared))).toEqual([]);
  });
});

describe('what is not plain data, in words', () => {
  it('an array of a subclass → forbidden_key …__proto__ “not a plain array”; an object of a class → “not a plain object”', () => {
    class List extends Array {}
    class Thing {
      kind = 'x';
    }
    expect(said({ list: List.from([1]) })).toEqual([
      'forbidden_key achievement.list.__proto__: achievement.list.__proto__: forbidden key (not a plain array)',
    ]);
    expect(said({ thing: new Thing() })).toEqual([
      'forbidden_key achievement.thing.__proto__: achievement.thing.__proto__: forbidden key (not a plain object)',
    ]);
  });
  it('an object without a prototype is plain', () => {
    expect(said(Object.assign(Object.create(null) as object, { kind: 'x' }))).toEqual([]);
  });
  it('a Date in a date field passes; elsewhere, or with own properties, → invalid_type in words', () => {
    expect(said({ obtainedOn: new Date(0) })).toEqual([]);
    expect(said(new Date(0), ['date'])).toEqual([]);
    expect(said({ kind: new Date(0) })).toEqual([
      'invalid_type achievement.kind: achievement.kind: wrong type (a Date where a date field was not expected)',
    ]);
    expect(said(new Date(0), [])).toHaveLength(1);
    expect(said({ obtainedOn: Object.assign(new Date(0), { extra: 1 }) })).toHaveLength(1);
  });
  it('a fake Date (Date.prototype, not a Date) → not a plain object', () => {
    expect(said({ obtainedOn: Object.create(Date.prototype) as object })).toEqual([
      'forbidden_key achievement.obtainedOn.__proto__: achievement.obtainedOn.__proto__: forbidden key (not a plain object)',
    ]);
  });
  it('an accessor and a non-enumerable property, in words; array indexes as numbers, other array keys as names', () => {
    const withGetter = Object.defineProperty({}, 'level', { get: () => 1, enumerable: true });
    const withHidden = Object.defineProperty({}, 'level', { value: 1, enumerable: false });
    expect(said(withGetter)).toEqual([
      'forbidden_key achievement.level: achievement.level: forbidden key (accessor property)',
    ]);
    expect(said(withHidden)).toEqual([
      'forbidden_key achievement.level: achievement.level: forbidden key (non-enumerable property)',
    ]);
    const list = [1, 2];
    Object.defineProperty(list, '1', { get: () => 2, enumerable: true });
    Object.defineProperty(list, 'x1', { value: 1, enumerable: false });
    expect(findHostileInput(list, ['achievement']).map((i) => i.path)).toEqual([
      ['achievement', 1],
      ['achievement', 'x1'],
    ]);
  });
});
