import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findHostileInput } from '../../src/errors/plainInput.js';
import { anyKindAchievementSchema, anyKindPortfolioSchema } from '../../src/schema/achievement.js';
import { buildValidator } from '../../src/schema/buildValidator.js';
import { generatedValidator, installValidatorBuilder, UNDECIDED } from '../../src/schema/generatedValidator.js';
import { evaluateOptionsSchema, historyEntrySchema } from '../../src/schema/options.js';
import { calendarDateInputSchema, yuanInputSchema } from '../../src/schema/primitives.js';

/** The built validator of `schema` (it must be generated). */
function built(schema: core.$ZodType): (input: unknown) => unknown {
  const validate = buildValidator(schema);
  if (validate === undefined) throw new Error('not generated');
  return validate;
}

/**
 * For every input the boundary lets through (`findHostileInput` finds nothing): zod's output, key for key
 * and in zod's key order, where zod succeeds; undecided where zod fails. Returns the answers, for the
 * cases' own expectations.
 */
function agrees(schema: core.$ZodType, inputs: readonly unknown[]): unknown[] {
  const validate = built(schema);
  return inputs.map((input) => {
    const answer = validate(input);
    const parsed = z.safeParse(schema, input);
    if (findHostileInput(input).length > 0) {
      // Outside the validator's precondition: undecided, or zod's output.
      if (answer !== UNDECIDED) expect(answer).toStrictEqual(parsed.data);
    } else if (parsed.success) {
      expect(answer).toStrictEqual(parsed.data);
      expect(JSON.stringify(answer)).toBe(JSON.stringify(parsed.data));
    } else {
      expect(answer).toBe(UNDECIDED);
    }
    return answer;
  });
}

describe('generated from the definition: each supported type answers as zod does', () => {
  it('string with min_length, max_length (in code points, as zod counts) and a regex', () => {
    const schema = z.string().check(z.minLength(2), z.maxLength(3), z.regex(/^[a-z😀]+$/));
    // '😀' is two UTF-16 units but one code point: too short for 2; '😀😀😀' is six units, three code points.
    const answers = agrees(schema, ['ab', 'abc', 'a', 'abcd', 'AB', '😀', '😀😀😀', '😀😀😀😀', 1, null, undefined]);
    expect(answers.slice(0, 7)).toEqual(['ab', 'abc', UNDECIDED, UNDECIDED, UNDECIDED, UNDECIDED, '😀😀😀']);
  });

  it('a global regex is tested from its start every time, as zod resets it', () => {
    const schema = z.string().check(z.regex(/^a+$/g));
    expect(agrees(schema, ['aa', 'aa', 'aa', 'b'])).toEqual(['aa', 'aa', 'aa', UNDECIDED]);
  });

  it('number: finite only; greater_than and less_than, inclusive or not', () => {
    const schema = z.number().check(z.gt(0), z.lte(10));
    const answers = agrees(schema, [0, 1e-9, 10, 10.0001, -0, NaN, Infinity, '5', 5]);
    expect(answers).toEqual([UNDECIDED, 1e-9, 10, UNDECIDED, UNDECIDED, UNDECIDED, UNDECIDED, UNDECIDED, 5]);
  });

  it('int (the safe-integer format) with a minimum and a maximum', () => {
    const schema = z.int().check(z.minimum(1), z.maximum(1_000_000));
    const answers = agrees(schema, [1, 1_000_000, 0, 1_000_001, 1.5, 2 ** 53, -(2 ** 53), NaN, -Infinity]);
    expect(answers.slice(0, 3)).toEqual([1, 1_000_000, UNDECIDED]);
    expect(agrees(z.int(), [2 ** 53 - 1, 2 ** 53])).toEqual([2 ** 53 - 1, UNDECIDED]);
  });

  it('boolean, enum, literal, never', () => {
    expect(agrees(z.boolean(), [true, false, 0, 'true'])).toEqual([true, false, UNDECIDED, UNDECIDED]);
    expect(agrees(z.enum(['a', 'b']), ['a', 'b', 'c', undefined])).toEqual(['a', 'b', UNDECIDED, UNDECIDED]);
    expect(agrees(z.literal(['x', 3]), ['x', 3, '3'])).toEqual(['x', 3, UNDECIDED]);
    expect(agrees(z.never(), [undefined, 1])).toEqual([UNDECIDED, UNDECIDED]);
  });

  it('date: a valid Date, not an invalid one, not a string', () => {
    const day = new Date('2024-05-10T00:00:00Z');
    const answers = agrees(z.date(), [day, new Date(Number.NaN), '2024-05-10', 0]);
    expect(answers[0]).toBe(day);
    expect(answers.slice(1)).toEqual([UNDECIDED, UNDECIDED, UNDECIDED]);
  });

  it('optional: undefined passes as undefined, anything else is the inner schema’s', () => {
    expect(agrees(z.optional(z.string()), [undefined, 'a', 1])).toEqual([undefined, 'a', UNDECIDED]);
  });

  it('union: the first option that parses gives the output', () => {
    const upper = z.pipe(
      z.string(),
      z.transform((s: string) => s.toUpperCase()),
    );
    const schema = z.union([upper, z.string(), z.number()]);
    expect(agrees(schema, ['a', 1, true])).toEqual(['A', 1, UNDECIDED]);
  });

  it('pipe with a transform, and a codec whose decode pushes an issue', () => {
    const half = z.codec(z.number(), z.int(), {
      decode: (n: number, payload) => {
        if (n % 2 === 0) return n / 2;
        payload.issues.push({ code: 'custom', input: n, message: 'odd' });
        // A value the output schema would take: only the issue says the decode failed.
        return n;
      },
      encode: (n: number) => n * 2,
    });
    expect(agrees(half, [4, 3, '4'])).toEqual([2, UNDECIDED, UNDECIDED]);
    // The decoded value is checked by the codec's output schema: 3 / 2 is no int.
    const halved = z.codec(z.number(), z.int(), { decode: (n: number) => n / 2, encode: (n: number) => n * 2 });
    expect(agrees(halved, [4, 3])).toEqual([2, UNDECIDED]);
  });

  it('a refinement (z.refine) is asked as zod asks it', () => {
    const schema = z.string().check(z.refine((s) => !s.startsWith('-')));
    expect(agrees(schema, ['1', '-1'])).toEqual(['1', UNDECIDED]);
  });

  it('a transform or refinement answering a promise (zod throws) is undecided, even as a union’s first option', () => {
    const asyncRefine = z.string().check(z.refine(async () => true));
    expect(built(asyncRefine)('a')).toBe(UNDECIDED);
    expect(() => z.safeParse(asyncRefine, 'a')).toThrow();
    const asyncTransform = z.pipe(
      z.string(),
      z.transform(async (s: string) => s),
    );
    expect(built(z.union([asyncTransform, z.string()]))('a')).toBe(UNDECIDED);
    expect(() => z.safeParse(z.union([asyncTransform, z.string()]), 'a')).toThrow();
  });

  it('array: every element, and min_length and max_length on the list', () => {
    const schema = z.array(z.int()).check(z.minLength(1), z.maxLength(2));
    expect(agrees(schema, [[1], [1, 2], [], [1, 2, 3], [1.5], 'ab', { length: 1, 0: 1 }])).toEqual([
      [1],
      [1, 2],
      UNDECIDED,
      UNDECIDED,
      UNDECIDED,
      UNDECIDED,
      UNDECIDED,
    ]);
    // A hole reads as undefined, as zod reads it.
    expect(agrees(z.array(z.optional(z.int())), [[1, , 3]])).toEqual([[1, undefined, 3]]);
  });

  it('strict object: keys in the shape’s order, optional keys only when present, unknown keys refused', () => {
    const schema = z.strictObject({ a: z.string(), b: z.optional(z.int()), c: z.optional(z.boolean()) });
    const answers = agrees(schema, [
      { c: true, a: 'x' },
      { a: 'x', b: undefined },
      { a: 'x', d: 1 },
      { b: 1 },
      Object.assign(Object.create(null), { a: 'x' }),
      [],
      new Date(0),
    ]);
    expect(Object.keys(answers[0] as object)).toEqual(['a', 'c']);
    expect(answers[1]).toHaveProperty('b', undefined);
    expect(answers.slice(2, 6)).toEqual([UNDECIDED, UNDECIDED, { a: 'x' }, UNDECIDED]);
  });

  it('an object of another prototype, or a required key only `in` finds (not enumerable), is undecided', () => {
    const schema = z.strictObject({ a: z.string() });
    expect(agrees(schema, [Object.create({ a: 'inherited' })])).toEqual([UNDECIDED]);
    expect(z.safeParse(schema, Object.create({ a: 'inherited' })).success).toBe(true);
    const hidden = Object.defineProperty({}, 'a', { value: 'x', enumerable: false });
    expect(agrees(schema, [hidden])).toEqual([UNDECIDED]);
    expect(z.safeParse(schema, hidden).success).toBe(true);
  });

  it('a union whose first option cannot tell is undecided, not answered by its second option', () => {
    const schema = z.union([z.strictObject({ a: z.string() }), z.object({})]);
    expect(built(schema)(Object.create({ a: 'inherited' }))).toBe(UNDECIDED);
  });

  it('stripping object (no catchall): unknown keys are left out', () => {
    expect(agrees(z.object({ a: z.string() }), [{ a: 'x', b: 1 }])).toEqual([{ a: 'x' }]);
  });

  it('record with string keys: own enumerable keys in order, each key and value checked', () => {
    const schema = z.record(z.string().check(z.minLength(1)), z.enum(['chosen', 'alternative']));
    const answers = agrees(schema, [
      { b: 'chosen', a: 'alternative' },
      {},
      { '': 'chosen' },
      { a: 'x' },
      [],
      { [Symbol('s')]: 'chosen' },
    ]);
    expect(Object.keys(answers[0] as object)).toEqual(['b', 'a']);
    expect(answers.slice(2)).toEqual([UNDECIDED, UNDECIDED, UNDECIDED, UNDECIDED]);
  });

  it('the library’s own schemas are all generated: achievement, portfolio, date, amount, history entry, options', () => {
    for (const schema of [
      anyKindAchievementSchema,
      anyKindPortfolioSchema,
      calendarDateInputSchema,
      yuanInputSchema,
      historyEntrySchema,
      evaluateOptionsSchema,
    ]) {
      expect(buildValidator(schema)).toBeTypeOf('function');
    }
  });

  it('a date decodes as zod decodes it: a Date read on a Beijing clock, a year outside 1000–9999 undecided', () => {
    const answers = agrees(calendarDateInputSchema, [
      '2024-02-29',
      '2023-02-29',
      new Date('2024-05-09T16:00:00Z'),
      new Date('0999-06-01T00:00:00Z'),
      new Date(Number.NaN),
    ]);
    expect(answers).toEqual(['2024-02-29', UNDECIDED, '2024-05-10', UNDECIDED, UNDECIDED]);
  });

  it('an amount in 元 decodes to 分, a minus sign or three decimals undecided', () => {
    const answers = agrees(yuanInputSchema, [300000, '12.34', ' 1 ', '-1', '1.234', -1, 1.005]);
    expect(answers.slice(0, 3)).toEqual([30_000_000, 1234, 100]);
    expect(answers.slice(3, 6)).toEqual([UNDECIDED, UNDECIDED, UNDECIDED]);
  });
});

/** A string schema that also carries `trait` (as a subclass overriding its parse would). */
function withTrait(trait: string): core.$ZodType {
  const schema = z.string();
  (schema._zod as { traits: Set<string> }).traits.add(trait);
  return schema;
}

describe('what the generator does not know is not generated, never guessed', () => {
  const refused: Record<string, core.$ZodType> = {
    'a string format (email)': z.email(),
    'a discriminated union': z.discriminatedUnion('k', [z.object({ k: z.literal('a') })]),
    'a default': z.optional(z._default(z.string(), 'x')),
    'a nullable': z.nullable(z.string()),
    'a tuple': z.tuple([z.string()]),
    'a catch': z.catch(z.string(), 'x'),
    'a lazy schema': z.lazy(() => z.string()),
    'an intersection': z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })),
    'a loose object (catchall unknown)': z.looseObject({ a: z.string() }),
    'a bigint': z.bigint(),
    'a coercing string': z.coerce.string(),
    'a 32-bit int format': z.int32(),
    'a multipleOf check': z.number().check(z.multipleOf(2)),
    'an overwrite check (trim)': z.string().check(z.trim()),
    'a check with its own when': z.string().check(z.minLength(1, { when: () => true } as never)),
    'a superRefine': z.string().check(z.superRefine(() => undefined)),
    'a record with enum keys': z.record(z.enum(['a']), z.string()),
    'a schema with a zod trait of another kind (its parse may differ from its def.type)': withTrait('$ZodEmail'),
    'a schema with a trait that is not zod’s': withTrait('MyString'),
    'an unknown type nested deep in an object': z.strictObject({ a: z.optional(z.array(z.nullable(z.string()))) }),
  };
  for (const [name, schema] of Object.entries(refused)) {
    it(name, () => {
      expect(buildValidator(schema)).toBeUndefined();
      const validator = generatedValidator(schema);
      for (let i = 0; i < 100; i++) expect(validator('x')).toBe(UNDECIDED);
    });
  }
});

describe('installed by an entry', () => {
  it('with no builder installed (the engine entry installs none), zod parses every call, warmed up or not', () => {
    const validator = generatedValidator(z.strictObject({ e: z.string() }));
    const answers = Array.from({ length: 100 }, () => validator({ e: 'x' }));
    expect(answers.every((answer) => answer === UNDECIDED)).toBe(true);
    // Installed later, the next call past the warm-up builds it.
    installValidatorBuilder(buildValidator);
    expect(validator({ e: 'x' })).toEqual({ e: 'x' });
  });
});

describe('a builder that fails', () => {
  it('throwing (a bug in the generator) leaves the schema to zod: undecided, never the error', () => {
    installValidatorBuilder(() => {
      throw new SyntaxError('bad generated source');
    });
    const validator = generatedValidator(z.strictObject({ h: z.string() }));
    const answers = Array.from({ length: 100 }, () => validator({ h: 'x' }));
    expect(answers.every((answer) => answer === UNDECIDED)).toBe(true);
    installValidatorBuilder(buildValidator);
  });
});

describe('guarded as zod guards its own compiled parsers', () => {
  beforeEach(() => {
    installValidatorBuilder(buildValidator);
  });
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('with zod’s jitless config nothing is generated, and a validator already built answers undecided', () => {
    const schema = z.strictObject({ a: z.string() });
    const validator = generatedValidator(schema);
    let answer: unknown = UNDECIDED;
    for (let i = 0; i < 100 && answer === UNDECIDED; i++) answer = validator({ a: 'x' });
    expect(answer).toEqual({ a: 'x' });
    z.config({ jitless: true });
    expect(validator({ a: 'x' })).toBe(UNDECIDED);
    expect(buildValidator(z.strictObject({ b: z.string() }))).toBeUndefined();
    expect(generatedValidator(z.strictObject({ b: z.string() }))({ b: 'x' })).toBe(UNDECIDED);
    z.config({ jitless: false });
    expect(validator({ a: 'x' })).toEqual({ a: 'x' });
  });

  it('undecided for its first calls (zod parses them), then zod’s output', () => {
    const validator = generatedValidator(z.strictObject({ c: z.string() }));
    const answers = Array.from({ length: 100 }, () => validator({ c: 'x' }));
    expect(answers[0]).toBe(UNDECIDED);
    expect(answers[99]).toEqual({ c: 'x' });
  });

  it('a Proxy whose `has` trap throws (zod asks `in`, and throws) is undecided, not answered through `for…in`', () => {
    const schema = z.strictObject({ f: z.string() });
    const validator = generatedValidator(schema);
    for (let i = 0; i < 100; i++) validator({ f: 'x' });
    const proxy = new Proxy(
      { f: 'x' },
      {
        has() {
          throw new Error('no');
        },
      },
    );
    expect(() => schema.safeParse(proxy)).toThrow('no');
    expect(validator(proxy)).toBe(UNDECIDED);
  });

  it('a Proxy whose `get` trap throws, around an object without the key (zod reads it anyway, and throws) is undecided', () => {
    const schema = z.strictObject({ g: z.optional(z.string()) });
    const validator = generatedValidator(schema);
    for (let i = 0; i < 100; i++) validator({});
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(() => schema.safeParse(proxy)).toThrow('no');
    expect(validator(proxy)).toBe(UNDECIDED);
  });

  it('a getter that throws makes it undecided, not a crash', () => {
    const validator = generatedValidator(z.strictObject({ d: z.string() }));
    for (let i = 0; i < 100; i++) validator({ d: 'x' });
    const hostile = Object.defineProperty({}, 'd', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(validator(hostile)).toBe(UNDECIDED);
  });
});
