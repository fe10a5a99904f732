import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { achievementSchemaFor, isPerKindVariant, portfolioSchemaFor } from '../../src/schema/achievement.js';
import { compiledStrictObject } from '../../src/schema/compiledObject.js';
import type { Vocabulary } from '../../src/schema/kinds.js';
import { evaluateRequestSchemaFor } from '../../src/schema/request.js';

/* The schemas built per vocabulary, and the compiled object parser under them. */

const label = { zh: '甲', en: 'a' };
const kind = (name: string, subtypes?: string[]) => ({
  kind: name,
  label,
  description: label,
  ...(subtypes ? { subtypes: subtypes.map((subtype) => ({ subtype, label })) } : {}),
});

describe('built once per vocabulary: the same schema object each time it is asked for', () => {
  it('achievement, portfolio and request schemas', () => {
    expect(achievementSchemaFor(vocabulary)).toBe(achievementSchemaFor(vocabulary));
    expect(portfolioSchemaFor(vocabulary)).toBe(portfolioSchemaFor(vocabulary));
    expect(evaluateRequestSchemaFor(vocabulary)).toBe(evaluateRequestSchemaFor(vocabulary));
  });
  it('another vocabulary, another schema', () => {
    const other: Vocabulary = [kind('only')];
    expect(achievementSchemaFor(other)).not.toBe(achievementSchemaFor(vocabulary));
  });
});

describe('achievementSchemaFor: a subtype only where the kind has it', () => {
  it('a vocabulary without any subtype: a subtype is refused, none is fine', () => {
    const schema = achievementSchemaFor([kind('plain')] as Vocabulary);
    expect(schema.safeParse({ kind: 'plain', obtainedOn: '2024-01-01' }).success).toBe(true);
    expect(schema.safeParse({ kind: 'plain', subtype: 'x', obtainedOn: '2024-01-01' }).success).toBe(false);
  });
  it('a subtype of one kind given with another kind → refused; with its own kind → fine', () => {
    const schema = achievementSchemaFor([kind('a', ['s1', 's2']), kind('b')] as Vocabulary);
    expect(schema.safeParse({ kind: 'a', subtype: 's2', obtainedOn: '2024-01-01' }).success).toBe(true);
    expect(schema.safeParse({ kind: 'b', subtype: 's1', obtainedOn: '2024-01-01' }).success).toBe(false);
    expect(schema.safeParse({ kind: 'a', subtype: 's3', obtainedOn: '2024-01-01' }).success).toBe(false);
  });
  it('isPerKindVariant: false for any schema not built as a per-kind half', () => {
    expect(isPerKindVariant({})).toBe(false);
    expect(isPerKindVariant(achievementSchemaFor(vocabulary))).toBe(false);
  });
});

describe('portfolioSchemaFor: one to LIMITS.achievements achievements', () => {
  it('an empty portfolio → too small; one achievement → fine', () => {
    const schema = portfolioSchemaFor(vocabulary);
    expect(schema.safeParse([]).success).toBe(false);
    expect(schema.safeParse([{ kind: 'standard_drafting', level: 'national', obtainedOn: '2024-01-01' }]).success).toBe(
      true,
    );
  });
});

describe('compiledStrictObject: walked for its first 100 parses, then compiled', () => {
  it('the 101st parse switches to the compiled parser; both give the same output and the same issues', () => {
    const schema = compiledStrictObject({ a: z.string(), n: z.optional(z.number()) });
    const walked = schema._zod.parse;
    const bad = { a: 1, extra: true };
    const badIssues = JSON.stringify(schema.safeParse(bad).error?.issues);
    for (let i = 1; i < 100; i++) expect(schema.safeParse({ a: `x${i}` }).data).toEqual({ a: `x${i}` });
    expect(schema._zod.parse).toBe(walked);
    expect(schema.safeParse({ a: 'y', n: 2 }).data).toEqual({ a: 'y', n: 2 });
    expect(schema._zod.parse).not.toBe(walked);
    expect(schema._zod.run).toBe(schema._zod.parse);
    expect(JSON.stringify(schema.safeParse(bad).error?.issues)).toBe(badIssues);
  });
  it('`shape` reads the definition’s shape, and is not an own enumerable key', () => {
    const shape = { a: z.string() };
    const schema = compiledStrictObject(shape);
    expect(schema.shape).toBe(schema._zod.def.shape);
    expect(Object.keys(schema)).not.toContain('shape');
  });
});
