import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QualityRewardsError } from '../../src/index.js';
import { createRequestHandler } from '../../src/server/handleRequest.js';
import { ProblemError } from '../../src/server/problem.js';
import type { Route } from '../../src/server/router.js';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/serverLimits.js';
import { openSocket, readUntilClosed } from '../support/rawHttp.js';

/**
 * The request handler on a plain node:http server with routes of the test's own, so that a handler can
 * fail in ways the service's routes never do on purpose: an unexpected error, the library's error, a
 * failure after the answer has started.
 */
const servers: Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve)))));

async function serve(routes: Route[]) {
  const lines: string[] = [];
  const server = createServer(
    createRequestHandler({
      routes,
      limits: DEFAULT_SERVER_LIMITS,
      log: (line) => void lines.push(line),
      closing: () => false,
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
}

const issue = (zh: string, en: string) => ({ code: 'invalid_date', path: ['date'], message: { zh, en } }) as const;

describe('createRequestHandler: a handler that fails', () => {
  it('an unexpected error: a 500 problem that says it was logged, and the log gets its message', async () => {
    const { url, lines } = await serve([
      {
        method: 'GET',
        path: '/boom',
        handle: () => {
          throw new Error('kaboom');
        },
      },
    ]);
    const res = await fetch(`${url}/boom`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'internal error; it has been logged',
    });
    expect(lines).toContain('internal error: kaboom\n');
    const zh = await fetch(`${url}/boom`);
    expect(((await zh.json()) as { detail: string }).detail).toBe('服务内部错误，已记录');
  });
  it('something thrown that is not an Error is logged as text', async () => {
    const { url, lines } = await serve([
      {
        method: 'GET',
        path: '/odd',
        handle: () => {
          throw 'odd';
        },
      },
    ]);
    expect((await fetch(`${url}/odd`)).status).toBe(500);
    expect(lines).toContain('internal error: odd\n');
  });
  it('a problem below 500 is answered, not logged as an internal error', async () => {
    const { url, lines } = await serve([
      {
        method: 'GET',
        path: '/gone',
        handle: () => {
          throw new ProblemError(404, { zh: '没有', en: 'none' });
        },
      },
      {
        method: 'GET',
        path: '/unavailable',
        handle: () => {
          throw new ProblemError(503, { zh: '停止中', en: 'stopping' });
        },
      },
    ]);
    expect((await fetch(`${url}/gone`)).status).toBe(404);
    expect(lines.filter((l) => l.startsWith('internal error'))).toEqual([]);
    expect((await fetch(`${url}/unavailable`)).status).toBe(503);
    expect(lines).toContain('internal error: stopping\n');
  });
  it('the library’s error: a 400 invalid-input problem, its messages joined per language, its issues carried', async () => {
    const issues = [issue('日期无效', 'invalid date'), issue('日期缺失', 'missing date')] as const;
    const { url } = await serve([
      {
        method: 'GET',
        path: '/bad',
        handle: () => {
          throw new QualityRewardsError(issues);
        },
      },
    ]);
    const en = await fetch(`${url}/bad`, { headers: { 'accept-language': 'en' } });
    expect(await en.json()).toEqual({
      type: 'urn:quality-rewards:problem:invalid-input',
      title: 'Bad Request',
      status: 400,
      detail: 'invalid date; missing date',
      issues,
    });
    const zh = await fetch(`${url}/bad`, { headers: { 'accept-language': 'zh' } });
    expect(((await zh.json()) as { detail: string }).detail).toBe('日期无效；日期缺失');
  });
  it('a failure after the answer has started: the connection is cut, nothing more is written', async () => {
    const { url, lines } = await serve([
      {
        method: 'GET',
        path: '/stream',
        handle: async ({ res }) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('partial');
          await new Promise((resolve) => setTimeout(resolve, 20));
          throw new Error('late');
        },
      },
    ]);
    const socket = await openSocket(url);
    const answer = readUntilClosed(socket);
    socket.write('GET /stream HTTP/1.1\r\nhost: x\r\n\r\n');
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).toContain('partial');
    expect(text).not.toContain('problem');
    expect(lines.filter((l) => l.startsWith('internal error'))).toEqual([]);
  });
});

describe('createRequestHandler: the problem’s headers', () => {
  it('the language chosen is the Content-Language, and answers vary by Accept-Language', async () => {
    const { url } = await serve([]);
    const en = await fetch(`${url}/nothing`, { headers: { 'accept-language': 'en' } });
    expect([en.headers.get('content-language'), en.headers.get('vary')]).toEqual(['en', 'Accept-Language']);
    const zh = await fetch(`${url}/nothing`);
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    expect(((await zh.json()) as { title: string }).title).toBe('未找到');
  });
});

/** A handler on a plain server with the settings given; `get` sends requests one after another on one connection. */
async function serveWith(settings: { log?: (line: string) => void; closing?: () => boolean }, routes: Route[]) {
  const server = createServer(
    createRequestHandler({
      routes,
      limits: DEFAULT_SERVER_LIMITS,
      log: settings.log,
      closing: settings.closing ?? (() => false),
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const ok: Route = { method: 'GET', path: '/ok', handle: ({ res }) => void res.writeHead(200).end('fine') };

describe('createRequestHandler: without a log', () => {
  it('an unexpected error is still answered 500, with nothing to log it to', async () => {
    const url = await serveWith({}, [
      {
        method: 'GET',
        path: '/boom',
        handle: () => {
          throw new Error('kaboom');
        },
      },
    ]);
    const res = await fetch(`${url}/boom`, { signal: AbortSignal.timeout(4_000) });
    expect(res.status).toBe(500);
  });
});

describe('createRequestHandler: the access log’s figures', () => {
  it('bytes are those of each answer alone, the second on a connection as the first', async () => {
    const lines: string[] = [];
    const url = await serveWith({ log: (line) => void lines.push(line) }, [ok]);
    const socket = await openSocket(url);
    const read = (count: number) =>
      new Promise<void>((resolve) => {
        let text = '';
        const onData = (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.split('fine').length - 1 === count) {
            socket.off('data', onData);
            resolve();
          }
        };
        socket.on('data', onData);
      });
    socket.write('GET /ok HTTP/1.1\r\nhost: x\r\n\r\n');
    await read(1);
    socket.write('GET /ok HTTP/1.1\r\nhost: x\r\n\r\n');
    await read(1);
    socket.destroy();
    await vi.waitFor(() => expect(lines).toHaveLength(2));
    const bytes = lines.map((line) => Number(/ (\d+)B /.exec(line)?.[1]));
    expect(bytes[0]).toBeGreaterThan(0);
    expect(bytes[1]).toBe(bytes[0]);
  });
  it('the milliseconds are those the exchange took, no more', async () => {
    const lines: string[] = [];
    const url = await serveWith({ log: (line) => void lines.push(line) }, [ok]);
    const before = performance.now();
    await (await fetch(`${url}/ok`)).text();
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    const took = performance.now() - before;
    const logged = Number(/ ([\d.]+)ms\n$/.exec(lines[0]!)?.[1]);
    expect(logged).toBeGreaterThanOrEqual(0);
    expect(logged).toBeLessThanOrEqual(took);
  });
});

describe('createRequestHandler: keeping the connection', () => {
  it('while the server runs, an answer keeps the connection open for the next request', async () => {
    const url = await serveWith({ closing: () => false }, [ok]);
    const socket = await openSocket(url);
    const answer = new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    socket.write('GET /ok HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(await answer).toMatch(/\r\nconnection: keep-alive\r\n/i);
    socket.destroy();
  });
  it('once the server is shutting down, every answer asks the client to close the connection', async () => {
    const url = await serveWith({ closing: () => true }, [ok]);
    const socket = await openSocket(url);
    const answer = readUntilClosed(socket);
    socket.write('GET /ok HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(await answer).toMatch(/\r\nconnection: close\r\n/i);
  });
});

describe('createRequestHandler: the request target', () => {
  const ask = async (url: string, target: string) => {
    const socket = await openSocket(url);
    const answer = readUntilClosed(socket);
    socket.write(`GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
    return (await answer).slice(0, 12);
  };
  it('in absolute form (as sent to a proxy), it is routed by its path', async () => {
    const url = await serveWith({}, [ok]);
    expect(await ask(url, 'http://example.com/ok')).toBe('HTTP/1.1 200');
  });
  it('a path starting with // is a path, not a host: no route has it', async () => {
    const url = await serveWith({}, [ok]);
    expect(await ask(url, '//ok')).toBe('HTTP/1.1 404');
  });
});
