import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSocket, readUntilClosed } from '../support/rawHttp.js';
import { startTestService, type TestService } from '../support/runningService.js';

/**
 * `/v1/batch` at small limits, its body sent piece by piece on a raw connection (chunked). The idle time is
 * well above the pause between pieces: on a busy machine, 300 ms once cut a body that was still coming.
 */
let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService({ limits: { batchLineBytes: 300, batchBodyBytes: 1500, bodyIdleTimeoutMs: 1500 } });
});
afterEach(() => service.close());

const line = (id: number) =>
  JSON.stringify({
    id,
    achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
    jurisdiction: '350112',
    date: '2024-06-01',
  });
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the pieces as chunks, a little apart, then ends the body (unless `end` is false); returns the answer lines. */
async function batch(
  pieces: string[],
  end = true,
): Promise<{ line: number; id?: number; ok: boolean; issues?: unknown }[]> {
  const socket = await openSocket(service.url);
  const answer = readUntilClosed(socket);
  socket.write(
    'POST /v1/batch HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/x-ndjson\r\ntransfer-encoding: chunked\r\n\r\n',
  );
  for (const piece of pieces) {
    socket.write(`${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`);
    await tick(20);
  }
  if (end) socket.write('0\r\n\r\n');
  const text = await answer;
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { line: number; ok: boolean });
}

const tooLong = (detail: string) => [
  {
    code: 'invalid_value',
    path: [],
    message: { zh: `(input)：取值不在允许范围内（${detail}）`, en: `(input): value not allowed (${detail})` },
  },
];

describe('POST /v1/batch: lines across chunks', () => {
  it('a line split over several chunks is put back together', async () => {
    const l = line(1);
    const out = await batch([
      l.slice(0, 40),
      l.slice(40, 90),
      `${l.slice(90)}\n${line(2).slice(0, 10)}`,
      `${line(2).slice(10)}\n`,
    ]);
    expect(out.map((a) => [a.line, a.id, a.ok])).toEqual([
      [1, 1, true],
      [2, 2, true],
    ]);
  });
  it('a last line without a newline is answered', async () => {
    const out = await batch([`${line(1)}\n`, line(2)]);
    expect(out.map((a) => [a.line, a.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
  });
});

describe('POST /v1/batch: limits', () => {
  it('a line growing over the line limit across chunks is an error line naming the limit; the next line is answered', async () => {
    const out = await batch(['x'.repeat(200), 'x'.repeat(200), `x\n${line(2)}\n`]);
    expect(out).toEqual([
      { line: 1, ok: false, issues: tooLong('line over 300 bytes') },
      expect.objectContaining({ line: 2, ok: true }),
    ]);
  });
  it('a last line over the limit, without a newline, is an error line too', async () => {
    const out = await batch([`${line(1)}\n`, 'x'.repeat(200), 'x'.repeat(200)]);
    expect(out.map((a) => [a.line, a.ok])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
  it('a pending part of exactly the line limit is still a line', async () => {
    const out = await batch([' '.repeat(300 - line(1).length) + line(1), '\n']);
    expect(out.map((a) => [a.line, a.ok])).toEqual([[1, true]]);
  });
  // This once crashed the service: the stopped request had let go of its socket when the access log read it.
  it('a body growing over the body limit: what came before is answered, then one error line, and the batch stops', async () => {
    const pieces = Array.from({ length: 12 }, (_, i) => `${line(i + 1)}\n`);
    const out = await batch(pieces);
    const last = out.at(-1)!;
    expect(last).toEqual({ line: out.length, ok: false, issues: tooLong('body over 1500 bytes; batch stopped') });
    expect(out.slice(0, -1).every((a) => a.ok)).toBe(true);
    expect(out.length).toBeLessThan(12);
    expect(Buffer.byteLength(pieces.slice(0, out.length - 1).join(''))).toBeLessThanOrEqual(1500);
    expect(Buffer.byteLength(pieces.slice(0, out.length).join(''))).toBeGreaterThan(1500);
    await expect.poll(() => service.logLines.some((l) => /^- "POST \/v1\/batch" 200 \d+B/.test(l))).toBe(true);
  });
  it('a client that stops sending: after the idle time the answer ends, with the lines that came', async () => {
    const out = await batch([`${line(1)}\n`], false);
    expect(out.map((a) => [a.line, a.ok])).toEqual([[1, true]]);
  });
});
