import { readFileSync } from 'node:fs';
import type { CliIo } from './io.js';
import { runCli } from './runCli.js';

/** What the command takes of the process it runs in (the real `process`, or a test's stand-in). */
export interface CliProcess extends CliIo {
  /** `node`, the script, then the arguments. */
  readonly argv: readonly string[];
  exitCode?: number | string | null | undefined;
  exit(code?: number | string | null): void;
}

/**
 * Runs the command in a process: the arguments after the script, the process's streams, the version
 * read from `packageJson` only when asked for (so other commands pay nothing for it), and the exit
 * status set (not forced: pending writes are flushed before the process ends).
 */
export async function runCliProcess(proc: CliProcess, packageJson: URL): Promise<void> {
  // A reader that stops early (`… | head`) closes the pipe: stop quietly, as Unix tools do.
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    proc.exit(proc.exitCode ?? 0);
  });
  const version = () => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  proc.exitCode = await runCli(proc.argv.slice(2), proc, { version });
}
