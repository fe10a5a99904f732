import type { CliIo } from './io.js';

/** One subcommand: a module under `commands/` exports one of these as `command`. */
export interface Command {
  readonly name: string;
  /** One line for the list of commands, Chinese / English. */
  readonly summary: string;
  /** The full text of `<name> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the subcommand's name; resolves to the exit status. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
