import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openSocket, readUntilClosed } from '../support/rawHttp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `quality-rewards serve` from source, on an ephemeral port; resolves once it says where it listens. */
function serve(...args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url) resolve({ child, url, stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const body = JSON.stringify({
  achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
  jurisdiction: '350112',
  date: '2024-06-01',
});

describe('quality-rewards serve', () => {
  it('SIGTERM lets a request in flight finish, then the process exits 0', async () => {
    const { child, url, stderr } = await serve();
    const socket = await openSocket(url);
    const answer = readUntilClosed(socket);
    socket.write(
      `POST /v1/evaluate HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body.slice(0, 20));
    // Give the server time to read the headers, so the request is in flight when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGTERM');
    // The service stops listening at once; the request in flight is still answered afterwards.
    await expect
      .poll(
        () =>
          fetch(`${url}/healthz`).then(
            () => 'listening',
            () => 'closed',
          ),
        { timeout: 20_000 },
      )
      .toBe('closed');
    socket.write(body.slice(20));
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).toMatch(/connection: close/i);
    expect(text).toContain('"text":"200万元"');
    expect(await exited(child)).toBe(0);
    expect(stderr()).toMatch(/SIGTERM: finishing requests in flight[\s\S]*stopped/);
    expect(stderr()).toMatch(/"POST \/v1\/evaluate" 200 /);
  }, 60_000);

  it('--quiet writes no access-log line; SIGINT stops it too', async () => {
    const { child, url, stderr } = await serve('--quiet');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    expect(stderr()).not.toMatch(/"GET \/healthz"/);
  }, 60_000);

  it('--workers 2: two processes answer on one port; SIGTERM stops them all and the primary exits 0', async () => {
    const { child, url, stderr } = await serve('--workers', '2');
    expect(stderr()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(2 workers\)/);
    // Two worker processes under the primary (Linux lists a process's children in /proc).
    const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
    expect(children).toHaveLength(2);
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${url}/v1/evaluate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body,
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: { text: string } }).total.text).toBe('200万元');
    }
    await expect.poll(() => (stderr().match(/"POST \/v1\/evaluate" 200 /g) ?? []).length).toBe(8);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    // Each worker says it stopped (its lines may reach the pipe just after the primary's exit).
    await expect.poll(() => stderr().match(/quality-rewards: stopped/g)?.length, { message: stderr() }).toBe(2);
  }, 60_000);

  it('--workers 2: a worker killed outright is replaced, and the service keeps answering', async () => {
    const { child, url, stderr } = await serve('--workers', '2', '--quiet');
    const childrenOf = (pid: number) =>
      readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    const [victim] = childrenOf(child.pid as number);
    process.kill(Number(victim), 'SIGKILL');
    await expect.poll(() => stderr(), { timeout: 30_000 }).toMatch(/worker \d+ exited \(SIGKILL\); starting another/);
    await expect
      .poll(() => childrenOf(child.pid as number).filter((pid) => pid !== victim).length, { timeout: 30_000 })
      .toBe(2);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 60_000);

  it('--workers 2 on a port already in use: the supervisor stops them all and exits 1, without restarting them', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port), '--workers', '2', '--quiet'],
        { cwd: root },
      );
      running.push(child);
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
      expect(await exited(child)).toBe(1);
      expect(stderr).toContain('a worker stopped before listening');
      expect(stderr).not.toContain('starting another');
    } finally {
      taken.close();
    }
  }, 60_000);

  it.each([
    ['--port', 'http'],
    ['--workers', '0'],
  ])(
    'a bad %s (%s) is a usage error (exit 2), one line, no stack',
    async (option, value) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', option, value], { cwd: root });
      running.push(child);
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
      expect(await exited(child)).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(option);
    },
    60_000,
  );
});
