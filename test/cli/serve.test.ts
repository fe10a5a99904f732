import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command as serve } from '../../src/cli/commands/serve.js';
import type { CliIo } from '../../src/cli/io.js';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/serverLimits.js';
import { cli } from '../support/runCliInProcess.js';

/** The runs still going; each test's runs are stopped after it. */
const running: Promise<number>[] = [];

/**
 * `serve` in this process (the child-process tests in test/server/serve-command.test.ts cannot show a
 * mutant): a signal is an emitted event here, which reaches the command's listeners and nothing else.
 */
function serveInProcess(...argv: string[]) {
  let stderr = '';
  const err = new PassThrough().setEncoding('utf8');
  err.on('data', (text: string) => (stderr += text));
  const io: CliIo = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: err, env: {} };
  const exit = serve.run(argv, io);
  running.push(exit);
  const url = vi.waitFor(
    () => {
      const found = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (!found) throw new Error(`not listening yet: ${stderr}`);
      return found;
    },
    { timeout: 10_000 },
  );
  return { exit, url, stderr: () => stderr };
}

afterEach(async () => {
  if (running.length > 0) process.emit('SIGTERM', 'SIGTERM');
  await Promise.all(running.splice(0));
});

describe('serve: until a signal', () => {
  it('says where it listens, answers there, and on SIGTERM stops and exits 0, its signal handlers removed', async () => {
    const before = [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
    const { exit, url, stderr } = serveInProcess('--port', '0');
    expect(await url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${await url}/healthz`)).status).toBe(200);
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr()).toContain('quality-rewards: SIGTERM: finishing requests in flight, then stopping\n');
    expect(stderr()).toMatch(/quality-rewards: stopped\n$/);
    expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual(before);
  });
  it('SIGINT stops it too', async () => {
    const { exit, url, stderr } = serveInProcess('--port', '0');
    await url;
    process.emit('SIGINT', 'SIGINT');
    expect(await exit).toBe(0);
    expect(stderr()).toContain('quality-rewards: SIGINT: finishing requests in flight');
  });
});

describe('serve: options', () => {
  it('the access log on stderr by default; --quiet writes none', async () => {
    const loud = serveInProcess('--port', '0');
    await (await fetch(`${await loud.url}/healthz`)).text();
    await vi.waitFor(() => expect(loud.stderr()).toMatch(/"GET \/healthz" 200 /), { timeout: 10_000 });
    const quiet = serveInProcess('--port', '0', '-q');
    await (await fetch(`${await quiet.url}/healthz`)).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(quiet.stderr()).not.toContain('"GET /healthz"');
  });
  it('--host chooses the interface', async () => {
    const { url } = serveInProcess('--host', '::1', '-p', '0');
    expect(await url).toMatch(/^http:\/\/\[::1\]:\d+$/);
  });
  it('the OpenAPI document carries the package’s version', async () => {
    const { url } = serveInProcess('--port', '0', '--quiet');
    const doc = (await (await fetch(`${await url}/openapi.json`)).json()) as { info: { version: string } };
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(doc.info.version).toBe(pkg.version);
  });
  it('a port already in use: exit 1, naming the address and the reason', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const r = await cli(['serve', '--port', String(port), '--quiet']);
      expect([r.code, r.err]).toEqual([1, `quality-rewards serve: cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`]);
    } finally {
      taken.close();
    }
  });
});

describe('serve: usage errors (exit 2)', () => {
  it.each([
    [['--port', 'http'], "--port must be a whole number from 0 to 65535, not 'http'"],
    [['--port=-1'], "--port must be a whole number from 0 to 65535, not '-1'"],
    [['--port', '65536'], "--port must be a whole number from 0 to 65535, not '65536'"],
    [['--port', '8080x'], "--port must be a whole number from 0 to 65535, not '8080x'"],
    [['--workers', '0'], "--workers must be a whole number from 1 to 64, not '0'"],
    [['--workers', '65'], "--workers must be a whole number from 1 to 64, not '65'"],
    [['--workers', 'x2'], "--workers must be a whole number from 1 to 64, not 'x2'"],
    [['--workers', '2x'], "--workers must be a whole number from 1 to 64, not '2x'"],
    [['here'], "unexpected argument 'here'"],
  ])('serve %j: %s', async (argv, message) => {
    const r = await cli(['serve', ...argv]);
    expect([r.code, r.err]).toEqual([2, `quality-rewards serve: ${message}\n`]);
  });
});

describe('serve --help', () => {
  it('states the limits the service enforces, in MiB and seconds', async () => {
    const l = DEFAULT_SERVER_LIMITS;
    const help = (await cli(['serve', '--help'])).out.replace(/\s+/g, ' ');
    expect(help).toContain(
      `Limits: JSON bodies ${l.jsonBodyBytes / 2 ** 20} MiB (413 beyond), batch bodies ${l.batchBodyBytes / 2 ** 20} MiB and lines ${l.batchLineBytes / 2 ** 20} MiB;`,
    );
    expect(help).toContain(
      `headers within ${l.headersTimeoutMs / 1000} s, a body within ${l.requestTimeoutMs / 1000} s and no pause over ${l.bodyIdleTimeoutMs / 1000} s (408).`,
    );
  });
});
