import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROBLEM_TYPES, ProblemError } from '../../src/server/problem.js';
import { checkDeclaredLength, parseJson, readBody, requireContentType } from '../../src/server/readBody.js';

/** A request body as a stream, with the headers a route reads. */
const request = (headers: Record<string, string> = {}) =>
  Object.assign(new PassThrough(), { headers }) as PassThrough & IncomingMessage;

/** The ProblemError a call throws or rejects with. */
async function problemOf(call: () => unknown): Promise<ProblemError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

afterEach(() => vi.useRealTimers());

describe('requireContentType: JSON in UTF-8, nothing else', () => {
  const json = ['application/json'];
  it.each([
    'application/json',
    'Application/JSON',
    'application/json; charset=utf-8',
    'application/json;charset="UTF-8"',
    'application/json ; charset=utf-8',
    'application/json; foo=bar; charset=utf-8',
  ])('%s is accepted', (type) => {
    expect(() => requireContentType(request({ 'content-type': type }), json)).not.toThrow();
  });
  it.each([
    'text/plain',
    'application/json; charset=gbk',
    'application/json; charset=utf-8x',
    'application/json; charset=xutf-8',
    'application/jsonx',
  ])('%s is a 415', async (type) => {
    expect((await problemOf(() => requireContentType(request({ 'content-type': type }), json))).status).toBe(415);
  });
  it('the 415 says what is accepted and what came, in both languages', async () => {
    const e = await problemOf(() => requireContentType(request({ 'content-type': 'text/plain' }), json));
    expect(e.text).toEqual({
      zh: '请求体应为 application/json（UTF-8），收到的是 text/plain',
      en: 'the body must be application/json (UTF-8); got text/plain',
    });
    const either = await problemOf(() => requireContentType(request(), ['application/json', 'application/x-ndjson']));
    expect(either.text).toEqual({
      zh: '请求体应为 application/json 或 application/x-ndjson（UTF-8），收到的是 （无 Content-Type）',
      en: 'the body must be application/json or application/x-ndjson (UTF-8); got (no Content-Type)',
    });
  });
});

describe('checkDeclaredLength: a declared body over the limit is refused before a byte is read', () => {
  it('over the limit: 413 naming the limit, and the connection to be closed', async () => {
    const e = await problemOf(() => checkDeclaredLength(request({ 'content-length': '101' }), 100));
    expect([e.status, e.text.en, e.text.zh, e.headers]).toEqual([
      413,
      'the body is larger than the limit of 100 bytes',
      '请求体超过 100 字节的上限',
      { connection: 'close' },
    ]);
  });
  it('exactly the limit, or no length declared: accepted', () => {
    expect(() => checkDeclaredLength(request({ 'content-length': '100' }), 100)).not.toThrow();
    expect(() => checkDeclaredLength(request(), 0)).not.toThrow();
  });
});

describe('readBody', () => {
  it('the whole body, as it arrived in chunks', async () => {
    const req = request();
    const body = readBody(req, 100, 1000, 1000);
    req.write('{"a":');
    req.end('1}');
    expect((await body).toString()).toBe('{"a":1}');
  });
  it('a body of exactly the limit is read; one byte more is a 413', async () => {
    const fits = request();
    const whole = readBody(fits, 4, 1000, 1000);
    fits.end('abcd');
    expect((await whole).toString()).toBe('abcd');
    const over = request();
    const refused = readBody(over, 4, 1000, 1000);
    over.end('abcde');
    const e = await problemOf(() => refused);
    expect([e.status, e.text.en]).toEqual([413, 'the body is larger than the limit of 4 bytes']);
  });
  it('a declared length over the limit is refused at once', async () => {
    expect((await problemOf(() => readBody(request({ 'content-length': '5' }), 4, 1000, 1000))).status).toBe(413);
  });
  it('a client that pauses longer than the idle time: 408, and the connection to be closed', async () => {
    vi.useFakeTimers();
    const req = request();
    const body = readBody(req, 100, 50, 10_000);
    req.write('{');
    vi.advanceTimersByTime(49);
    req.write('"');
    vi.advanceTimersByTime(49);
    const e = problemOf(() => body);
    vi.advanceTimersByTime(1);
    expect(await e).toMatchObject({
      status: 408,
      text: { zh: '请求体未在时限内送达', en: 'the request body did not arrive in time' },
      headers: { connection: 'close' },
    });
  });
  it('a client that keeps sending past the total time: 408', async () => {
    vi.useFakeTimers();
    const req = request();
    const body = readBody(req, 1000, 50, 120);
    const e = problemOf(() => body);
    for (let t = 0; t < 4; t++) {
      req.write('x');
      vi.advanceTimersByTime(40);
    }
    expect((await e).status).toBe(408);
  });
  it('a body that ends in time clears both timers, and stops listening to the request', async () => {
    vi.useFakeTimers();
    const req = request();
    const body = readBody(req, 100, 50, 100);
    req.end('{}');
    await body;
    expect(vi.getTimerCount()).toBe(0);
    expect(['data', 'end', 'error', 'aborted'].map((e) => req.listenerCount(e))).toEqual([0, 0, 0, 0]);
  });
  it('a failed body stops listening too, and pauses the request', async () => {
    const req = request();
    const body = readBody(req, 2, 1000, 1000);
    req.write('abc');
    await problemOf(() => body);
    expect(['data', 'end', 'error', 'aborted'].map((e) => req.listenerCount(e))).toEqual([0, 0, 0, 0]);
    expect(req.isPaused()).toBe(true);
  });
  it.each(['error', 'aborted'])('a request that is cut off (%s): 400', async (event) => {
    const req = request();
    const body = readBody(req, 100, 1000, 1000);
    req.emit(event, new Error('ECONNRESET'));
    const e = await problemOf(() => body);
    expect([e.status, e.text]).toEqual([400, { zh: '请求体中断', en: 'the request body was cut off' }]);
  });
});

describe('parseJson: a UTF-8 JSON body', () => {
  it('is parsed', () => {
    expect(parseJson(Buffer.from('{"名":"长乐"}'))).toEqual({ 名: '长乐' });
  });
  it('malformed UTF-8 is a 400 invalid-json problem saying so', async () => {
    const e = await problemOf(() => parseJson(Buffer.from([0x7b, 0xff, 0x7d])));
    expect([e.status, e.type, e.text]).toEqual([
      400,
      PROBLEM_TYPES.invalidJson,
      { zh: '请求体不是有效的 UTF-8', en: 'the body is not valid UTF-8' },
    ]);
  });
  it('malformed JSON is a 400 invalid-json problem with the parser’s reason', async () => {
    const e = await problemOf(() => parseJson(Buffer.from('{"a":')));
    expect([e.status, e.type]).toEqual([400, PROBLEM_TYPES.invalidJson]);
    expect(e.text.en).toMatch(/^the body is not valid JSON: .+/);
    expect(e.text.zh).toMatch(/^请求体不是有效的 JSON：.+/);
    expect(e.text.zh.slice('请求体不是有效的 JSON：'.length)).toBe(
      e.text.en.slice('the body is not valid JSON: '.length),
    );
  });
});
