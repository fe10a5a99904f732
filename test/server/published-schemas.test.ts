import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareRequestSchema, JSON_SCHEMA_NAMES, jsonSchema, policyCalendarSchema } from '../../src/index.js';
import { publishedSchema, PUBLISHED_SCHEMA_NAMES } from '../../src/server/jsonSchemaDocuments.js';
import { problemSchema } from '../../src/server/problem.js';

/** What `/v1/schemas/{name}` answers: the library's JSON Schemas and the service's own three. */
describe('publishedSchema', () => {
  it('publishes the library’s schemas and the service’s own, in that order', () => {
    expect(PUBLISHED_SCHEMA_NAMES).toEqual([...JSON_SCHEMA_NAMES, 'compare-request', 'policy-calendar', 'problem']);
  });
  it('a library name is the library’s JSON Schema', () => {
    expect(publishedSchema('achievement')).toEqual(jsonSchema('achievement'));
  });
  it('the service’s own are generated from the zod schemas it validates with: compare requests as sent, the rest as answered', () => {
    const generated = (schema: z.core.$ZodType, io: 'input' | 'output') =>
      z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
    expect(publishedSchema('compare-request')).toEqual(generated(compareRequestSchema, 'input'));
    expect(publishedSchema('policy-calendar')).toEqual(generated(policyCalendarSchema, 'output'));
    expect(publishedSchema('problem')).toEqual(generated(problemSchema, 'output'));
  });
  it('an own schema is generated once, then the same document is reused', () => {
    expect(publishedSchema('problem')).toBe(publishedSchema('problem'));
  });
  it('an unknown name, or one only inherited from Object.prototype, is no schema', () => {
    expect([publishedSchema('nothing'), publishedSchema('toString'), publishedSchema('constructor')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
