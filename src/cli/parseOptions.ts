import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cliFailure.js';

/**
 * `node:util` `parseArgs`, strict, with positionals allowed; its errors become one-line usage errors
 * (exit 2) naming the flag. `--x=y` and `--x y` both work.
 */
export function parseOptions<const T extends ParseArgsConfig['options']>(
  argv: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // Node's messages run on with advice about `--`; the first sentence names the flag.
    // Stryker disable next-line OptionalChaining: split always returns at least one piece, so [0] is never undefined.
    throw usageError((error as Error).message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? 'bad arguments');
  }
}

/** The value of a required option, or a usage error naming it. */
export function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined) throw usageError(`missing required option ${flag}`);
  return value;
}

/** The one positional argument a command takes (or none); a second is a usage error naming it. */
export function onePositional(positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) throw usageError(`unexpected argument '${positionals[1]}'`);
  return positionals[0];
}
