import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer, type ServeOptions } from '../../src/server/startServer.js';
import type { Socket } from 'node:net';
import { openSocket, readUntilClosed } from '../support/rawHttp.js';

/**
 * The service started and stopped inside each test, not in a `beforeAll`: a start that fails there skips
 * the file's tests, and a mutation run counts skipped tests as passed.
 */
const started: RunningServer[] = [];
const start = async (options: ServeOptions = {}) => {
  const server = await startServer({ port: 0, log: null, ...options });
  started.push(server);
  return server;
};
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(started.splice(0).map((s) => s.close()));
});

const body = JSON.stringify({
  achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
  jurisdiction: '350112',
  date: '2024-06-01',
});
const head = `POST /v1/evaluate HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startServer: where it listens', () => {
  it('port 0 picks a free port; the URL names the loopback interface and that port', async () => {
    const server = await start();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
  it('an IPv6 interface is written in brackets in the URL', async () => {
    const server = await start({ host: '::1' });
    expect(server.url).toBe(`http://[::1]:${server.port}`);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
  it('a port already in use: the start fails with the listen error', async () => {
    const first = await start();
    await expect(start({ port: first.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('startServer: limits', () => {
  it('a limit given overrides its default', async () => {
    const server = await start({ limits: { jsonBodyBytes: 100 } });
    const res = await fetch(`${server.url}/v1/evaluate`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { detail: string }).detail).toContain('100');
  });
});

describe('startServer: the access log', () => {
  it('by default on stderr, one line per exchange', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const server = await startServer({ port: 0 });
    started.push(server);
    await (await fetch(`${server.url}/healthz`)).text();
    await vi.waitFor(() => expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/"GET \/healthz" 200 /)), {
      timeout: 10_000,
    });
  });
  it('log: null writes nothing', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const server = await start({ log: null });
    await (await fetch(`${server.url}/healthz`)).text();
    await tick(50);
    expect(stderr).not.toHaveBeenCalled();
  });
});

describe('startServer: a request line that is not HTTP', () => {
  it('is answered a bare 400 and the connection closed, never a stack trace', async () => {
    const server = await start();
    const socket = await openSocket(server.url);
    const answer = readUntilClosed(socket);
    socket.write('NOT HTTP AT ALL\r\n\r\n');
    expect(await answer).toBe('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
});

describe('close(): a graceful shutdown', () => {
  it('a request in flight is still answered, told to close its connection, and close resolves after it', async () => {
    const server = await start();
    const socket = await openSocket(server.url);
    const answer = readUntilClosed(socket);
    socket.write(head + body.slice(0, 20));
    await tick(100); // the headers are read: the request is in flight
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);
    socket.write(body.slice(20));
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    await closing;
  });
  it('an idle keep-alive connection does not hold it up', async () => {
    const server = await start({ limits: { keepAliveTimeoutMs: 60_000 } });
    const socket = await openSocket(server.url);
    const answer = readUntilClosed(socket);
    socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
    await vi.waitFor(() => expect(socket.bytesRead).toBeGreaterThan(0), { timeout: 10_000 });
    await server.close();
    expect(await answer).toMatch(/^HTTP\/1\.1 200 /);
  });
  it('a connection still open after the grace period is cut', async () => {
    const server = await start({
      limits: { shutdownGraceMs: 100, bodyIdleTimeoutMs: 60_000, requestTimeoutMs: 60_000 },
    });
    const socket = await openSocket(server.url);
    const answer = readUntilClosed(socket);
    socket.write(head + body.slice(0, 20));
    await tick(100);
    await server.close();
    expect(await answer).toBe('');
  });
  it('called twice: the same shutdown', async () => {
    const server = await start();
    expect(server.close()).toBe(server.close());
  });
});

describe('startServer: the version the OpenAPI document carries', () => {
  it('none given → 0.0.0', async () => {
    const server = await start();
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { info: { version: string } };
    expect(doc.info.version).toBe('0.0.0');
  });
});

/** Reads from a raw connection until `done(text so far)` holds. */
function readUntil(socket: Socket, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (done(text)) {
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
  });
}

describe('startServer: connections kept alive', () => {
  it('while it runs, one connection carries one request after another', async () => {
    const server = await start();
    const socket = await openSocket(server.url);
    const get = 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n';
    socket.write(get);
    const first = await readUntil(socket, (t) => t.endsWith('{"status":"ok"}'));
    expect(first).toMatch(/\r\nconnection: keep-alive\r\n/i);
    socket.write(get);
    expect(await readUntil(socket, (t) => t.endsWith('{"status":"ok"}'))).toMatch(/^HTTP\/1\.1 200 /);
    socket.destroy();
  });
  it('an idle connection is closed after the keep-alive time given', async () => {
    const server = await start({ limits: { keepAliveTimeoutMs: 200 } });
    const socket = await openSocket(server.url);
    const answer = readUntilClosed(socket);
    socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
    // Node's own default is 5 s (and it waits a second more): closed well before, the limit given is in force.
    const closedIn = await Promise.race([answer.then(() => 'closed'), tick(4_000).then(() => 'still open')]);
    expect(closedIn).toBe('closed');
  });
});

describe('close(): an answer already under way when the shutdown starts', () => {
  const batchHead =
    'POST /v1/batch HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-ndjson\r\ntransfer-encoding: chunked\r\n\r\n';
  const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
  it('is finished; then its connection is closed at once, and close resolves without waiting for the keep-alive time', async () => {
    const server = await start({ limits: { keepAliveTimeoutMs: 60_000, shutdownGraceMs: 60_000 } });
    const socket = await openSocket(server.url);
    const all = readUntilClosed(socket);
    const started = readUntil(socket, (t) => t.includes('"ok":true'));
    socket.write(batchHead + chunk(`${body}\n`));
    await started; // the answer's head and first line are out: it can no longer ask to close the connection
    const closing = server.close();
    socket.write(chunk(`${body}\n`) + '0\r\n\r\n');
    const outcome = await Promise.race([closing.then(() => 'closed'), tick(4_000).then(() => 'still waiting')]);
    expect(outcome).toBe('closed');
    const text = await all;
    expect(text.match(/"ok":true/g)).toHaveLength(2);
  });
  it('a request sent behind it on the same connection is answered, told to close the connection', async () => {
    const server = await start({ limits: { keepAliveTimeoutMs: 60_000, shutdownGraceMs: 60_000 } });
    const socket = await openSocket(server.url);
    const all = readUntilClosed(socket);
    const started = readUntil(socket, (t) => t.includes('"ok":true'));
    socket.write(batchHead + chunk(`${body}\n`));
    await started;
    const closing = server.close();
    socket.write(chunk(`${body}\n`) + '0\r\n\r\n' + 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
    const text = await all;
    await closing;
    const second = text.slice(text.lastIndexOf('HTTP/1.1 '));
    expect(second).toMatch(/^HTTP\/1\.1 200 /);
    expect(second).toMatch(/\r\nconnection: close\r\n/i);
  });
});
