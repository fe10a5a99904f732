import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChunkResult, LineChunk } from './chunk.js';
import { evaluateChunk } from './evaluateChunk.js';

/** Evaluates chunks of lines somewhere: on this thread, or on worker threads. */
export interface ChunkRunner {
  run(chunk: LineChunk): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** One thread: the chunks are evaluated here, with no worker to start. */
export function inlineRunner(): ChunkRunner {
  return { run: async (chunk) => evaluateChunk(chunk), close: async () => {} };
}

/**
 * Up to `size` worker threads, started as the chunks come, each chunk given to the worker with the fewest
 * chunks waiting. The first chunk is evaluated on this thread while the workers start, so an input of
 * one chunk (256 lines) starts none. Results come back as each finishes; the caller keeps the order. A
 * worker that dies fails every chunk it held.
 */
export function workerRunner(size: number): ChunkRunner {
  const workers: { worker: Worker; pending: Map<number, (r: ChunkResult | Error) => void> }[] = [];
  const start = () => {
    const worker = spawnWorker();
    const pending = new Map<number, (r: ChunkResult | Error) => void>();
    const failAll = (error: Error) => {
      for (const settle of pending.values()) settle(error);
      pending.clear();
    };
    worker.on('message', (result: ChunkResult) => {
      pending.get(result.seq)?.(result);
      pending.delete(result.seq);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a batch worker stopped (exit ${code})`)));
    const slot = { worker, pending };
    workers.push(slot);
    return slot;
  };
  return {
    run(chunk) {
      if (chunk.seq === 0) return Promise.resolve(evaluateChunk(chunk));
      const idle = workers.find((w) => w.pending.size === 0);
      const slot =
        idle ?? (workers.length < size ? start() : workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)));
      return new Promise((resolve, reject) => {
        slot.pending.set(chunk.seq, (r) => (r instanceof Error ? reject(r) : resolve(r)));
        slot.worker.postMessage(chunk);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/**
 * The worker script sits beside this module: `batchWorker.js` in the built package (where it loads the
 * package's own `index.js`), `batchWorker.ts` in the source tree, which the tests run; there the worker
 * registers tsx first, so that it loads the same TypeScript source as the test.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./batchWorker.js', here));
  // tsx's ESM API, as an ES module (the CommonJS build of that API cannot load its own ESM half here).
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const script = new URL('./batchWorker.ts', here).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`,
    { eval: true },
  );
}
