import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSocket, readUntilClosed } from '../support/rawHttp.js';
import { startTestService, type TestService } from '../support/runningService.js';

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
// Timeouts generous enough for a loaded machine (a 300 ms header timeout once answered a plain GET with
// 408); the tests of the timeouts start a service of their own with short ones.
beforeEach(async () => {
  service = await startTestService({
    limits: { jsonBodyBytes: 1000, headersTimeoutMs: 10_000, bodyIdleTimeoutMs: 10_000, requestTimeoutMs: 20_000 },
  });
});
afterEach(() => service.close());

describe('routes that do not exist', () => {
  it('an unknown path is a 404 problem', async () => {
    const res = await fetch(`${service.url}/v1/nothing`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await res.json()).toMatchObject({ type: 'about:blank', status: 404 });
  });
  it('the wrong method is a 405 with an Allow header', async () => {
    const get = await fetch(`${service.url}/v1/evaluate`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const post = await fetch(`${service.url}/v1/kinds`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
  it('a malformed percent-encoding in a path parameter is a 400, not a crash', async () => {
    const res = await fetch(`${service.url}/v1/policies/%E0%A4%A`);
    expect(res.status).toBe(400);
  });
});

describe('body limit', () => {
  const big = JSON.stringify({ achievement: { kind: 'x'.repeat(2000) }, jurisdiction: 'x', date: 'x' });
  it('a declared Content-Length over the limit is a 413 before the body is read', async () => {
    const res = await fetch(`${service.url}/v1/evaluate`, {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { detail: string }).detail).toContain('1000');
  });
  it('a chunked body that grows over the limit is a 413 too', async () => {
    const socket = await openSocket(service.url);
    const answer = readUntilClosed(socket);
    socket.write(
      'POST /v1/evaluate HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
    );
    for (let i = 0; i < 3; i += 1) socket.write(`200\r\n${'x'.repeat(512)}\r\n`);
    expect(await answer).toMatch(/^HTTP\/1\.1 413 /);
  });
});

describe('timeouts', () => {
  const shortTimeouts = { jsonBodyBytes: 1000, headersTimeoutMs: 300, bodyIdleTimeoutMs: 300, requestTimeoutMs: 2000 };
  beforeEach(async () => {
    await service.close();
    service = await startTestService({ limits: shortTimeouts });
  });

  it('headers that never finish are answered 408 and the connection closed', async () => {
    const socket = await openSocket(service.url);
    const answer = readUntilClosed(socket);
    socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n');
    expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
  });
  it('a body that stops arriving is answered 408 as a problem', async () => {
    const socket = await openSocket(service.url);
    const answer = readUntilClosed(socket);
    socket.write(
      'POST /v1/evaluate HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{',
    );
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('application/problem+json');
  });
});

describe('GET routes', () => {
  it('/healthz is ok', async () => {
    expect(await (await fetch(`${service.url}/healthz`)).json()).toEqual({ status: 'ok' });
  });
  it('HEAD is answered wherever GET is, without a body', async () => {
    const res = await fetch(`${service.url}/v1/kinds`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
  it('/v1/policies lists the policies and /v1/policies/{id} gives one, its table in Markdown', async () => {
    const list = (await (await fetch(`${service.url}/v1/policies`)).json()) as { id: string }[];
    expect(list.map((p) => p.id)).toContain('changle-2020');
    const one = (await (await fetch(`${service.url}/v1/policies/changle-2020`)).json()) as { id: string };
    expect(one.id).toBe('changle-2020');
    const table = await fetch(`${service.url}/v1/policies/changle-2020/table`);
    expect(table.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await table.text()).toMatch(/^#/);
  });
  it('an unknown policy is a 404 with the unknown_policy issue', async () => {
    const res = await fetch(`${service.url}/v1/policies/atlantis-2099`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ issues: [{ code: 'unknown_policy' }] });
  });
  it('/v1/kinds and /v1/jurisdictions list the vocabulary and the places', async () => {
    const kinds = (await (await fetch(`${service.url}/v1/kinds`)).json()) as { kind: string }[];
    expect(kinds.map((k) => k.kind)).toContain('government_quality_award');
    const places = (await (await fetch(`${service.url}/v1/jurisdictions`)).json()) as { code: string }[];
    expect(places.map((p) => p.code)).toContain('350112');
  });
});
