import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { fromZodIssues, type FieldNamesAt } from '../../src/errors/fromZodIssues.js';

/* zod's issues as the library's, schema by schema: which code each becomes, where it points, what it
 * says. Small schemas of its own, so each case shows one rule of the translation. */

/** `[code, path, English message, suggestions]` of each issue, as translated under the argument `arg`. */
function translated(schema: z.ZodType, value: unknown, names?: FieldNamesAt) {
  const parsed = schema.safeParse(value, { reportInput: true } as never);
  if (parsed.success) throw new Error('expected the value to be refused');
  return fromZodIssues(parsed.error.issues, ['arg'], names).map((i) => [i.code, i.path, i.message.en, i.suggestions]);
}

describe('a union that fails in every branch: reported by the branch the caller meant', () => {
  it('no branch gets into the value → invalid_type at the union, naming every type expected', () => {
    expect(translated(z.union([z.string(), z.number()]), true)).toEqual([
      ['invalid_type', ['arg'], 'arg: Invalid input: expected string | number, received boolean', undefined],
    ]);
    expect(translated(z.union([z.array(z.string()), z.object({ k: z.string() })]), 5)).toEqual([
      ['invalid_type', ['arg'], 'arg: Invalid input: expected array | object, received number', undefined],
    ]);
  });
  it('the branch that got deeper into the value wins (an object with a bad field, not “not a string”)', () => {
    const expected = [
      ['invalid_type', ['arg', 'a'], 'arg.a: Invalid input: expected number, received string', undefined],
    ];
    expect(translated(z.union([z.string(), z.object({ a: z.number() })]), { a: 'x' })).toEqual(expected);
    expect(translated(z.union([z.object({ a: z.number() }), z.string()]), { a: 'x' })).toEqual(expected);
  });
  it('two branches as deep: the one with a more specific issue than a type error wins, in either order', () => {
    const expected = [['invalid_value', ['arg', 'a'], 'arg.a: Invalid input: expected "q"; did you mean "q"?', ['q']]];
    const numberFirst = z.union([z.object({ a: z.number() }), z.object({ a: z.literal('q') })]);
    const literalFirst = z.union([z.object({ a: z.literal('q') }), z.object({ a: z.number() })]);
    expect(translated(numberFirst, { a: 'r' })).toEqual(expected);
    expect(translated(literalFirst, { a: 'r' })).toEqual(expected);
  });
  it('a discriminated union that found no branch says nothing (the discriminator is reported elsewhere)', () => {
    const issue = { code: 'invalid_union', path: [], errors: [], note: 'No matching discriminator', input: {} };
    expect(fromZodIssues([issue as never], ['arg'])).toEqual([]);
  });
});

describe('a field that is not there, and a value not allowed', () => {
  it('undefined at a field → missing_field; undefined as the argument itself → not “missing”, the value refused', () => {
    expect(translated(z.object({ f: z.literal('a') }), {})).toEqual([
      ['missing_field', ['arg', 'f'], 'arg.f: required field missing (Invalid input: expected "a")', undefined],
    ]);
    expect(translated(z.literal('a'), undefined)).toEqual([
      ['invalid_value', ['arg'], 'arg: Invalid input: expected "a"', undefined],
    ]);
  });
  it('too small: a number → out_of_range; a string or a list → invalid_value', () => {
    expect(translated(z.number().min(3), 1)).toEqual([
      ['out_of_range', ['arg'], 'arg: Too small: expected number to be >=3', undefined],
    ]);
    expect(translated(z.string().min(3), 'a')).toEqual([
      ['invalid_value', ['arg'], 'arg: Too small: expected string to have >=3 characters', undefined],
    ]);
  });
  it('any other zod issue (a pattern) → invalid_value with zod’s words', () => {
    expect(translated(z.string().regex(/^a$/), 'b')).toEqual([
      ['invalid_value', ['arg'], 'arg: Invalid string: must match pattern /^a$/', undefined],
    ]);
  });
});

describe('custom checks and unknown keys', () => {
  it('a custom check naming a library code → that code; naming another code, or none → invalid_value', () => {
    const refusedAs = (params?: object) => z.string().refine(() => false, params === undefined ? {} : { params });
    expect(translated(refusedAs({ code: 'invalid_date' }), 'x')[0]?.slice(0, 2)).toEqual(['invalid_date', ['arg']]);
    expect(translated(refusedAs({ code: 'nope' }), 'x')).toEqual([
      ['invalid_value', ['arg'], 'arg: value not allowed', undefined],
    ]);
    expect(translated(refusedAs(), 'x')[0]?.[0]).toBe('invalid_value');
  });
  it('an unknown key → unknown_field with the names allowed there as did-you-mean; __proto__ → forbidden_key', () => {
    const names: FieldNamesAt = (path) => (path.join('.') === 'arg' ? ['level'] : []);
    expect(translated(z.strictObject({ level: z.string() }), { level: 'a', levle: 1 }, names)).toEqual([
      ['unknown_field', ['arg', 'levle'], 'arg.levle: unknown field; did you mean "level"?', ['level']],
    ]);
    expect(translated(z.strictObject({ level: z.string() }), { level: 'a', levle: 1 })[0]?.[3]).toBeUndefined();
    const proto = JSON.parse('{"level":"a","__proto__":1}') as unknown;
    expect(translated(z.strictObject({ level: z.string() }), proto)).toEqual([
      ['forbidden_key', ['arg', '__proto__'], 'arg.__proto__: forbidden key', undefined],
    ]);
  });
});

describe('paths and duplicates', () => {
  it('one issue per element at its own index; the same code at the same path only once', () => {
    expect(translated(z.array(z.number()), [1, 'x', 'y']).map((i) => i[1])).toEqual([
      ['arg', 1],
      ['arg', 2],
    ]);
    const issue = { code: 'custom', path: ['f'], message: 'x', input: 1 };
    expect(fromZodIssues([issue, issue] as never, ['arg'])).toHaveLength(1);
    expect(fromZodIssues([issue, { ...issue, path: ['g'] }] as never, ['arg'])).toHaveLength(2);
  });
  it('a symbol in a path is written as text', () => {
    const issue = { code: 'custom', path: [Symbol('s')], message: 'x', input: 1 };
    expect(fromZodIssues([issue] as never, ['arg'])[0]?.path).toEqual(['arg', 'Symbol(s)']);
  });
});
