import cluster, { type Address, type Worker } from 'node:cluster';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { superviseWorkers } from '../../src/server/superviseWorkers.js';

/**
 * The supervisor of `serve --workers N` with its workers played by stand-ins: `cluster.fork` gives an
 * emitter whose process records the signals sent to it; a test says when a worker listens or exits.
 * (test/server/serve-command.test.ts runs real workers, in child processes a mutation run cannot reach.)
 */
type FakeWorker = EventEmitter & { process: { pid: number; kill: ReturnType<typeof vi.fn> } };
let workers: FakeWorker[];
let lines: string[];
const log = (line: string) => void lines.push(line);
const address = (addressType: 4 | 6, host: string): Address => ({ address: host, port: 8080, addressType });

/** Worker `i` listens, as node:cluster tells it: on the worker, then on the cluster. */
const listen = (i: number, at = address(4, '127.0.0.1')) => {
  const worker = workers[i]!;
  worker.emit('listening', at);
  cluster.emit('listening', worker as unknown as Worker, at);
};
const exit = (i: number, code: number | null, signal: string | null = null) => workers[i]!.emit('exit', code, signal);

beforeEach(() => {
  workers = [];
  lines = [];
  vi.spyOn(cluster, 'fork').mockImplementation(() => {
    const worker = Object.assign(new EventEmitter(), { process: { pid: 100 + workers.length, kill: vi.fn() } });
    workers.push(worker);
    return worker as unknown as Worker;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('superviseWorkers: starting', () => {
  it('forks N workers and says once, when all of them listen, where they do', async () => {
    const done = superviseWorkers({ workers: 2, log });
    expect(workers).toHaveLength(2);
    listen(0);
    expect(lines).toEqual([]);
    listen(1);
    listen(1);
    expect(lines).toEqual(['quality-rewards: listening on http://127.0.0.1:8080 (2 workers)\n']);
    process.emit('SIGTERM', 'SIGTERM');
    exit(0, 0);
    exit(1, 0);
    expect(await done).toBe(0);
  });
  it('an IPv6 address is written in brackets', async () => {
    const done = superviseWorkers({ workers: 1, log });
    listen(0, address(6, '::1'));
    expect(lines).toEqual(['quality-rewards: listening on http://[::1]:8080 (1 workers)\n']);
    process.emit('SIGTERM', 'SIGTERM');
    exit(0, 0);
    await done;
  });
});

describe('superviseWorkers: a signal', () => {
  it('asks every worker to stop; resolves 0 once all have exited, its listeners removed', async () => {
    const before = ['SIGTERM', 'SIGINT'].map((s) => process.listenerCount(s));
    const beforeCluster = cluster.listenerCount('listening');
    let result: number | undefined;
    const done = superviseWorkers({ workers: 2, log }).then((code) => (result = code));
    listen(0);
    listen(1);
    process.emit('SIGINT', 'SIGINT');
    expect(lines.at(-1)).toBe('quality-rewards: SIGINT: stopping the workers once their requests in flight finish\n');
    expect(workers.map((w) => w.process.kill.mock.calls)).toEqual([[['SIGTERM']], [['SIGTERM']]]);
    exit(0, 0);
    await Promise.resolve();
    expect(result).toBeUndefined();
    exit(1, 0);
    expect(await done).toBe(0);
    expect(workers).toHaveLength(2);
    expect(['SIGTERM', 'SIGINT'].map((s) => process.listenerCount(s))).toEqual(before);
    expect(cluster.listenerCount('listening')).toBe(beforeCluster);
  });
  it('a second signal while stopping changes nothing', async () => {
    const done = superviseWorkers({ workers: 1, log });
    listen(0);
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    expect(lines.filter((l) => l.includes('stopping the workers'))).toHaveLength(1);
    expect(workers[0]!.process.kill).toHaveBeenCalledTimes(1);
    exit(0, null, 'SIGTERM');
    expect(await done).toBe(0);
  });
});

describe('superviseWorkers: a worker that dies', () => {
  it('after it listened: replaced by a new one, the code or signal logged', async () => {
    const done = superviseWorkers({ workers: 2, log });
    listen(0);
    listen(1);
    exit(0, null, 'SIGKILL');
    expect(lines.at(-1)).toBe('quality-rewards: worker 100 exited (SIGKILL); starting another\n');
    expect(workers).toHaveLength(3);
    exit(1, 3);
    expect(lines.at(-1)).toBe('quality-rewards: worker 101 exited (3); starting another\n');
    expect(workers).toHaveLength(4);
    process.emit('SIGTERM', 'SIGTERM');
    expect(workers[0]!.process.kill).not.toHaveBeenCalled();
    exit(2, 0);
    exit(3, 0);
    expect(await done).toBe(0);
  });
  it('before it ever listened (a port in use): all are stopped, none restarted, and the exit code is 1', async () => {
    const done = superviseWorkers({ workers: 2, log });
    listen(1);
    exit(0, 1);
    expect(lines).toEqual(['quality-rewards: a worker stopped before listening (1); stopping\n']);
    expect(workers[1]!.process.kill).toHaveBeenCalledWith('SIGTERM');
    exit(1, 0);
    expect(await done).toBe(1);
    expect(workers).toHaveLength(2);
  });
  it('with no log (null), it supervises all the same', async () => {
    const done = superviseWorkers({ workers: 1, log: null });
    exit(0, 1);
    expect(await done).toBe(1);
    expect(lines).toEqual([]);
  });
});
