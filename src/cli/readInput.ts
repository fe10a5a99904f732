import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { CliFailure, usageError } from './cliFailure.js';
import type { CliIo } from './io.js';

/**
 * The whole input of a command: the file named, or stdin when the name is `-` or omitted with piped
 * input. A file that cannot be read is a one-line failure (exit 1).
 */
export async function readInput(file: string | undefined, io: CliIo): Promise<{ text: string; source: string }> {
  if (file === undefined && io.stdin.isTTY) {
    throw usageError('missing input: name a file, or pipe JSON into stdin (or give - )');
  }
  if (file === undefined || file === '-') return { text: await text(io.stdin), source: 'stdin' };
  try {
    return { text: await readFile(file, 'utf8'), source: file };
  } catch (error) {
    throw new CliFailure(`cannot read ${file}: ${describeIoError(error)}`);
  }
}

/** A file-system error in a few words (`no such file or directory`), without Node's stack. */
export function describeIoError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
  };
  return (e.code && known[e.code]) ?? e.message ?? String(error);
}

/** Parses the input as one JSON document; NDJSON (several documents) is pointed to `batch`. */
export function parseJson(input: { text: string; source: string }): unknown {
  try {
    return JSON.parse(input.text) as unknown;
  } catch (error) {
    const lines = input.text.split('\n').filter((l) => l.trim() !== '');
    const hint =
      lines.length > 1 && lines.every(isJson)
        ? ' — it holds one JSON value per line (NDJSON): use `quality-rewards batch` for many requests'
        : '';
    throw new CliFailure(`${input.source} is not valid JSON: ${(error as Error).message}${hint}`);
  }
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
