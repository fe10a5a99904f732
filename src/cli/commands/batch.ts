import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { type BatchSummary, runBatch } from '../batch/runBatch.js';
import type { BatchFormat } from '../batch/chunk.js';
import { progressLine } from '../batch/progress.js';
import { inlineRunner, workerRunner } from '../batch/workerPool.js';
import { CliFailure, usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { type CliIo, write } from '../io.js';
import { onePositional, parseOptions } from '../parseOptions.js';
import { describeIoError } from '../readInput.js';
import { readingsFromFlags } from '../readingFlags.js';

/** `batch`: NDJSON requests in, one result line per request out, on every core. */
export const command: Command = {
  name: 'batch',
  summary: '批量计算：NDJSON 每行一个申报主体 / many applicants: NDJSON in, NDJSON or CSV out',
  usage: `Usage: quality-rewards batch [file.ndjson|-] [--workers <n>] [--format ndjson|csv] [--reading <id>=alternative]…

  每行一个请求（NDJSON），每个请求一个申报主体；按输入顺序每行输出一个结果。
  One request per line (NDJSON), one applicant per request:
    { "id"?, "achievements" | "achievement", "jurisdiction", "date", "options"? }
  One output line per request, in input order, with the request's id and line number:
    { "line", "id"?, "ok": true, "result" }  or  { "line", "id"?, "ok": false, "issues" }
  A bad line becomes an error line (the library's issue codes) and the batch goes on; blank lines are
  skipped. Streams with backpressure: memory stays flat on any input size.
  A summary (lines, ok, failed, total paid) goes to stderr; a progress line too when stderr is a terminal.
  Exit status 0 when every line was evaluated, 1 when any line failed.

  file                  NDJSON; "-" or a pipe reads stdin
  -w, --workers <n>     worker threads (default: the number of cores, here ${availableParallelism()});
                        1 evaluates on the main thread
  -f, --format <f>      ndjson (default) or csv: one row per award / reward not paid / not computable /
                        undetermined / error, with a byte-order mark for spreadsheets
      --reading <id>=alternative
                        every line evaluated with a reading's recorded alternative (a what-if;
                        repeatable), over the line's own options.readings

Example: quality-rewards batch examples/batch.ndjson --workers 2 > results.ndjson
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      workers: { type: 'string', short: 'w' },
      format: { type: 'string', short: 'f' },
      reading: { type: 'string', multiple: true },
    });
    const format = formatOf(values.format);
    const threads = workersOf(values.workers);
    const source = await openInput(onePositional(positionals), io);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: either runner evaluates the same chunks in the same order; the choice is only where (one thread needs no worker).
    const runner = threads === 1 ? inlineRunner() : workerRunner(threads);
    const progress = progressLine(io.stderr, Date.now(), Date.now);
    let summary: BatchSummary;
    try {
      summary = await runBatch({
        input: source.stream,
        output: io.stdout,
        format,
        runner,
        threads,
        totalBytes: source.size,
        onProgress: progress.update,
        readings: readingsFromFlags(values.reading),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Node's file and stream errors carry a code (ENOENT, EISDIR, ERR_STREAM_…); an Error without one is not about I/O.
      if (typeof code === 'string') {
        throw new CliFailure(`cannot read or write: ${describeIoError(error)}`);
      }
      throw error;
    } finally {
      progress.clear();
      source.stream.destroy();
      await runner.close();
    }
    await write(io.stderr, summaryLine(summary));
    return summary.failed > 0 ? 1 : 0;
  },
};

function formatOf(value: string | undefined): BatchFormat {
  // Stryker disable next-line StringLiteral: the default's name is never read back: whatever is not 'csv' is written as NDJSON (runBatch and evaluateChunk test for 'csv' only).
  if (value === undefined || value === 'ndjson' || value === 'csv') return value ?? 'ndjson';
  throw usageError(`--format expects ndjson or csv, not '${value}'`);
}

function workersOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw usageError(`--workers expects a whole number from 1 to 256, not '${value}'`);
  return n;
}

async function openInput(file: string | undefined, io: CliIo): Promise<{ stream: Readable; size?: number }> {
  if (file === undefined && io.stdin.isTTY) {
    throw usageError('missing input: name an NDJSON file, or pipe it into stdin (or give - )');
  }
  if (file === undefined || file === '-') return { stream: io.stdin };
  try {
    const handle = await open(file, 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream(), size };
  } catch (error) {
    throw new CliFailure(`cannot read ${file}: ${describeIoError(error)}`);
  }
}

function summaryLine(s: BatchSummary): string {
  const yuan = `${s.paidFen / 100n}.${String(s.paidFen % 100n).padStart(2, '0')}`;
  return `批量 batch: ${s.lines} 行 lines · ${s.ok} 成功 ok · ${s.failed} 失败 failed · 合计支付 total paid ${yuan} 元 yuan\n`;
}
