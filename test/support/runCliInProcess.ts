import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { runCli } from '../../src/cli/runCli.js';
import { collectingStream } from './collectingStream.js';

// Every command module is loaded with this file, before any test runs. `runCli` loads a command only when
// it is asked for; loaded that way inside a test, a module's top-level code (a usage text, and for `serve`
// the whole HTTP service's tables) counts in a mutation run as covered by that one test, and its static
// mutants are judged by it alone — `--help` would judge every table of src/server.
await Promise.all(Object.values(COMMANDS).map((load) => load()));

/** Runs the CLI in this process with `stdin` piped in (or a terminal when `null`); collects its output. */
export async function cli(args: readonly string[], stdin: string | null = null) {
  const stdout = collectingStream();
  const stderr = collectingStream();
  const input = Object.assign(Readable.from(stdin === null ? [] : [Buffer.from(stdin)]), { isTTY: stdin === null });
  const io: CliIo = { stdin: input, stdout, stderr, env: {} };
  const code = await runCli(args, io, { version: () => '9.9.9' });
  return { code, out: stdout.text(), err: stderr.text() };
}
