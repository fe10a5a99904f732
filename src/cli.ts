/** The `quality-rewards` command. */
import { readFileSync } from 'node:fs';
import { processIo } from './cli/io.js';
import { runCli } from './cli/runCli.js';

// Both src/cli.ts and dist/cli.js sit one level below package.json.
const version = () =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// A reader that stops early (`… | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), processIo(), { version });
