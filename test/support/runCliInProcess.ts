import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/runCli.js';

/** Runs the CLI in this process with `stdin` piped in (or a terminal when `null`); collects its output. */
export async function cli(args: readonly string[], stdin: string | null = null) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const input = Object.assign(Readable.from(stdin === null ? [] : [Buffer.from(stdin)]), { isTTY: stdin === null });
  const io: CliIo = { stdin: input, stdout, stderr, env: {} };
  const code = await runCli(args, io, { version: () => '9.9.9' });
  return { code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}
