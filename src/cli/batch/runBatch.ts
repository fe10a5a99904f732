import type { Readable, Writable } from 'node:stream';
import { write } from '../io.js';
import type { BatchFormat, ChunkResult, LineChunk } from './chunk.js';
import { csvHeader } from './csvRows.js';
import type { ProgressState } from './progress.js';
import { readLines } from './readLines.js';
import type { ChunkRunner } from './workerPool.js';

/** Lines per chunk: enough to make a worker's round trip cheap, few enough to keep memory small. */
const CHUNK_LINES = 256;
/** Chunks in flight per thread: keeps every thread busy while the writer catches up. */
const IN_FLIGHT_PER_THREAD = 4;

/** What a batch did. */
export interface BatchSummary {
  readonly lines: number;
  readonly ok: number;
  readonly failed: number;
  /** Sum of the totals paid, in 分. */
  readonly paidFen: bigint;
}

/**
 * Streams NDJSON requests from `input` to results on `output`, in input order. At most
 * `threads × 4` chunks of 256 lines are in flight: when they are, reading waits for the oldest chunk to
 * be written, and writing waits for `output` to drain, so memory stays flat on any input size.
 */
export async function runBatch(options: {
  readonly input: Readable;
  readonly output: Writable;
  readonly format: BatchFormat;
  readonly runner: ChunkRunner;
  readonly threads: number;
  readonly totalBytes?: number | undefined;
  readonly onProgress?: (state: ProgressState) => void;
  /** `--reading`: readings switched for every line. */
  readonly readings?: Readonly<Record<string, string>> | undefined;
}): Promise<BatchSummary> {
  const { input, output, format, runner } = options;
  const every = options.readings === undefined ? {} : { readings: options.readings };
  const state: ProgressState = { lines: 0, bytes: 0, totalBytes: options.totalBytes };
  const inFlight: Promise<ChunkResult>[] = [];
  const limit = Math.max(1, options.threads) * IN_FLIGHT_PER_THREAD;
  let failed = 0;
  let lines = 0;
  let paidFen = 0n;
  const writeOldest = async () => {
    const result = await (inFlight.shift() as Promise<ChunkResult>);
    lines += result.lines;
    failed += result.failed;
    paidFen += BigInt(result.paidFen);
    state.lines = lines;
    if (result.text !== '') await write(output, result.text);
    options.onProgress?.(state);
  };
  const submit = async (chunk: LineChunk) => {
    const pending = runner.run(chunk);
    // Awaited in order later; until then a failure must not count as unhandled.
    pending.catch(() => {});
    inFlight.push(pending);
    if (inFlight.length >= limit) await writeOldest();
  };

  if (format === 'csv') await write(output, csvHeader());
  let seq = 0;
  let lineNo = 0;
  let batch: [number, string][] = [];
  for await (const line of readLines(input, (n) => (state.bytes += n))) {
    lineNo += 1;
    batch.push([lineNo, line]);
    if (batch.length === CHUNK_LINES) {
      await submit({ seq: seq++, format, lines: batch, ...every });
      batch = [];
    }
  }
  if (batch.length > 0) await submit({ seq, format, lines: batch, ...every });
  while (inFlight.length > 0) await writeOldest();
  return { lines, ok: lines - failed, failed, paidFen };
}
