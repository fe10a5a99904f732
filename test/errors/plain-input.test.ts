import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHostileInput } from '../../src/errors/plainInput.js';

/** The issues as `code path` strings, in the order found. */
const found = (value: unknown) => findHostileInput(value, ['achievement']).map((i) => `${i.code} ${i.path.join('.')}`);

const hidden = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) => {
  Object.defineProperty(target, key, descriptor);
  return target;
};

describe('findHostileInput: what zod would read through a prototype or a getter is refused before zod runs', () => {
  it('plain data, nested and in lists, has no issue', () => {
    expect(found({ kind: 'x', recipient: { type: 'organization' }, list: [1, 'a', { b: null }] })).toEqual([]);
  });
  it('an own key named __proto__, constructor or prototype (as JSON.parse makes them) is named', () => {
    const parsed = JSON.parse('{"kind":"x","__proto__":{"a":1},"constructor":1,"prototype":2}') as unknown;
    expect(found(parsed)).toEqual([
      'forbidden_key achievement.__proto__',
      'forbidden_key achievement.constructor',
      'forbidden_key achievement.prototype',
    ]);
  });
  it('an accessor, with a getter or only a setter, is named and never read', () => {
    let reads = 0;
    const value = hidden({ kind: 'x' }, 'level', {
      get: () => (reads += 1),
      enumerable: true,
    });
    hidden(value, 'rank', { set: () => undefined, enumerable: true });
    expect(found(value)).toEqual(['forbidden_key achievement.level', 'forbidden_key achievement.rank']);
    expect(reads).toBe(0);
  });
  it('a non-enumerable key (invisible to zod, so it would slip past a strict schema) is named', () => {
    expect(found(hidden({ kind: 'x' }, 'extra', { value: 1, enumerable: false }))).toEqual([
      'forbidden_key achievement.extra',
    ]);
  });
  it('symbol keys are named after the string keys, as Reflect.ownKeys orders them', () => {
    const value = { [Symbol('s')]: 1, kind: 'x', 2: 'two', bad: { [Symbol.iterator]: 1 } };
    expect(found(value)).toEqual([
      'forbidden_key achievement.bad.Symbol(Symbol.iterator)',
      'forbidden_key achievement.Symbol(s)',
    ]);
  });
  it('in a list, an element that is an accessor is named by its index, and a symbol key by its name', () => {
    const list = hidden([{ kind: 'x' }, { kind: 'y' }], 1, { get: () => ({}), enumerable: true }) as unknown[];
    (list as unknown as Record<symbol, number>)[Symbol('t')] = 1;
    expect(found(list)).toEqual(['forbidden_key achievement.1', 'forbidden_key achievement.Symbol(t)']);
  });

  it('property: the issues and their order are those of a walk over Reflect.ownKeys', () => {
    // The reference: every own key in Reflect.ownKeys order, each refused for the first reason that applies.
    const reference = (value: Record<PropertyKey, unknown>): string[] =>
      Reflect.ownKeys(value).flatMap((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
        const refused = typeof key === 'symbol' || !('value' in descriptor) || !descriptor.enumerable;
        return refused ? [`forbidden_key achievement.${String(key)}`] : [];
      });
    const key = fc.oneof(
      fc.constantFrom('kind', 'level', 'rank', '0', '7', 'obtainedOn'),
      fc.string({ minLength: 1, maxLength: 3 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)),
      fc.string({ maxLength: 2 }).map((k) => Symbol(k)),
    );
    const descriptor = fc.constantFrom<PropertyDescriptor>(
      { value: 1, enumerable: true },
      { value: 'a', enumerable: false },
      { get: () => 1, enumerable: true },
      { set: () => undefined, enumerable: false },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, descriptor), { maxLength: 8 }), (entries) => {
        const value: Record<PropertyKey, unknown> = {};
        for (const [k, d] of entries) hidden(value, k, { ...d, configurable: true });
        expect(found(value)).toEqual(reference(value));
      }),
    );
  });
});
