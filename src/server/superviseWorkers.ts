import cluster, { type Address, type Worker } from 'node:cluster';

/** What the supervisor needs from the `serve` command. */
export interface SuperviseOptions {
  /** How many worker processes serve the port. */
  readonly workers: number;
  /** Where its own lines go (stderr); `null` for none. */
  readonly log: ((line: string) => void) | null;
}

/**
 * `serve --workers N`: the primary process of a `node:cluster`. It forks N workers that each run the
 * same stateless service on one shared port (the service keeps no state, so any worker may answer any
 * request), says once where they listen when all of them do, and replaces a worker that dies unexpectedly. On SIGTERM or
 * SIGINT it asks every worker to stop (each lets its requests in flight finish) and resolves with exit
 * code 0 once all have exited. A worker that exits before it ever listened (a port in use) stops them
 * all with exit code 1, rather than being restarted in a loop.
 */
export function superviseWorkers(options: SuperviseOptions): Promise<number> {
  const log = options.log ?? (() => undefined);
  const live = new Set<Worker>();
  let stopping = false;
  let announced = false;
  let exitCode = 0;

  return new Promise<number>((resolve) => {
    const finishWhenAllGone = () => {
      if (stopping && live.size === 0) {
        process.off('SIGTERM', stop).off('SIGINT', stop);
        cluster.off('listening', onListening);
        resolve(exitCode);
      }
    };
    const stopAll = () => {
      stopping = true;
      for (const worker of live) worker.process.kill('SIGTERM');
      finishWhenAllGone();
    };
    const fork = () => {
      const worker = cluster.fork();
      let listened = false;
      live.add(worker);
      worker.once('listening', () => (listened = true));
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        if (!stopping && !listened) {
          log(`quality-rewards: a worker stopped before listening (${signal ?? code}); stopping\n`);
          exitCode = 1;
          stopAll();
        } else if (!stopping) {
          log(`quality-rewards: worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
          fork();
        }
        finishWhenAllGone();
      });
    };
    // Said once, when every worker listens: from then on the service is fully up.
    const listening = new Set<Worker>();
    const onListening = (worker: Worker, address: Address) => {
      listening.add(worker);
      if (announced || listening.size < options.workers) return;
      announced = true;
      const host = address.addressType === 6 ? `[${address.address}]` : address.address;
      log(`quality-rewards: listening on http://${host}:${address.port} (${options.workers} workers)\n`);
    };
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      log(`quality-rewards: ${signal}: stopping the workers once their requests in flight finish\n`);
      stopAll();
    };
    cluster.on('listening', onListening);
    process.on('SIGTERM', stop).on('SIGINT', stop);
    for (let i = 0; i < options.workers; i++) fork();
  });
}
