import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChunkResult, LineChunk } from '../../src/cli/batch/chunk.js';
import { evaluateChunk } from '../../src/cli/batch/evaluateChunk.js';

/**
 * The batch's worker pool and worker script with node:worker_threads played by stand-ins: a `Worker` that
 * records the chunks posted to it and answers when the test says, and the worker script's `parentPort`.
 * (test/cli/batch-workers.test.ts runs real worker threads, which a mutation run cannot reach.)
 */
const threads = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWorker extends EventEmitter {
    static started: FakeWorker[] = [];
    readonly posted: { seq: number }[] = [];
    terminated = false;
    constructor(readonly script: string | URL) {
      super();
      FakeWorker.started.push(this);
    }
    postMessage(chunk: { seq: number }) {
      this.posted.push(chunk);
    }
    terminate() {
      this.terminated = true;
      return Promise.resolve(0);
    }
  }
  return { FakeWorker, parentPort: null as unknown };
});
vi.mock('node:worker_threads', () => ({
  Worker: threads.FakeWorker,
  get parentPort() {
    return threads.parentPort;
  },
}));
const { workerRunner } = await import('../../src/cli/batch/workerPool.js');

const line = JSON.stringify({
  achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
  jurisdiction: 'changle',
  date: '2024-06-01',
});
const chunk = (seq: number): LineChunk => ({ seq, format: 'ndjson', lines: [[seq + 1, line]] });
const answer = (seq: number): ChunkResult => ({ seq, text: `${seq}\n`, lines: 1, failed: 0, paidFen: '0' });
const started = () => threads.FakeWorker.started;
afterEach(() => {
  threads.FakeWorker.started = [];
  threads.parentPort = null;
});

/**
 * The worker script loaded afresh (its top level is what runs in a thread), under a query of its own so that
 * only it is loaded again: `vi.resetModules()` would reload the whole library inside a test, and every
 * module-level mutant in src/ would then be judged by this file's tests alone.
 */
let loads = 0;
const BATCH_WORKER = new URL('../../src/cli/batch/batchWorker.ts', import.meta.url).pathname;
const loadBatchWorker = () => import(/* @vite-ignore */ `${BATCH_WORKER}?load=${++loads}`);

describe('workerRunner: where a chunk goes', () => {
  it('the first chunk is evaluated on this thread, with no worker started', async () => {
    const runner = workerRunner(2);
    expect(await runner.run(chunk(0))).toEqual(evaluateChunk(chunk(0)));
    expect(started()).toHaveLength(0);
  });
  it('later chunks start workers up to the size, then go to the one with the fewest waiting (the first of equals)', () => {
    const runner = workerRunner(2);
    for (const seq of [1, 2, 3]) void runner.run(chunk(seq));
    expect(started()).toHaveLength(2);
    const [a, b] = started();
    expect([a!.posted.map((c) => c.seq), b!.posted.map((c) => c.seq)]).toEqual([[1, 3], [2]]);
  });
  it('a worker with nothing waiting is used before another is started', () => {
    const runner = workerRunner(2);
    void runner.run(chunk(1));
    started()[0]!.emit('message', answer(1));
    void runner.run(chunk(2));
    expect(started()).toHaveLength(1);
    expect(started()[0]!.posted.map((c) => c.seq)).toEqual([1, 2]);
  });
  it('the worker with the fewest waiting is chosen, not the first one', () => {
    const runner = workerRunner(2);
    for (const seq of [1, 2, 3, 4]) void runner.run(chunk(seq));
    const [a, b] = started();
    // a holds 1 and 3, b 2 and 4; b finishing 2 leaves it with fewer.
    b!.emit('message', answer(2));
    void runner.run(chunk(5));
    expect(b!.posted.map((c) => c.seq)).toEqual([2, 4, 5]);
    expect(a!.posted.map((c) => c.seq)).toEqual([1, 3]);
  });
  it('a worker’s answer settles the chunk of the same seq', async () => {
    const runner = workerRunner(1);
    const one = runner.run(chunk(1));
    const two = runner.run(chunk(2));
    const [a] = started();
    a!.emit('message', answer(2));
    a!.emit('message', answer(1));
    expect(await Promise.all([one, two])).toEqual([answer(1), answer(2)]);
  });
});

describe('workerRunner: a worker that fails', () => {
  it('an error fails every chunk it held, and only those', async () => {
    const runner = workerRunner(2);
    const held = [runner.run(chunk(1)), runner.run(chunk(2)), runner.run(chunk(3))];
    const [a, b] = started();
    a!.emit('error', new Error('out of memory'));
    await expect(held[0]).rejects.toThrow('out of memory');
    await expect(held[2]).rejects.toThrow('out of memory');
    b!.emit('message', answer(2));
    expect(await held[1]).toEqual(answer(2));
  });
  it('an exit fails what it held, naming the exit code', async () => {
    const runner = workerRunner(1);
    const held = runner.run(chunk(1));
    started()[0]!.emit('exit', 7);
    await expect(held).rejects.toThrow('a batch worker stopped (exit 7)');
  });
});

describe('workerRunner: close', () => {
  it('terminates every worker it started', async () => {
    const runner = workerRunner(2);
    void runner.run(chunk(1));
    void runner.run(chunk(2));
    await runner.close();
    expect(started().map((w) => w.terminated)).toEqual([true, true]);
  });
  it('the worker loads the TypeScript source through tsx, in the source tree', () => {
    void workerRunner(1).run(chunk(1));
    const script = String(started()[0]!.script);
    expect(script).toMatch(
      /^import\("file:\/\/[^"]*tsx[^"]*\.mjs"\)\.then\(\(api\) => \{ api\.register\(\); return import\("file:\/\/[^"]*\/batchWorker\.ts"\); \}\);$/,
    );
  });
});

describe('batchWorker: the worker thread’s script', () => {
  it('evaluates each chunk it is sent and posts back the result', async () => {
    const port = Object.assign(new EventEmitter(), { postMessage: vi.fn() });
    threads.parentPort = port;
    await loadBatchWorker();
    port.emit('message', chunk(3));
    expect(port.postMessage).toHaveBeenCalledWith(evaluateChunk(chunk(3)));
  });
  it('refuses to run anywhere but in a worker thread', async () => {
    threads.parentPort = null;
    await expect(loadBatchWorker()).rejects.toThrow('batchWorker runs as a worker thread');
  });
});
