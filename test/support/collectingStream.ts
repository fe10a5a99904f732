import { PassThrough } from 'node:stream';

/** A stream for a command to write to, keeping what it was given; `text()` reads it back as UTF-8. */
export function collectingStream(): PassThrough & { text(): string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (b: Buffer) => chunks.push(b));
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}
