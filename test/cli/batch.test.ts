import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/batch/progress.js';
import { readLines } from '../../src/cli/batch/readLines.js';
import { runBatch } from '../../src/cli/batch/runBatch.js';
import type { ChunkRunner } from '../../src/cli/batch/workerPool.js';
import { cli } from '../support/runCliInProcess.js';

/** 中国质量奖 for applicant `id` in a jurisdiction: 长乐 三(二)1 → 200万元, 郑州 第3条 → 500万元. */
function request(id: string, jurisdiction: string) {
  const achievement = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
  return JSON.stringify({ id, achievements: [achievement], jurisdiction, date: '2024-06-01' });
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('reading NDJSON lines', { timeout: 60_000 }, () => {
  it('splits on \\n and \\r\\n, keeps a last line without newline, and a character split across chunks', async () => {
    const bytes = Buffer.from('{"a":"长"}\r\n\n{"b":1}\n{"c":"乐"}');
    const cut = bytes.indexOf(Buffer.from('乐')) + 1;
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, cut), bytes.subarray(cut)];
    expect(await collect(readLines(Readable.from(chunks)))).toEqual(['{"a":"长"}', '', '{"b":1}', '{"c":"乐"}']);
  });
});

describe('batch ordering and backpressure', { timeout: 60_000 }, () => {
  it('writes chunks in input order even when they finish out of order', async () => {
    const input = Readable.from([Array.from({ length: 1000 }, (_, i) => `l${i}`).join('\n')]);
    let out = '';
    const output = new Writable({ write: (c, _e, done) => ((out += String(c)), done()) });
    // Each chunk finishes after a delay that makes later chunks overtake earlier ones.
    const runner: ChunkRunner = {
      run: (chunk) =>
        new Promise((resolve) =>
          setTimeout(
            () =>
              resolve({
                seq: chunk.seq,
                text: chunk.lines.map(([n, l]) => `${n}:${l}\n`).join(''),
                lines: chunk.lines.length,
                failed: 0,
                paidFen: '1',
              }),
            (5 - chunk.seq) * 3,
          ),
        ),
      close: async () => {},
    };
    const summary = await runBatch({ input, output, format: 'ndjson', runner, threads: 2 });
    expect(out.trimEnd().split('\n')).toEqual(Array.from({ length: 1000 }, (_, i) => `${i + 1}:l${i}`));
    expect(summary).toEqual({ lines: 1000, ok: 1000, failed: 0, paidFen: 4n });
  });

  it('reads no further ahead than the chunks in flight while the output is slow', async () => {
    let produced = 0;
    let maxAhead = 0;
    let written = 0;
    const input = new Readable({
      highWaterMark: 1024,
      read() {
        if (produced === 50_000) return void this.push(null);
        produced += 1;
        this.push(`x\n`);
      },
    });
    const output = new Writable({
      highWaterMark: 1024,
      write(c, _e, done) {
        written += String(c).split('\n').length - 1;
        maxAhead = Math.max(maxAhead, produced - written);
        setImmediate(done);
      },
    });
    const runner: ChunkRunner = {
      run: async (chunk) => ({
        seq: chunk.seq,
        text: 'y\n'.repeat(chunk.lines.length),
        lines: chunk.lines.length,
        failed: 0,
        paidFen: '0',
      }),
      close: async () => {},
    };
    await runBatch({ input, output, format: 'ndjson', runner, threads: 1 });
    await new Promise((resolve) => output.end(resolve));
    expect(written).toBe(50_000);
    // 4 chunks of 256 lines in flight, plus what the streams' 1 kB buffers hold.
    expect(maxAhead).toBeLessThan(4 * 256 + 2 * 1024);
  });
});

describe('quality-rewards batch', { timeout: 60_000 }, () => {
  const lines = [
    request('A-1', 'changle'),
    '',
    request('A-2', 'zhengzhou'),
    '{"id":"A-3", not json',
    JSON.stringify({
      id: 'A-4',
      achievement: { kind: 'nobel_prize', obtainedOn: '2024-01-01' },
      jurisdiction: 'changle',
      date: '2024-06-01',
    }),
    request('A-5', 'zhengzhou'),
  ].join('\n');

  it('one output line per request in input order, with id and line number; bad lines reported and skipped', async () => {
    const r = await cli(['batch', '--workers', '1'], lines);
    const out = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.id, o.ok])).toEqual([
      [1, 'A-1', true],
      [3, 'A-2', true],
      [4, undefined, false],
      [5, 'A-4', false],
      [6, 'A-5', true],
    ]);
    expect(out.map((o) => o.result?.total.text ?? o.issues.map((i: { code: string }) => i.code).join())).toEqual([
      '200万元',
      '500万元',
      'invalid_type',
      'unknown_achievement_kind',
      '500万元',
    ]);
    expect(out[3].issues[0].path).toEqual(['achievement', 'kind']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      '批量 batch: 5 行 lines · 3 成功 ok · 2 失败 failed · 合计支付 total paid 12000000.00 元 yuan\n',
    );
  });

  it('exits 0 when every line is evaluated', async () => {
    const r = await cli(['batch', '-', '-w', '1'], `${request('B', 'changle')}\n`);
    expect(r.code).toBe(0);
  });

  it('--format csv: a header, then one row per award or not-paid line, errors as rows', async () => {
    const r = await cli(['batch', '--format=csv', '-w', '1'], lines);
    const rows = r.out
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe(
      'line,id,row,jurisdiction,policyId,achievementIndex,achievementId,ruleId,clause,code,amountFen,amountYuan,field,zh,en',
    );
    expect(rows[1]).toMatch(/^1,A-1,paid,350112,changle-2020,0,,[^,]+,三\(二\)1,,200000000,2000000\.00,/);
    expect(rows.filter((row) => row.split(',')[2] === 'error').map((row) => row.split(',').slice(0, 3))).toEqual([
      ['4', '', 'error'],
      ['5', 'A-4', 'error'],
    ]);
  });

  it('usage errors: a bad --workers or --format exits 2', async () => {
    expect((await cli(['batch', '-w', '0'], '')).code).toBe(2);
    expect((await cli(['batch', '--format', 'xlsx'], '')).code).toBe(2);
  });
  it.each([
    [['-w', '0'], "--workers expects a whole number from 1 to 256, not '0'"],
    [['-w', '257'], "--workers expects a whole number from 1 to 256, not '257'"],
    [['-w', '1.5'], "--workers expects a whole number from 1 to 256, not '1.5'"],
    [['-w', 'two'], "--workers expects a whole number from 1 to 256, not 'two'"],
    [['-f', 'xlsx'], "--format expects ndjson or csv, not 'xlsx'"],
  ])('batch %j: %s', async (argv, message) => {
    expect(await cli(['batch', ...argv], '')).toMatchObject({ code: 2, err: `quality-rewards batch: ${message}\n` });
  });
  it('no file and a terminal on stdin: a usage error saying how to give input', async () => {
    expect(await cli(['batch'], null)).toMatchObject({
      code: 2,
      err: 'quality-rewards batch: missing input: name an NDJSON file, or pipe it into stdin (or give - )\n',
    });
  });
  it('a file that cannot be read: exit 1 naming it', async () => {
    expect(await cli(['batch', 'no-such.ndjson'], null)).toMatchObject({
      code: 1,
      err: 'quality-rewards batch: cannot read no-such.ndjson: no such file or directory\n',
    });
  });
  it('a file is read; 256 workers is the most allowed; the summary counts its lines', async () => {
    const r = await cli(['batch', 'examples/batch.ndjson', '-w', '256', '--format', 'ndjson']);
    expect(r.err).toMatch(
      /^批量 batch: \d+ 行 lines · \d+ 成功 ok · 0 失败 failed · 合计支付 total paid \d+\.\d\d 元 yuan\n$/,
    );
    expect(r.code).toBe(0);
  });
});

describe('batch progress line', () => {
  function stderr(isTTY: boolean) {
    const chunks: string[] = [];
    const stream = Object.assign(new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }), { isTTY });
    return { stream, chunks };
  }

  it('on a terminal: lines, lines/s and the time left when the size is known; cleared at the end', () => {
    const { stream, chunks } = stderr(true);
    let now = 0;
    const progress = progressLine(stream, 0, () => now);
    now = 2000;
    progress.update({ lines: 1000, bytes: 250, totalBytes: 1000 });
    now = 2100;
    progress.update({ lines: 1100, bytes: 300, totalBytes: 1000 });
    progress.clear();
    expect(chunks).toEqual(['\r\x1b[K1000 lines · 500 lines/s · ETA 6s', '\r\x1b[K']);
  });

  it('not a terminal: nothing', () => {
    const { stream, chunks } = stderr(false);
    const progress = progressLine(stream, 0, () => 5000);
    progress.update({ lines: 10, bytes: 1, totalBytes: undefined });
    progress.clear();
    expect(chunks).toEqual([]);
  });
});
