import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listPolicies, policyCalendar } from '../../src/index.js';
import { PUBLISHED_SCHEMA_NAMES } from '../../src/server/jsonSchemaDocuments.js';
import { startTestService, type TestService } from '../support/runningService.js';

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService({ version: '1.2.3' });
});
afterEach(() => service.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${service.url}${path}`, { headers });

describe('GET /: the calculator page', () => {
  it('in English for ?lang=en, whatever Accept-Language says, linking to the Chinese page', async () => {
    const res = await get('/?lang=en', { 'accept-language': 'zh' });
    expect(res.headers.get('content-language')).toBe('en');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Quality reward calculator</h1>');
    expect(html).toContain('<title>Quality reward calculator · quality-rewards</title>');
    expect(html).toContain('the result lists what is missing and never guesses');
    expect(html).toContain('<a href="/?lang=zh" hreflang="zh">中文</a>');
  });
  it('in Chinese for ?lang=zh, linking to the English page', async () => {
    const res = await get('/?lang=zh', { 'accept-language': 'en' });
    expect(res.headers.get('content-language')).toBe('zh-CN');
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>质量提升奖励计算器</h1>');
    expect(html).toContain('结果会列出缺少的事实，从不猜测');
    expect(html).toContain('<a href="/?lang=en" hreflang="en">English</a>');
  });
  it('any other ?lang: Accept-Language decides', async () => {
    expect((await get('/?lang=fr', { 'accept-language': 'en' })).headers.get('content-language')).toBe('en');
    expect((await get('/', { 'accept-language': 'en' })).headers.get('content-language')).toBe('en');
    expect((await get('/')).headers.get('content-language')).toBe('zh-CN');
  });
  it('runs only its own script and talks only to this service; it varies by Accept-Language', async () => {
    const res = await get('/');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('vary')).toBe('Accept-Language');
    expect(await res.text()).toContain('<script src="/calculator.js" defer></script>');
  });
});

describe('GET /calculator.js and /favicon.ico', () => {
  it('the script is a function’s own source, called once, in strict mode', async () => {
    const res = await get('/calculator.js');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await res.text();
    expect(script.startsWith("'use strict';\n(")).toBe(true);
    expect(script.endsWith(')();\n')).toBe(true);
    expect(() => new Function(script)).not.toThrow();
  });
  it('no icon: 204 with an empty body, not a 404', async () => {
    const res = await get('/favicon.ico');
    expect([res.status, await res.text()]).toEqual([204, '']);
  });
});

describe('GET /openapi.json', () => {
  it('JSON carrying the version the service was started with, and the same document every time', async () => {
    const res = await get('/openapi.json');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const first = await res.text();
    expect((JSON.parse(first) as { info: { version: string } }).info.version).toBe('1.2.3');
    expect(await (await get('/openapi.json')).text()).toBe(first);
  });
});

describe('GET /v1/schemas', () => {
  it('lists the published names', async () => {
    expect(await (await get('/v1/schemas')).json()).toEqual(PUBLISHED_SCHEMA_NAMES);
  });
  it('an unknown name: 404 listing the known ones, in the language asked for', async () => {
    const known = PUBLISHED_SCHEMA_NAMES.join(', ');
    const en = (await (await get('/v1/schemas/nothing', { 'accept-language': 'en' })).json()) as { detail: string };
    expect(en.detail).toBe(`no JSON Schema named nothing (known: ${known})`);
    const zh = (await (await get('/v1/schemas/nothing')).json()) as { detail: string };
    expect(zh.detail).toBe(`没有这个 JSON Schema：nothing（可用：${known}）`);
  });
});

describe('GET /v1 data routes', () => {
  it('an unknown policy: its id in the detail, in the language asked for', async () => {
    const en = (await (await get('/v1/policies/atlantis-2099', { 'accept-language': 'en' })).json()) as {
      detail: string;
      type: string;
    };
    expect(en).toMatchObject({
      detail: 'no such policy: atlantis-2099',
      type: 'urn:quality-rewards:problem:invalid-input',
    });
    const zh = (await (await get('/v1/policies/atlantis-2099')).json()) as { detail: string };
    expect(zh.detail).toBe('没有这个政策：atlantis-2099');
  });
  it('the calendar without ?within uses the library’s default', async () => {
    const res = await get('/v1/calendar?date=2024-06-01');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(policyCalendar('2024-06-01'))));
  });
  it('data that never changes while the service runs may be cached for an hour; answers to requests may not', async () => {
    for (const path of [
      '/v1/policies',
      '/v1/policies/changle-2020',
      '/v1/policies/changle-2020/table',
      '/v1/jurisdictions',
      '/v1/kinds',
    ]) {
      expect([path, (await get(path)).headers.get('cache-control')]).toEqual([path, 'public, max-age=3600']);
    }
    expect((await get('/v1/calendar?date=2024-06-01')).headers.get('cache-control')).toBeNull();
    expect((await get('/healthz')).headers.get('cache-control')).toBeNull();
  });
  it('/v1/policies is listPolicies', async () => {
    expect(await (await get('/v1/policies')).json()).toEqual(JSON.parse(JSON.stringify(listPolicies())));
  });
});
