import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/runCli.js';
import { collectingStream } from '../support/collectingStream.js';
import { cli } from '../support/runCliInProcess.js';

/**
 * `quality-rewards batch`: its defaults, its summary and its failures. 长乐 三(二)1 中国质量奖 → 200万元;
 * 郑州 第12条 国家下拨 100.05元 → 配套 100.05元 (1:1).
 */
const dir = mkdtempSync(join(tmpdir(), 'qr-batch-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const line = (id: string) => JSON.stringify({ id, achievement: cqa, jurisdiction: 'changle', date: '2024-06-01' });
const matching = JSON.stringify({
  achievement: { kind: 'standardization_research_project', stateFunding: '100.05', obtainedOn: '2024-05-10' },
  jurisdiction: 'zhengzhou',
  date: '2024-06-01',
});

/** The CLI with a terminal on stderr (where the progress line is drawn). */
async function onTerminal(args: readonly string[], stdin: string) {
  const stdout = new PassThrough();
  const stderr = Object.assign(collectingStream(), { isTTY: true });
  stdout.resume();
  const io: CliIo = { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: {} };
  const code = await runCli(args, io, { version: () => '0' });
  return { code, err: stderr.text() };
}

describe('defaults', { timeout: 60_000 }, () => {
  it('without --workers (one per core) and --format: NDJSON lines', async () => {
    const r = await cli(['batch'], `${line('A')}\n${line('B')}\n`);
    expect([
      r.code,
      r.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ]).toEqual([0, ['A', 'B']]);
  });
});

describe('the summary on stderr', { timeout: 60_000 }, () => {
  it('the total paid in 元 with its 分, two digits', async () => {
    const r = await cli(['batch', '-w', '1'], `${matching}\n${line('A')}\n`);
    expect(r.err).toBe('批量 batch: 2 行 lines · 2 成功 ok · 0 失败 failed · 合计支付 total paid 2000100.05 元 yuan\n');
  });
});

describe('the progress line on a terminal', { timeout: 60_000 }, () => {
  it('drawn while the batch runs, cleared before the summary', async () => {
    const r = await onTerminal(['batch', '-w', '1'], `${line('A')}\n`);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^\r\x1b\[K1 lines · \d+ lines\/s\r\x1b\[K批量 batch: 1 行 lines/);
  });
  it('with the time left when the input is a file of known size', async () => {
    const file = join(dir, 'one.ndjson');
    writeFileSync(file, `${line('A')}\n`);
    const r = await onTerminal(['batch', file, '-w', '1'], '');
    expect(r.err).toMatch(/^\r\x1b\[K1 lines · \d+ lines\/s · ETA 0s\r\x1b\[K批量/);
  });
});

describe('an input that cannot be read', { timeout: 60_000 }, () => {
  it('a folder: exit 1, one line with the reason', async () => {
    expect(await cli(['batch', dir, '-w', '1'])).toEqual({
      code: 1,
      out: '',
      err: 'quality-rewards batch: cannot read or write: is a directory\n',
    });
  });
});

describe('an output that was closed', { timeout: 60_000 }, () => {
  it('is not reported as a file that cannot be read or written: an unexpected error, exit 1', async () => {
    const stdout = new PassThrough();
    stdout.destroy();
    const stderr = collectingStream();
    const io: CliIo = { stdin: Readable.from([Buffer.from(`${line('A')}\n`)]), stdout, stderr, env: {} };
    const code = await runCli(['batch', '-w', '1'], io, { version: () => '0' });
    expect([code, stderr.text()]).toEqual([
      1,
      'quality-rewards batch: unexpected error: the output was closed (run with --debug for details)\n',
    ]);
  });
});
