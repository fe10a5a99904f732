/**
 * A failure the CLI reports in one line and an exit status, never with a stack trace: `2` for a usage
 * error (unknown flag, missing option), `1` for anything else (a file that cannot be read, bad JSON).
 */
export class CliFailure extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}

/** A usage error: exit status 2. */
export function usageError(message: string): CliFailure {
  return new CliFailure(message, 2);
}
