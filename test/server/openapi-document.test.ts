import { describe, expect, it } from 'vitest';
import { jsonSchema, type JsonSchemaName } from '../../src/index.js';
import { COMPONENT_SCHEMAS } from '../../src/server/openApi/componentSchemas.js';
import { openApiDocument } from '../../src/server/openApi/openApiDocument.js';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/serverLimits.js';

type Media = Record<string, { schema?: Record<string, unknown> }>;
type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown>; description: string }[];
  requestBody?: { required: boolean; content: Media };
  responses: Record<string, { description: string; content?: Media }>;
};
type Doc = {
  openapi: string;
  info: { title: string; version: string; summary: string; description: string; license: unknown };
  servers: unknown;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

/**
 * The OpenAPI document built directly (the HTTP tests fetch it from a running service), afresh inside each
 * test: built while the file is collected, it would be judged by no test under mutation testing.
 */
function built(): { doc: Doc; operations: { path: string; method: string; op: Operation }[] } {
  const doc = openApiDocument('1.2.3') as unknown as Doc;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return { doc, operations };
}

describe('the OpenAPI document: its operations', () => {
  it('each has an id of its own and a summary', () => {
    const { operations } = built();
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => /^[a-zA-Z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of operations) expect(op.summary.length).toBeGreaterThan(5);
  });
  it('each response has a description, and each body a media type with a schema', () => {
    const { operations } = built();
    for (const { op } of operations) {
      for (const response of Object.values(op.responses)) {
        expect(response.description.length).toBeGreaterThan(3);
        const media = Object.entries(response.content ?? {});
        expect(media.length).toBe(1);
        for (const [type, { schema }] of media) {
          expect(type).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
          expect(Object.keys(schema ?? {}).length).toBeGreaterThan(0);
        }
      }
    }
  });
  it('every error answer is a problem: application/problem+json with the Problem schema', () => {
    const { operations } = built();
    for (const { op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith('2')) continue;
        expect(response.content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    }
  });
  it('each operation documents the errors it answers with', () => {
    const { operations } = built();
    const errors = Object.fromEntries(
      operations.map(({ op }) => [op.operationId, Object.keys(op.responses).filter((s) => !s.startsWith('2'))]),
    );
    expect(errors).toMatchObject({
      evaluate: ['400', '408', '413', '415'],
      compare: ['400', '408', '413', '415'],
      batch: ['413', '415'],
      getPolicy: ['404'],
      getPolicyTable: ['404'],
      policyCalendar: ['400'],
      getJsonSchema: ['404'],
      listPolicies: [],
      health: [],
    });
  });
  it('a POST’s body is required, and says what it is', () => {
    const { operations } = built();
    const bodies = operations
      .filter(({ method }) => method === 'post')
      .map(({ op }) => [op.operationId, op.requestBody]);
    expect(bodies).toEqual([
      [
        'evaluate',
        {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/EvaluateRequest' } } },
        },
      ],
      [
        'compare',
        {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CompareRequest' } } },
        },
      ],
      [
        'batch',
        {
          required: true,
          content: {
            'application/x-ndjson': {
              schema: { type: 'string' },
              'x-line-schema': { $ref: '#/components/schemas/EvaluateRequest' },
            },
          },
        },
      ],
    ]);
  });
  it('every parameter of a path is required, a string, described, and named in the path', () => {
    const { operations } = built();
    for (const { path, op } of operations) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name)).toEqual(inPath);
      for (const p of declared) {
        expect([p.required, p.schema]).toEqual([true, { type: 'string' }]);
        expect(p.description.length).toBeGreaterThan(5);
      }
    }
  });
  it('the calendar takes a required date and an optional whole number of days', () => {
    const { doc } = built();
    const calendar = doc.paths['/v1/calendar']!['get']!;
    expect(calendar.parameters).toMatchObject([
      { name: 'date', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      { name: 'within', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } },
    ]);
    const pattern = new RegExp(calendar.parameters![0]!.schema['pattern'] as string);
    expect([pattern.test('2024-06-01'), pattern.test('2024-6-1'), pattern.test('x2024-06-01')]).toEqual([
      true,
      false,
      false,
    ]);
  });
  it('each answer’s schema is the component of its kind', () => {
    const { operations } = built();
    const ok = (id: string) => operations.find(({ op }) => op.operationId === id)!.op.responses['200']!.content;
    expect(ok('evaluate')).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/EvaluationResult' } },
    });
    expect(ok('compare')).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Comparison' } } });
    expect(ok('listPolicies')).toEqual({
      'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/PolicyListing' } } },
    });
    expect(ok('getPolicy')).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Policy' } } });
    expect(ok('listJurisdictions')).toEqual({
      'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/JurisdictionListing' } } },
    });
    expect(ok('policyCalendar')).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/PolicyCalendar' } },
    });
    expect(ok('listAchievementKinds')).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/Vocabulary' } },
    });
    expect(Object.keys(ok('getPolicyTable')!)).toEqual(['text/markdown']);
    expect(Object.keys(ok('getJsonSchema')!)).toEqual(['application/schema+json']);
    expect(Object.keys(ok('calculatorPage')!)).toEqual(['text/html']);
    expect(Object.keys(ok('batch')!)).toEqual(['application/x-ndjson']);
  });
});

describe('the OpenAPI document: info and components', () => {
  it('OpenAPI 3.1, served from the service’s root, MIT, with the version given', () => {
    const { doc } = built();
    expect([doc.openapi, doc.servers, doc.info.title, doc.info.version, doc.info.license]).toEqual([
      '3.1.0',
      [{ url: '/' }],
      'quality-rewards',
      '1.2.3',
      { name: 'MIT', identifier: 'MIT' },
    ]);
    expect(doc.info.summary).toContain('quality-reward policies');
  });
  it('the description states the limits enforced and how errors are answered', () => {
    const { doc } = built();
    const l = DEFAULT_SERVER_LIMITS;
    const description = doc.info.description;
    expect(description).toContain(
      `Limits: JSON bodies up to ${l.jsonBodyBytes} bytes, batch bodies up to ${l.batchBodyBytes} bytes with lines up to ${l.batchLineBytes} bytes (413 beyond); headers within ${l.headersTimeoutMs} ms, a JSON body within ${l.requestTimeoutMs} ms and no pause in a body over ${l.bodyIdleTimeoutMs} ms (408).`,
    );
    expect(description.split('\n\n')).toHaveLength(3);
    expect(description).toContain('stateless');
    expect(description).toContain('RFC 9457');
  });
  it('a component for each schema, and one for each of its $defs named after it', () => {
    const { doc } = built();
    const names = Object.keys(doc.components.schemas);
    for (const name of Object.keys(COMPONENT_SCHEMAS)) expect(names).toContain(name);
    const extra = names.filter((n) => !(n in COMPONENT_SCHEMAS));
    expect(extra.length).toBeGreaterThan(0);
    for (const name of extra) expect(Object.keys(COMPONENT_SCHEMAS)).toContain(name.split('.')[0]);
    for (const schema of Object.values(doc.components.schemas)) {
      expect(schema).not.toHaveProperty('$schema');
      expect(schema).not.toHaveProperty('$defs');
    }
  });
  it('each component backed by the library is the library’s JSON Schema of the same thing', () => {
    const library: Record<string, JsonSchemaName> = {
      EvaluateRequest: 'evaluate-request',
      Achievement: 'achievement',
      EvaluateOptions: 'evaluate-options',
      EvaluationResult: 'result',
      Policy: 'policy',
      PolicyListing: 'policy-listing',
      JurisdictionListing: 'jurisdiction-listing',
      Vocabulary: 'vocabulary',
      InputIssue: 'input-issue',
    };
    for (const [component, name] of Object.entries(library)) {
      expect([component, COMPONENT_SCHEMAS[component]?.()]).toEqual([component, jsonSchema(name)]);
    }
  });
  it('a comparison is a list of results, written once', () => {
    const { doc } = built();
    expect(doc.components.schemas['Comparison']).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/EvaluationResult' },
    });
  });
  it('references into a schema’s own $defs point at the components they became, named after it', () => {
    const { doc } = built();
    const refs = JSON.stringify(doc.components.schemas['EvaluationResult']).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\/components\/schemas\/EvaluationResult\.[^"]+"$/);
  });
});
