import { usageError } from './cliFailure.js';

/** The `--reading` flag's help line, shared by the commands that take it. */
export const READING_FLAG_HELP = `      --reading <id>=alternative
                             evaluate with a reading's recorded alternative (a what-if; repeatable);
                             the result lists it under readingsSwitched`;

/**
 * `--reading id=alternative` (repeatable) as `options.readings`; `id=chosen` keeps the library's
 * reading. Anything else is a usage error naming the flag. Whether the id is a reading of the policy is
 * checked by `evaluate`, like any option.
 */
export function readingsFromFlags(flags: readonly string[] | undefined): Record<string, string> | undefined {
  if (flags === undefined || flags.length === 0) return undefined;
  const readings: Record<string, string> = {};
  for (const flag of flags) {
    const at = flag.lastIndexOf('=');
    const id = at > 0 ? flag.slice(0, at) : '';
    const choice = flag.slice(at + 1);
    if (id === '' || (choice !== 'alternative' && choice !== 'chosen')) {
      throw usageError(`--reading expects <id>=alternative or <id>=chosen, not '${flag}'`);
    }
    readings[id] = choice;
  }
  return readings;
}

/** Options with the readings of the command line over those of the file (when any were given). */
export function withReadings(options: unknown, readings: Record<string, string> | undefined): unknown {
  if (readings === undefined) return options;
  const base = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  const fromFile = typeof base['readings'] === 'object' && base['readings'] !== null ? base['readings'] : {};
  return { ...base, readings: { ...fromFile, ...readings } };
}
