import { CliFailure, usageError } from './cliFailure.js';
import type { Command } from './command.js';
import { type CliIo, write } from './io.js';
import { COMMANDS } from './registry.js';

/** What the entry point knows about the package. */
export interface CliMeta {
  readonly version: () => string;
}

const HELP = new Set(['--help', '-h', 'help']);
const VERSION = new Set(['--version', '-v', '-V']);

/**
 * Runs the `quality-rewards` command line and resolves to its exit status: 0 done, 1 failure (bad input,
 * a file that cannot be read, a batch with failed lines), 2 usage error. Errors are one line on stderr;
 * `--debug` adds the stack of an unexpected one.
 */
export async function runCli(argv: readonly string[], io: CliIo, meta: CliMeta): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [first, ...rest] = args;
  let name = 'quality-rewards';
  try {
    if (first === undefined) {
      await write(io.stderr, await mainUsage());
      return 2;
    }
    if (HELP.has(first)) {
      const topic = rest[0];
      await write(io.stdout, topic === undefined ? await mainUsage() : (await load(topic)).usage);
      return 0;
    }
    if (VERSION.has(first)) {
      await write(io.stdout, `${meta.version()}\n`);
      return 0;
    }
    const command = await load(first);
    name = `quality-rewards ${command.name}`;
    if (rest.includes('--help') || rest.includes('-h')) {
      await write(io.stdout, command.usage);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    return report(error, name, io, debug);
  }
}

async function load(name: string): Promise<Command> {
  const loader = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (loader === undefined) {
    throw usageError(
      name.startsWith('-')
        ? `unknown option '${name}' (see quality-rewards --help)`
        : `unknown command '${name}' (see quality-rewards --help)`,
    );
  }
  return (await loader()).command;
}

async function mainUsage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map(async (loader) => (await loader()).command));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'quality-rewards — 质量提升奖励政策计算 / quality-reward policies as exact, explainable numbers',
    '',
    'Usage: quality-rewards <command> [options]      quality-rewards <command> --help',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '  --help, -h     这份说明 / this help        --version   版本 / the version',
    '  --debug        意外错误时打印堆栈 / print the stack of an unexpected error',
    '',
    'Exit status: 0 done, 1 failed (bad input, unreadable file, a batch line failed), 2 usage error.',
    '',
  ].join('\n');
}

async function report(error: unknown, name: string, io: CliIo, debug: boolean): Promise<number> {
  if (error instanceof CliFailure) {
    await write(io.stderr, `${name}: ${error.message}\n`);
    return error.exitCode;
  }
  if (isQualityRewardsError(error)) {
    const lines = error.issues.map((i) => `${name}: ${i.message.en} — ${i.message.zh} [${i.code}]\n`);
    await write(io.stderr, lines.join(''));
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  await write(
    io.stderr,
    debug && error instanceof Error
      ? `${error.stack ?? message}\n`
      : `${name}: unexpected error: ${message} (run with --debug for details)\n`,
  );
  return 1;
}

/**
 * The library's error, recognised by its shape so that this module need not load the library (which
 * keeps `--version` fast).
 */
function isQualityRewardsError(error: unknown): error is {
  issues: readonly { code: string; message: { zh: string; en: string } }[];
} {
  return (
    error instanceof Error &&
    error.name === 'QualityRewardsError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}
