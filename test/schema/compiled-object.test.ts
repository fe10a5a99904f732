import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { compiledStrictObject } from '../../src/schema/compiledObject.js';

const shape = () => ({
  kind: z.string().check(z.minLength(1)),
  rank: z.optional(z.int().check(z.minimum(1))),
  recipient: z.optional(z.strictObject({ type: z.enum(['organization', 'individual']) })),
});

const inputs: readonly unknown[] = [
  { kind: 'standard_drafting', rank: 1, recipient: { type: 'organization' } },
  { kind: 'standard_drafting' },
  { kind: '', rank: 0 },
  { kind: 'x', bogus: true },
  { rank: 'one', recipient: { type: 'state' } },
  'not an object',
  null,
];

describe('a compiled strict object parses as zod/mini’s own strict object, walked at first and compiled later', () => {
  it('the same data and the same issues as z.strictObject, on every parse before and after it is compiled', () => {
    const compiled = compiledStrictObject(shape());
    const plain = z.strictObject(shape());
    for (let round = 0; round < 150; round++) {
      for (const input of inputs) {
        expect(compiled.safeParse(input)).toStrictEqual(plain.safeParse(input));
      }
    }
  });

  it('its shape is the definition’s shape', () => {
    const object = compiledStrictObject(shape());
    expect(object.shape).toBe(object._zod.def.shape);
    expect(Object.keys(object.shape)).toEqual(['kind', 'rank', 'recipient']);
  });

  it('its shape is a property like that of zod/mini’s own object: not enumerable, configurable', () => {
    expect(Object.keys(compiledStrictObject(shape()))).toEqual(Object.keys(z.strictObject(shape())));
    expect(Object.keys(compiledStrictObject(shape()))).not.toContain('shape');
    // zod/mini defines its objects' shape on first read.
    const flags = (schema: { shape: unknown }) => {
      expect(schema.shape).toBeDefined();
      const { enumerable, configurable } = Object.getOwnPropertyDescriptor(schema, 'shape') ?? {};
      return { enumerable, configurable };
    };
    expect(flags(compiledStrictObject(shape()))).toEqual(flags(z.strictObject(shape())));
  });

  it('a check on the object (.check) still runs after the parser is compiled', () => {
    const notDraft = z.refine<{ kind: string }>((value) => value.kind !== 'draft');
    const checked = compiledStrictObject(shape()).check(notDraft);
    const plain = z.strictObject(shape()).check(notDraft);
    for (let round = 0; round < 150; round++) {
      for (const input of [...inputs, { kind: 'draft' }]) {
        expect(checked.safeParse(input)).toStrictEqual(plain.safeParse(input));
      }
    }
    expect(checked.safeParse({ kind: 'draft' }).success).toBe(false);
  });
});
