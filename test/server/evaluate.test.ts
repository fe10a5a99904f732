import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateRequest } from '../../src/index.js';
import { startTestService, type TestService } from '../support/runningService.js';

const nationalAward = {
  kind: 'government_quality_award',
  level: 'national',
  prize: 'award',
  obtainedOn: '2024-05-10',
};
const request = { id: 'A-1', achievement: nationalAward, jurisdiction: '350112', date: '2024-06-01' };

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService();
});
afterEach(() => service.close());

const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${service.url}${path}`, { method: 'POST', body, headers });

describe('POST /v1/evaluate', () => {
  it('answers what evaluateRequest answers for the same envelope (中国质量奖 in 长乐 → 200万元)', async () => {
    const res = await post('/v1/evaluate', JSON.stringify(request));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as { total: { text: string } };
    expect(body).toEqual(JSON.parse(JSON.stringify(evaluateRequest(request))));
    expect(body.total.text).toBe('200万元');
  });

  it('a bad field is a 400 problem carrying the library issues in both languages', async () => {
    const res = await post('/v1/evaluate', JSON.stringify({ ...request, date: '2024-02-30' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      type: 'urn:quality-rewards:problem:invalid-input',
      status: 400,
      issues: [{ code: 'invalid_date', path: ['date'], message: { zh: expect.any(String), en: expect.any(String) } }],
    });
    expect(JSON.stringify(problem)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('Accept-Language chooses the language of title and detail; the issues keep both', async () => {
    const body = JSON.stringify({ ...request, jurisdiction: 'atlantis' });
    const en = await fetch(`${service.url}/v1/evaluate`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9' },
    });
    const zh = await post('/v1/evaluate', body);
    expect(en.headers.get('content-language')).toBe('en');
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    const [e, z] = (await Promise.all([en.json(), zh.json()])) as { title: string; detail: string; issues: unknown }[];
    expect(e?.title).toBe('Bad Request');
    expect(z?.title).toBe('请求有误');
    expect(e?.detail).toMatch(/unknown jurisdiction/);
    expect(z?.detail).toMatch(/未知的行政区划/);
    expect(e?.issues).toEqual(z?.issues);
  });

  it('malformed JSON is a 400 that says so, with no stack trace', async () => {
    const res = await post('/v1/evaluate', '{"achievement": ');
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { type: string; detail: string };
    expect(problem.type).toBe('urn:quality-rewards:problem:invalid-json');
    expect(problem.detail).not.toMatch(/node:internal|\.js:\d+/);
  });

  it('a JSON body with __proto__ is refused as forbidden_key, not merged into an object', async () => {
    const res = await post(
      '/v1/evaluate',
      `{"__proto__":{"x":1},"achievement":${JSON.stringify(nationalAward)},"jurisdiction":"350112","date":"2024-06-01"}`,
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('forbidden_key');
  });

  it('a body that is not JSON is 415', async () => {
    const res = await post('/v1/evaluate', 'achievement=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { status: number }).status).toBe(415);
  });

  it('JSON in another charset than UTF-8 is 415', async () => {
    const res = await post('/v1/evaluate', '{}', { 'content-type': 'application/json; charset=gbk' });
    expect(res.status).toBe(415);
  });

  it('writes one access-log line for the request', async () => {
    const before = service.logLines.length;
    await (await post('/v1/evaluate', JSON.stringify(request))).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = service.logLines.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^127\.0\.0\.1 "POST \/v1\/evaluate" 200 \d+B \d+\.\d\dms\n$/);
  });
});
