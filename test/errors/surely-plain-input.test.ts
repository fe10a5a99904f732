import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../bench/anchor.js';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { surelyPlainInput } from '../../src/errors/surelyPlainInput.js';
import { LIMITS } from '../../src/schema/limits.js';

const define = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) =>
  Object.defineProperty(target, key, descriptor);

/** Inputs the hostile walk refuses, each with something the quick check must not vouch for. */
const hostile: Record<string, () => unknown> = {
  'an own __proto__ key (JSON.parse)': () => JSON.parse('{"kind":"x","__proto__":{"a":1}}'),
  'an own constructor key': () => ({ kind: 'x', constructor: 1 }),
  'an own prototype key': () => ({ kind: 'x', prototype: 1 }),
  'a getter': () => define({ kind: 'x' }, 'level', { get: () => 'national', enumerable: true }),
  'a setter only': () => define({ kind: 'x' }, 'level', { set: () => undefined, enumerable: true }),
  'a non-enumerable key': () => define({ kind: 'x' }, 'level', { value: 'national', enumerable: false }),
  'a symbol key': () => ({ kind: 'x', [Symbol('s')]: 1 }),
  'a class instance': () => new (class Facts {})(),
  'an object of another prototype': () => Object.create({ kind: 'x' }),
  'a Date where no date is expected': () => ({ kind: new Date(0) }),
  'a string one past the limit': () => ({ kind: 'x'.repeat(LIMITS.stringLength + 1) }),
  'nesting one past the depth limit': () => {
    let value: unknown = {};
    for (let i = 0; i <= LIMITS.depth + 1; i++) value = { a: value };
    return value;
  },
  'a list one past the portfolio limit': () => Array.from({ length: LIMITS.achievements + 1 }, () => 1),
  'an element that is a getter': () => define([{ kind: 'x' }], 0, { get: () => ({}), enumerable: true }),
  'a list with a symbol key': () => Object.assign([1], { [Symbol('t')]: 1 }),
  'a list of another prototype': () => Object.setPrototypeOf([1], Object.prototype),
  'a forbidden key deep in a list': () => [{ recipient: JSON.parse('{"__proto__":1}') }],
};

describe('surelyPlainInput: vouches only for what the hostile walk lets through', () => {
  for (const [name, make] of Object.entries(hostile)) {
    it(`not sure of ${name}`, () => {
      const value = make();
      expect(findHostileInput(value, ['achievement']).length).toBeGreaterThan(0);
      expect(surelyPlainInput(value)).toBe(false);
    });
  }

  it('not sure of a list with a hole or a named extra (the walk itself decides them)', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(surelyPlainInput([1, , 3])).toBe(false);
    expect(surelyPlainInput(Object.assign([1], { extra: 'x'.repeat(LIMITS.stringLength + 1) }))).toBe(false);
  });

  it('not sure of a Date anywhere, even in a date field (the walk allows it there)', () => {
    expect(surelyPlainInput({ obtainedOn: new Date(0) })).toBe(false);
    expect(findHostileInput({ obtainedOn: new Date(0) }, ['achievement'])).toEqual([]);
  });

  it('not sure of a revoked proxy (reading it throws)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(surelyPlainInput(proxy)).toBe(false);
  });

  it('sure of the bench anchor: one achievement, the 郑州 portfolio, its history, plain values', () => {
    expect(surelyPlainInput(anchor.achievement)).toBe(true);
    expect(surelyPlainInput(anchor.zhengzhouPortfolio20)).toBe(true);
    expect(surelyPlainInput({ history: anchor.zhengzhouHistory10 })).toBe(true);
    expect(surelyPlainInput(Object.assign(Object.create(null), { kind: 'x' }))).toBe(true);
    for (const value of [undefined, null, 0, true, '2024-05-10', 'x'.repeat(LIMITS.stringLength)]) {
      expect(surelyPlainInput(value)).toBe(true);
    }
  });

  it('property: wherever it is sure, the hostile walk finds nothing; on JSON data it is sure as the walk is clean', () => {
    const odd = fc.oneof(
      fc.anything({ withDate: true, withNullPrototype: true, withObjectString: true, withSparseArray: true }),
      fc.constantFrom(...Object.values(hostile)).map((make) => make()),
    );
    fc.assert(
      fc.property(odd, fc.constantFrom('achievement', 'date', 'options'), (value, argument) => {
        if (surelyPlainInput(value)) expect(findHostileInput(value, [argument])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const clean = findHostileInput(json, ['achievement']).length === 0;
        expect(surelyPlainInput(json)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });
});
