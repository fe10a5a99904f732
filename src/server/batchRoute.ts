import type { ServerResponse } from 'node:http';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { TextDecoder } from 'node:util';
import type { InputIssue } from '../index.js';
import { evaluateChunk } from '../cli/batch/evaluateChunk.js';
import { bodyTimeout, checkDeclaredLength, requireContentType } from './readBody.js';
import type { RequestContext } from './router.js';

/** The media types `/v1/batch` reads; it answers `application/x-ndjson`. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;

/** Lines evaluated before the handler lets other requests run: a long batch must not stall the service. */
const LINES_PER_TURN = 64;

const NEWLINE = 0x0a;

/**
 * `POST /v1/batch`: NDJSON in, NDJSON out, streamed, line for line what the CLI's `batch` writes. One
 * request envelope per line; one answer per non-blank line, in input order, with the 1-based line number
 * and the request's `id`: `{ line, id?, ok: true, result }` or `{ line, id?, ok: false, issues }`, after
 * which the batch goes on. Output waits for a slow reader (backpressure), so memory stays flat whatever
 * the body's size.
 */
export async function handleBatch({ req, res, limits }: RequestContext): Promise<void> {
  requireContentType(req, NDJSON_TYPES);
  checkDeclaredLength(req, limits.batchBodyBytes);
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });

  // Bytes that are not UTF-8 become U+FFFD, so the library reports the field they spoil.
  const decoder = new TextDecoder('utf-8');
  const idle = setTimeout(() => req.destroy(bodyTimeout()), limits.bodyIdleTimeoutMs);
  let lineNumber = 0;
  let received = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let turn: (readonly [number, string])[] = [];

  const emit = async (text: string) => {
    if (text === '' || res.write(text)) return;
    await drainOrClose(res);
    // Stryker disable next-line StringLiteral: the error is caught below to stop the batch; its message is never read.
    if (res.destroyed) throw new Error('the client went away');
    // A reader that keeps up is not an idle client, even while no body arrives.
    idle.refresh();
  };
  const flush = async () => {
    // Stryker disable next-line ConditionalExpression: an empty turn evaluates to '', which writes nothing; the return only saves the call.
    if (turn.length === 0) return;
    // Stryker disable next-line StringLiteral: evaluateChunk writes NDJSON for every format but 'csv', so '' reads the same.
    const { text } = evaluateChunk({ seq: 0, format: 'ndjson', lines: turn });
    turn = [];
    await emit(text);
    await yieldToLoop();
  };
  const finishLine = async (bytes: Buffer) => {
    lineNumber += 1;
    if (overlong) {
      overlong = false;
      await flush();
      await emit(failure(lineNumber, tooLong(`line over ${limits.batchLineBytes} bytes`)));
      return;
    }
    turn.push([lineNumber, decoder.decode(bytes)]);
    if (turn.length >= LINES_PER_TURN) await flush();
  };

  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      idle.refresh();
      received += chunk.length;
      if (received > limits.batchBodyBytes) {
        await flush();
        await emit(failure(lineNumber + 1, tooLong(`body over ${limits.batchBodyBytes} bytes; batch stopped`)));
        // The line the limit cut off has its answer, the one just written: nothing of it is left to finish.
        pendingBytes = 0;
        overlong = false;
        break;
      }
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, end);
        // Stryker disable next-line ConditionalExpression: concatenating no pending part copies the piece; the test only saves the copy.
        await finishLine(pending.length === 0 ? piece : Buffer.concat([...pending, piece]));
        pending = [];
        pendingBytes = 0;
        start = end + 1;
      }
      const rest = chunk.subarray(start);
      if (overlong || pendingBytes + rest.length > limits.batchLineBytes) {
        overlong = true;
        pending = [];
        pendingBytes = 0;
      } else {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty rest pushed adds no byte to the line; the test only keeps the list short.
        if (rest.length > 0) {
          pending.push(Buffer.from(rest));
          pendingBytes += rest.length;
        }
      }
      // Answer what has arrived before waiting for more: a client may send a line and wait for its answer.
      await flush();
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: finishing nothing pending adds a blank last line, and a blank line has no answer.
    if (pendingBytes > 0 || overlong) await finishLine(Buffer.concat(pending));
    await flush();
  } catch {
    // The client stopped sending or went away: the connection is already closed or closing.
  } finally {
    clearTimeout(idle);
  }
  res.end();
}

/** A line that cannot reach the evaluator answers in the shape of a bad request. */
function failure(line: number, issues: readonly InputIssue[]): string {
  return `${JSON.stringify({ line, ok: false, issues })}\n`;
}

/** The issue of input over a size limit: `invalid_value` at the line itself, as the library words it. */
function tooLong(detail: string): InputIssue[] {
  return [
    {
      code: 'invalid_value',
      path: [],
      message: { zh: `(input)：取值不在允许范围内（${detail}）`, en: `(input): value not allowed (${detail})` },
    },
  ];
}

/** Waits until the client has read what was written, or has gone. */
function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}
