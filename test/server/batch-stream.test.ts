import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { handleBatch } from '../../src/server/batchRoute.js';
import { ProblemError } from '../../src/server/problem.js';
import type { RequestContext } from '../../src/server/router.js';
import { DEFAULT_SERVER_LIMITS, type ServerLimits } from '../../src/server/serverLimits.js';

/**
 * `/v1/batch`'s handler driven by stand-ins for the request and the answer, so that what a socket decides
 * (how a body is cut into chunks, when a slow client has read enough, when it goes away) is decided by the
 * test, at once and always the same way.
 */

/** The answer: records what is written; `roomy: false` plays a client that reads slowly (write() says wait). */
class FakeResponse extends EventEmitter {
  readonly writes: string[] = [];
  roomy = true;
  destroyed = false;
  ended = false;
  status = 0;
  writeHead(status: number) {
    this.status = status;
    return this;
  }
  write(text: string) {
    this.writes.push(text);
    return this.roomy;
  }
  end() {
    this.ended = true;
    return this;
  }
  /** The client goes away. */
  goAway() {
    this.destroyed = true;
    this.emit('close');
  }
}

/** The request: yields the chunks given, each after the gate before it (if any) opens. */
function fakeRequest(chunks: string[], gates: (Promise<unknown> | undefined)[] = []) {
  const destroy = vi.fn();
  const req = {
    headers: { 'content-type': 'application/x-ndjson' },
    destroy,
    async *[Symbol.asyncIterator]() {
      for (const [i, chunk] of chunks.entries()) {
        await gates[i];
        yield Buffer.from(chunk);
      }
    },
  };
  return { req, destroy };
}

function run(req: unknown, res: FakeResponse, limits: Partial<ServerLimits> = {}) {
  return handleBatch({
    req: req as IncomingMessage,
    res: res as unknown as ServerResponse,
    limits: { ...DEFAULT_SERVER_LIMITS, ...limits },
    url: new URL('http://service/v1/batch'),
    params: {},
    language: 'en',
  } satisfies RequestContext);
}

const line = (id: number) =>
  `${JSON.stringify({
    id,
    achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
    jurisdiction: '350112',
    date: '2024-06-01',
  })}\n`;
const answers = (res: FakeResponse) =>
  res.writes
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { line: number; id?: number; ok: boolean; issues?: { message: { en: string } }[] });
/** Lets the handler run until it waits on something only the test can give. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('POST /v1/batch: turns — a long body lets other requests run', () => {
  it('answers are evaluated and written 64 lines at a time, then what is left of the chunk', async () => {
    const res = new FakeResponse();
    const ids = Array.from({ length: 130 }, (_, i) => i + 1);
    await run(fakeRequest([ids.map(line).join('')]).req, res);
    expect(res.writes.map((text) => text.split('\n').length - 1)).toEqual([64, 64, 2]);
    expect(answers(res).map((a) => a.id)).toEqual(ids);
    expect([res.status, res.ended]).toEqual([200, true]);
  });
  it('blank lines have no answer and write nothing, so they never wait on the reader', async () => {
    const res = Object.assign(new FakeResponse(), { roomy: false });
    await run(fakeRequest(['\n  \n', '\n']).req, res);
    expect(res.writes).toEqual([]);
    expect(res.ended).toBe(true);
  });
});

describe('POST /v1/batch: a slow reader (backpressure)', () => {
  it('no more is evaluated until the client has read what was written; then the batch goes on', async () => {
    const res = Object.assign(new FakeResponse(), { roomy: false });
    const done = run(fakeRequest([line(1), line(2)]).req, res);
    await settle();
    expect(answers(res).map((a) => a.id)).toEqual([1]);
    res.emit('drain');
    await settle();
    expect(answers(res).map((a) => a.id)).toEqual([1, 2]);
    res.emit('drain');
    await done;
    expect(res.ended).toBe(true);
  });
  it('waiting leaves no listener behind on the answer, however often it waits', async () => {
    const res = Object.assign(new FakeResponse(), { roomy: false });
    const done = run(fakeRequest([line(1), line(2), line(3)]).req, res);
    for (let i = 0; i < 3; i += 1) {
      await settle();
      res.emit('drain');
    }
    await done;
    expect([res.listenerCount('drain'), res.listenerCount('close')]).toEqual([0, 0]);
  });
  it('a client that goes away while answers wait: the batch stops, and nothing more is read or written', async () => {
    const res = Object.assign(new FakeResponse(), { roomy: false });
    let secondAsked = false;
    const later = new Promise((resolve) => setTimeout(resolve, 40)).then(() => (secondAsked = true));
    const done = run(fakeRequest([line(1), line(2)], [undefined, later]).req, res);
    await settle();
    res.goAway();
    await done;
    expect(answers(res).map((a) => a.id)).toEqual([1]);
    expect(secondAsked).toBe(false);
  });
});

describe('POST /v1/batch: the body limit', () => {
  it('a body of exactly the limit is read whole', async () => {
    const body = line(1) + line(2);
    const res = new FakeResponse();
    await run(fakeRequest([line(1), line(2)]).req, res, { batchBodyBytes: Buffer.byteLength(body) });
    expect(answers(res).map((a) => [a.id, a.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
  });
  it('a line cut by the limit is answered once, by the line that stops the batch', async () => {
    const res = new FakeResponse();
    const second = line(2);
    const chunks = [line(1), second.slice(0, 30), second.slice(30)];
    await run(fakeRequest(chunks).req, res, { batchBodyBytes: Buffer.byteLength(line(1)) + 40 });
    expect(answers(res).map((a) => [a.line, a.ok, a.issues?.[0]?.message.en])).toEqual([
      [1, true, undefined],
      [2, false, `(input): value not allowed (body over ${Buffer.byteLength(line(1)) + 40} bytes; batch stopped)`],
    ]);
  });
});

describe('POST /v1/batch: the idle timer', () => {
  it('a client that stops sending is cut with a 408 after the idle time', async () => {
    const { req, destroy } = fakeRequest([line(1), line(2)], [undefined, new Promise(() => {})]);
    void run(req, new FakeResponse(), { bodyIdleTimeoutMs: 20 });
    await vi.waitFor(() => expect(destroy).toHaveBeenCalledWith(expect.any(ProblemError)));
    expect((destroy.mock.calls[0]![0] as ProblemError).status).toBe(408);
  });
  it('once the batch has ended, the idle timer is gone: nothing cuts the request afterwards', async () => {
    const { req, destroy } = fakeRequest([line(1)]);
    await run(req, new FakeResponse(), { bodyIdleTimeoutMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(destroy).not.toHaveBeenCalled();
  });
});
