import { z } from 'zod';
import * as zm from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { lazySchema, lazyValue } from '../../src/schema/lazySchema.js';
import { compiledStrictObject } from '../../src/schema/compiledObject.js';

const moneyShape = () => ({ fen: z.int(), text: z.string().min(1) });

describe('a schema built on first use is the schema it builds, from then on', () => {
  it('nothing is built until something reads it', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.strictObject(moneyShape());
    });
    expect(builds).toBe(0);
    expect(schema.parse({ fen: 100, text: '1元' })).toEqual({ fen: 100, text: '1元' });
    expect(schema.safeParse({ fen: 1.5, text: '' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('is an instance of its kind, with its shape, its methods and its checks', () => {
    const schema = lazySchema(() => z.strictObject(moneyShape()));
    expect(schema instanceof z.ZodObject).toBe(true);
    expect(Object.keys(schema.shape)).toEqual(['fen', 'text']);
    expect(schema.optional().parse(undefined)).toBeUndefined();
    const min = lazySchema(() => z.string().min(3));
    expect(min.safeParse('ab').success).toBe(false);
    expect('parse' in lazySchema(() => z.string())).toBe(true);
  });

  it('issues and JSON Schema are those of the same schema built at once', () => {
    const eager = z.strictObject({
      amount: z.strictObject(moneyShape()),
      readings: z.array(z.string().min(1)).readonly(),
    });
    const amount = lazySchema(() => z.strictObject(moneyShape()));
    const lazy = lazySchema(() => z.strictObject({ amount, readings: z.array(z.string().min(1)).readonly() }));
    const bad = { amount: { fen: 'x' }, readings: [''], extra: 1 };
    expect(lazy.safeParse(bad).error?.issues).toEqual(eager.safeParse(bad).error?.issues);
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
  });

  it('one object for zod: a schema used twice is one $defs entry, as when built at once', () => {
    const money = lazySchema(() => z.strictObject(moneyShape()));
    const line = lazySchema(() => z.strictObject({ before: money, after: money }));
    const json = z.toJSONSchema(line, { reused: 'ref' }) as { $defs?: Record<string, unknown> };
    expect(Object.keys(json.$defs ?? {})).toHaveLength(1);
  });

  it('mini schemas and compiled objects too', () => {
    const date = lazySchema(() => zm.string().check(zm.regex(/^\d{4}-\d{2}-\d{2}$/)));
    const envelope = lazySchema(() => compiledStrictObject({ date, id: zm.optional(zm.int()) }));
    for (let i = 0; i < 150; i++) expect(envelope.safeParse({ date: '2024-06-01' }).success).toBe(true);
    expect(envelope.safeParse({ date: '2024-6-1' }).success).toBe(false);
    expect(envelope.safeParse({ date: '2024-06-01', bogus: 1 }).success).toBe(false);
  });

  it('a builder that fails once: its own error, and the next read builds (not “read itself”)', () => {
    let calls = 0;
    const schema = lazySchema(() => {
      calls += 1;
      if (calls === 1) throw new Error('not yet');
      return z.string().min(1);
    });
    expect(() => schema.parse('x')).toThrow('not yet');
    expect(schema.parse('x')).toBe('x');
  });

  it('its description and metadata, and what zod derived it from, are kept (as JSON Schema shows)', () => {
    const base = z.string().min(1);
    const eager = z.strictObject({ code: base.describe('the code').meta({ title: 'Code' }) });
    const lazyCode = lazySchema(() => base.describe('the code').meta({ title: 'Code' }));
    expect(z.globalRegistry.get(lazyCode)).toEqual({ description: 'the code', title: 'Code' });
    expect(z.toJSONSchema(z.strictObject({ code: lazyCode }))).toEqual(z.toJSONSchema(eager));
    const plain = lazySchema(() => z.string());
    expect(z.globalRegistry.get(plain)).toBeUndefined();
    expect(z.globalRegistry.has(plain)).toBe(false);
  });

  it('a property set before anything reads it: the schema is built first, and keeps the property', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.string().min(1);
    }) as z.ZodString & { note?: string };
    schema.note = 'set before use';
    expect(builds).toBe(1);
    expect(schema.note).toBe('set before use');
    expect(schema.safeParse('').success).toBe(false);
  });

  it('a builder that reads its own schema is an error, not a loop', () => {
    const schema: z.ZodString = lazySchema(() => (schema as z.ZodString).min(1));
    expect(() => schema.parse('x')).toThrow(/read itself/);
  });
});

describe('a value built on first use is built once', () => {
  it('the same value every time, built on the first ask', () => {
    let builds = 0;
    const shared = lazyValue(() => ({ n: (builds += 1) }));
    expect(builds).toBe(0);
    expect(shared()).toBe(shared());
    expect(builds).toBe(1);
  });
});
