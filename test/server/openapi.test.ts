import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchema, policyCalendarSchema } from '../../src/index.js';
import { apiRoutes } from '../../src/server/apiRoutes.js';
import { siteRoutes } from '../../src/server/siteRoutes.js';
import { startTestService, type TestService } from '../support/runningService.js';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

let service: TestService;
let doc: Doc;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService();
  doc = (await (await fetch(`${service.url}/openapi.json`)).json()) as Doc;
});
afterEach(() => service.close());

/** Every `$ref` string in a JSON value. */
const refs = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(refs)
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refs(v)))
      : [];

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document whose every $ref resolves from its root', () => {
    expect(doc.openapi).toBe('3.1.0');
    const unresolved = refs(doc).filter((ref) => {
      const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
      return name === undefined || !(name in doc.components.schemas);
    });
    expect(unresolved).toEqual([]);
  });

  it('documents every route the service answers, and no other', async () => {
    const probes = await Promise.all(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map(async (method) => {
          const url = service.url + path.replace('{id}', 'changle-2020').replace('{name}', 'achievement');
          const res = await fetch(url, {
            method: method.toUpperCase(),
            ...(method === 'post' ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}),
          });
          await res.arrayBuffer();
          return [path, method, res.status] as const;
        }),
      ),
    );
    // A documented route is never 404 or 405 (a POST of `{}` is a 400 or 415, which is the route answering).
    expect(probes.filter(([, , status]) => status === 404 || status === 405)).toEqual([]);
    // Every route the router serves is documented, but for the page's own assets.
    const served = [...siteRoutes('0.0.0'), ...apiRoutes]
      .filter((r) => r.path !== '/calculator.js' && r.path !== '/favicon.ico')
      .map((r) => `${r.method.toLowerCase()} ${r.path}`);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it('its schemas are the library’s JSON Schemas, generated from the zod schemas the code validates with', () => {
    const { $schema: _, ...result } = jsonSchema('input-issue');
    expect(doc.components.schemas['InputIssue']).toEqual(result);
    const { $schema: __, ...calendar } = z.toJSONSchema(policyCalendarSchema, { io: 'output', unrepresentable: 'any' });
    expect(doc.components.schemas['PolicyCalendar']).toEqual(calendar);
  });
});

describe('GET /v1/schemas/{name}', () => {
  it('publishes the achievement JSON Schema the calculator page builds its form from', async () => {
    const res = await fetch(`${service.url}/v1/schemas/achievement`);
    expect(res.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(JSON.stringify(await res.json())).toContain('obtainedOn');
  });
  it('an unknown name is a 404 that lists the known ones', async () => {
    const res = await fetch(`${service.url}/v1/schemas/nothing`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain('achievement');
  });
});
