import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';

/**
 * `serve` as one process of several (`--workers`), with node:cluster played by a stand-in whose role (the
 * primary, or a worker with its channel to the primary) the test chooses, and the supervisor replaced by
 * a recorder: a real cluster forks processes, in which no mutant is ever switched on.
 */
const fake = vi.hoisted(() => ({
  cluster: { isPrimary: true, isWorker: false, worker: undefined as { disconnect: () => void } | undefined },
  supervised: [] as { workers: number; log: ((line: string) => void) | null }[],
}));
vi.mock('node:cluster', () => ({ default: fake.cluster }));
vi.mock('../../src/server/superviseWorkers.js', () => ({
  superviseWorkers: (options: (typeof fake.supervised)[number]) => {
    fake.supervised.push(options);
    return Promise.resolve(0);
  },
}));
const { command: serve, packageVersion } = await import('../../src/cli/commands/serve.js');

function io() {
  let stderr = '';
  const err = new PassThrough().setEncoding('utf8');
  err.on('data', (text: string) => (stderr += text));
  const value: CliIo = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: err, env: {} };
  return { io: value, stderr: () => stderr };
}

/** A port free a moment ago: a worker says nothing about where it listens, so the test must know. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'disconnect'] as const;
const listeners = () => SIGNALS.map((event) => process.listeners(event as 'SIGTERM'));
let before = listeners();
const asWorker = () => {
  const disconnect = vi.fn();
  Object.assign(fake.cluster, { isPrimary: false, isWorker: true, worker: { disconnect } });
  return disconnect;
};
afterEach(() => {
  Object.assign(fake.cluster, { isPrimary: true, isWorker: false, worker: undefined });
  fake.supervised = [];
  // A worker keeps its signal listeners to the end (its process exits): the test process must not.
  SIGNALS.forEach((event, i) => {
    for (const listener of process.listeners(event as 'SIGTERM')) {
      if (!before[i]!.includes(listener)) process.off(event, listener as () => void);
    }
  });
  before = listeners();
});

describe('serve --workers N, in the primary: it supervises the workers and serves nothing itself', () => {
  it('--workers 3 → the supervisor is given 3 workers and the command’s stderr for its lines', async () => {
    const { io: streams, stderr } = io();
    expect(await serve.run(['--workers', '3', '--port', '0'], streams)).toBe(0);
    expect(fake.supervised.map((o) => o.workers)).toEqual([3]);
    fake.supervised[0]!.log!('supervisor says\n');
    expect(stderr()).toBe('supervisor says\n');
  });
});

describe('serve --workers N --port P, in the primary: the bounds of each option', () => {
  it('the largest of each is allowed: --workers 64 --port 65535', async () => {
    expect(await serve.run(['--workers', '64', '--port', '65535'], io().io)).toBe(0);
    expect(fake.supervised.map((o) => o.workers)).toEqual([64]);
  });
  it('no --port: the default port is allowed (the workers listen on it)', async () => {
    expect(await serve.run(['--workers', '2'], io().io)).toBe(0);
    expect(fake.supervised.map((o) => o.workers)).toEqual([2]);
  });
  it('a whole number of workers with two digits is one: --workers 12', async () => {
    expect(await serve.run(['--workers', '12', '-p', '0'], io().io)).toBe(0);
    expect(fake.supervised.map((o) => o.workers)).toEqual([12]);
  });
});

describe('serve in a worker: it serves the shared port and answers to its supervisor', () => {
  it('says nothing about where it listens (its supervisor does), and stops when the supervisor’s channel closes', async () => {
    const disconnect = asWorker();
    const port = await freePort();
    const { io: streams, stderr } = io();
    const exit = serve.run(['--workers', '2', '--port', String(port), '--quiet'], streams);
    await vi.waitFor(async () => expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200), {
      timeout: 10_000,
    });
    expect(fake.supervised).toEqual([]);
    expect(stderr()).not.toContain('listening on');
    process.emit('disconnect');
    expect(await exit).toBe(0);
    expect(stderr()).toContain('quality-rewards: SIGTERM: finishing requests in flight, then stopping\n');
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
  it('a signal does not remove its signal listeners: the terminal’s SIGINT and its supervisor’s SIGTERM both leave it finishing', async () => {
    asWorker();
    const port = await freePort();
    const exit = serve.run(['--port', String(port), '--quiet'], io().io);
    await vi.waitFor(async () => expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200), {
      timeout: 10_000,
    });
    const counts = () => [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
    const listening = counts();
    process.emit('SIGINT', 'SIGINT');
    expect(await exit).toBe(0);
    expect(counts()).toEqual(listening);
  });
  it('a port in use: it lets go of its supervisor’s channel, and fails naming the address', async () => {
    const disconnect = asWorker();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(serve.run(['--port', String(port), '--quiet'], io().io)).rejects.toThrow(
        `cannot listen on 127.0.0.1:${port}: EADDRINUSE`,
      );
      expect(disconnect).toHaveBeenCalledTimes(1);
    } finally {
      taken.close();
    }
  });
});

describe('serve alone (no supervisor): nothing of a worker’s', () => {
  it('it does not listen for a supervisor’s channel closing', async () => {
    const { io: streams, stderr } = io();
    const exit = serve.run(['--port', '0', '--quiet'], streams);
    await vi.waitFor(() => expect(stderr()).toContain('listening on'), { timeout: 10_000 });
    expect(process.listenerCount('disconnect')).toBe(before[2]!.length);
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
  });
});

describe('the version the OpenAPI document carries: the package’s own, found upwards', () => {
  const root = mkdtempSync(join(tmpdir(), 'issue-12-server-version-'));
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const write = (dir: string, json: object) => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), JSON.stringify(json));
  };
  it('the nearest package.json named quality-rewards with a version; another package’s, or one without a version, is passed over', () => {
    write('.', { name: 'quality-rewards', version: '3.2.1' });
    write('a', { name: 'quality-rewards' });
    write('a/b', { name: 'other', version: '9.9.9' });
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    expect(packageVersion(pathToFileURL(join(root, 'a/b/c/serve.js')))).toBe('3.2.1');
    expect(packageVersion(pathToFileURL(`${join(root, 'a/b')}/`))).toBe('3.2.1');
  });
  it('none at all, up to the root → 0.0.0', () => {
    mkdirSync(join(root, 'x/y'), { recursive: true });
    expect(packageVersion(pathToFileURL(join(root, 'x/y/serve.js')))).toBe('0.0.0');
  });
  it('from this module: the version in this repository’s package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(packageVersion()).toBe(version);
  });
});
