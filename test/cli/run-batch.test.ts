import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { LineChunk } from '../../src/cli/batch/chunk.js';
import { csvHeader } from '../../src/cli/batch/csvRows.js';
import { progressLine, type ProgressState } from '../../src/cli/batch/progress.js';
import { readLines } from '../../src/cli/batch/readLines.js';
import { runBatch } from '../../src/cli/batch/runBatch.js';
import type { ChunkRunner } from '../../src/cli/batch/workerPool.js';

/** runBatch, readLines and the progress line with a recording runner: how lines are cut into chunks and counted. */
function recording(text: (chunk: LineChunk) => string = (c) => c.lines.map(([n]) => `${n}\n`).join('')) {
  const chunks: LineChunk[] = [];
  const runner: ChunkRunner = {
    run: async (chunk) => {
      chunks.push(chunk);
      const failed = chunk.lines.filter(([, l]) => l === 'bad').length;
      return { seq: chunk.seq, text: text(chunk), lines: chunk.lines.length, failed, paidFen: '9007199254740993' };
    },
    close: async () => {},
  };
  return { chunks, runner };
}
function sink() {
  const writes: string[] = [];
  const output = new Writable({ write: (c, _e, done) => (writes.push(String(c)), done()) });
  return { writes, output };
}
const input = (n: number, line = (i: number) => `l${i}`) =>
  Readable.from([Array.from({ length: n }, (_, i) => line(i)).join('\n')]);

describe('chunks of 256 lines', () => {
  it('numbered from 1 across chunks, seq from 0, the last chunk short; the format and readings on each', async () => {
    const { chunks, runner } = recording();
    const { output } = sink();
    const readings = { 'zhengzhou.art3.cqa': 'alternative' };
    await runBatch({ input: input(600), output, format: 'csv', runner, threads: 1, readings });
    expect(chunks.map((c) => [c.seq, c.lines.length, c.lines[0]?.[0], c.lines.at(-1)?.[1]])).toEqual([
      [0, 256, 1, 'l255'],
      [1, 256, 257, 'l511'],
      [2, 88, 513, 'l599'],
    ]);
    expect(chunks.map((c) => [c.format, c.readings])).toEqual([
      ['csv', readings],
      ['csv', readings],
      ['csv', readings],
    ]);
  });
  it('exactly 256 lines: one chunk, no empty one after it; no readings: none on the chunk', async () => {
    const { chunks, runner } = recording();
    const { output } = sink();
    await runBatch({ input: input(256), output, format: 'ndjson', runner, threads: 1 });
    expect(chunks.map((c) => c.lines.length)).toEqual([256]);
    expect('readings' in (chunks[0] as object)).toBe(false);
  });
  it('an empty input: no chunk, nothing written, zero counts', async () => {
    const { chunks, runner } = recording();
    const { writes, output } = sink();
    const summary = await runBatch({ input: Readable.from([]), output, format: 'ndjson', runner, threads: 1 });
    expect([chunks, writes, summary]).toEqual([[], [], { lines: 0, ok: 0, failed: 0, paidFen: 0n }]);
  });
});

describe('what is written and counted', () => {
  it('CSV: the header once, first; NDJSON: no header', async () => {
    const csv = sink();
    await runBatch({ input: input(2), output: csv.output, format: 'csv', runner: recording().runner, threads: 1 });
    expect(csv.writes).toEqual([csvHeader(), '1\n2\n']);
    const nd = sink();
    await runBatch({ input: input(2), output: nd.output, format: 'ndjson', runner: recording().runner, threads: 1 });
    expect(nd.writes).toEqual(['1\n2\n']);
  });
  it('a chunk with nothing to write writes nothing', async () => {
    const { writes, output } = sink();
    await runBatch({ input: input(3), output, format: 'ndjson', runner: recording(() => '').runner, threads: 1 });
    expect(writes).toEqual([]);
  });
  it('lines, failed and ok summed over chunks; the sum paid in 分 beyond 2^53, exact', async () => {
    const { output } = sink();
    const summary = await runBatch({
      input: input(300, (i) => (i % 100 === 0 ? 'bad' : 'ok')),
      output,
      format: 'ndjson',
      runner: recording().runner,
      threads: 1,
    });
    expect(summary).toEqual({ lines: 300, ok: 297, failed: 3, paidFen: 2n * 9007199254740993n });
  });
  it('progress after each chunk written: lines done, bytes read, the size given', async () => {
    const states: ProgressState[] = [];
    const { output } = sink();
    const text = Array.from({ length: 300 }, () => 'x').join('\n');
    await runBatch({
      input: Readable.from([text]),
      output,
      format: 'ndjson',
      runner: recording().runner,
      threads: 1,
      totalBytes: 1234,
      onProgress: (s) => states.push({ ...s }),
    });
    expect(states).toEqual([
      { lines: 256, bytes: text.length, totalBytes: 1234 },
      { lines: 300, bytes: text.length, totalBytes: 1234 },
    ]);
  });
  it('no threads asked is one thread’s worth in flight, not none', async () => {
    const { output } = sink();
    const summary = await runBatch({
      input: input(2000),
      output,
      format: 'ndjson',
      runner: recording().runner,
      threads: 0,
    });
    expect(summary.lines).toBe(2000);
  });
});

describe('in flight: at most 4 chunks per thread', () => {
  it('reading waits for the oldest chunk once 4 × threads are pending', async () => {
    for (const threads of [1, 2]) {
      let pending = 0;
      let most = 0;
      const runner: ChunkRunner = {
        run: (chunk) => {
          pending += 1;
          most = Math.max(most, pending);
          return new Promise((resolve) =>
            setTimeout(() => {
              pending -= 1;
              resolve({ seq: chunk.seq, text: '', lines: chunk.lines.length, failed: 0, paidFen: '0' });
            }, 1),
          );
        },
        close: async () => {},
      };
      await runBatch({ input: input(256 * 20), output: sink().output, format: 'ndjson', runner, threads });
      expect([threads, most]).toEqual([threads, 4 * threads]);
    }
  });
});

describe('readLines', () => {
  const collect = async (chunks: (string | Buffer)[], onBytes?: (n: number) => void) => {
    const out: string[] = [];
    for await (const line of readLines(Readable.from(chunks), onBytes)) out.push(line);
    return out;
  };
  it('string chunks are counted in UTF-8 bytes', async () => {
    const bytes: number[] = [];
    expect(await collect(['长\n', 'ab'], (n) => bytes.push(n))).toEqual(['长', 'ab']);
    expect(bytes).toEqual([4, 2]);
  });
  it('a last line ending in \\r loses it; an input ending in a newline gives no empty last line', async () => {
    expect(await collect(['a\r\nbc\r'])).toEqual(['a', 'bc']);
    expect(await collect(['a\n'])).toEqual(['a']);
    expect(await collect(['a\r\n\r\n'])).toEqual(['a', '']);
  });
  it('a character cut off at the end is flushed as a replacement character, not dropped', async () => {
    expect(await collect([Buffer.from('长').subarray(0, 2)])).toEqual(['\ufffd']);
  });
});

describe('progress line', () => {
  function terminal() {
    const chunks: string[] = [];
    const stream = Object.assign(new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }), {
      isTTY: true,
    });
    return { stream, chunks };
  }
  it('redrawn when 250 ms have passed since the last, not sooner', () => {
    const { stream, chunks } = terminal();
    let now = 1000;
    const progress = progressLine(stream, 0, () => now);
    progress.update({ lines: 1, bytes: 0, totalBytes: undefined });
    now = 1249;
    progress.update({ lines: 2, bytes: 0, totalBytes: undefined });
    now = 1250;
    progress.update({ lines: 3, bytes: 0, totalBytes: undefined });
    expect(chunks).toEqual(['\r\x1b[K1 lines · 1 lines/s', '\r\x1b[K3 lines · 2 lines/s']);
  });
  it('at the start instant the rate is taken over a millisecond; no ETA before a byte is read or without a size', () => {
    const { stream, chunks } = terminal();
    let now = 5000;
    const progress = progressLine(stream, 5000, () => now);
    progress.update({ lines: 2, bytes: 0, totalBytes: 100 });
    now = 6000;
    progress.update({ lines: 2, bytes: 10, totalBytes: 0 });
    expect(chunks).toEqual(['\r\x1b[K2 lines · 2000 lines/s', '\r\x1b[K2 lines · 2 lines/s']);
  });
  it('more bytes read than the size said: ETA 0s, never negative', () => {
    const { stream, chunks } = terminal();
    const progress = progressLine(stream, 0, () => 1000);
    progress.update({ lines: 5, bytes: 200, totalBytes: 100 });
    expect(chunks).toEqual(['\r\x1b[K5 lines · 5 lines/s · ETA 0s']);
  });
  it('nothing shown: nothing to clear', () => {
    const { stream, chunks } = terminal();
    const progress = progressLine(stream, 0, () => 100);
    progress.update({ lines: 5, bytes: 1, totalBytes: 10 });
    progress.clear();
    expect(chunks).toEqual([]);
  });
});
