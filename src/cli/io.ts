import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean; readonly columns?: number };
  /** Environment (for `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Writes text and waits while the stream's buffer is full, so a slow reader (a pipe to `less`, a file on
 * a slow disk) holds the writer back instead of the text piling up in memory.
 */
export function write(stream: Writable, text: string): Promise<void> | void {
  if (stream.destroyed) throw stream.errored ?? new Error('the output was closed');
  if (stream.write(text)) return;
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      if (error) reject(error);
      else resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', done);
  });
}
