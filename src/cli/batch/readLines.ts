import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * The lines of a stream, without their `\n` or `\r\n`, read as UTF-8 one chunk at a time: the stream is
 * read only as fast as the lines are taken, so a slow consumer holds the reading back (backpressure) and
 * memory stays flat whatever the size of the input. `onBytes` is told how many bytes each chunk held.
 */
export async function* readLines(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder(); // UTF-8, its default
  let rest = '';
  for await (const chunk of input) {
    // Stryker disable next-line ConditionalExpression: Buffer.from of a Buffer is an equal copy; the test only spares that copy.
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    onBytes?.(buffer.length);
    const text = rest + decoder.write(buffer);
    const parts = text.split('\n');
    rest = parts.pop() as string;
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part;
  }
  rest += decoder.end();
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
