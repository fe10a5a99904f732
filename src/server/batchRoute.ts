import type { ServerResponse } from 'node:http';
import { TextDecoder } from 'node:util';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { evaluateRequest, QualityRewardsError } from '../index.js';
import { inputIssue, type InputIssue } from '../errors/QualityRewardsError.js';
import { bodyTimeout, checkDeclaredLength, requireContentType } from './readBody.js';
import type { RequestContext } from './router.js';

/** The media types `/v1/batch` reads; it answers `application/x-ndjson`. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;

/** Lines evaluated before the handler lets other requests run: a long batch must not stall the service. */
const LINES_PER_TURN = 64;

const NEWLINE = 0x0a;

/**
 * `POST /v1/batch`: NDJSON in, NDJSON out, streamed. One request envelope per line; one answer line per
 * non-blank input line, in input order, carrying the 1-based line number and the request's `id`: the
 * result, or the issues of a bad line, after which the batch goes on. Output waits for a slow reader
 * (backpressure), so memory stays flat whatever the body's size.
 */
export async function handleBatch({ req, res, limits }: RequestContext): Promise<void> {
  requireContentType(req, NDJSON_TYPES);
  checkDeclaredLength(req, limits.batchBodyBytes);
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineNumber = 0;
  let received = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let sinceYield = 0;
  const idle = setTimeout(() => req.destroy(bodyTimeout()), limits.bodyIdleTimeoutMs);

  const emit = async (line: object) => {
    if (res.write(`${JSON.stringify(line)}\n`)) return;
    await drainOrClose(res);
    if (res.destroyed) throw new Error('the client went away');
    // A reader that keeps up is not an idle client, even while no body arrives.
    idle.refresh();
  };
  const finishLine = async (bytes: Buffer) => {
    lineNumber += 1;
    const answer = overlong
      ? failure(lineNumber, undefined, [
          inputIssue('invalid_value', [], `line longer than ${limits.batchLineBytes} bytes`),
        ])
      : answerLine(lineNumber, bytes, decoder);
    overlong = false;
    if (answer) await emit(answer);
    if (++sinceYield >= LINES_PER_TURN) {
      sinceYield = 0;
      await yieldToLoop();
    }
  };

  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      idle.refresh();
      received += chunk.length;
      if (received > limits.batchBodyBytes) {
        await emit(
          failure(lineNumber + 1, undefined, [
            inputIssue('invalid_value', [], `body larger than ${limits.batchBodyBytes} bytes; batch stopped`),
          ]),
        );
        break;
      }
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        const piece = chunk.subarray(start, end);
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
      } else if (rest.length > 0) {
        pending.push(Buffer.from(rest));
        pendingBytes += rest.length;
      }
    }
    if (pendingBytes > 0 || overlong) await finishLine(Buffer.concat(pending));
  } catch {
    // The client stopped sending or went away: say so on the stream if it is still open.
    if (!res.destroyed && res.writable)
      res.write(
        JSON.stringify(
          failure(lineNumber + 1, undefined, [
            inputIssue('invalid_value', [], 'the body was cut off or timed out; batch stopped'),
          ]),
        ) + '\n',
      );
  } finally {
    clearTimeout(idle);
  }
  res.end();
}

/** The answer to one line, or nothing for a blank line. */
function answerLine(line: number, bytes: Buffer, decoder: TextDecoder): object | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes).trim();
  } catch {
    return failure(line, undefined, [inputIssue('invalid_value', [], 'not valid UTF-8')]);
  }
  if (text === '') return undefined;
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (error) {
    return failure(line, undefined, [inputIssue('invalid_value', [], `not JSON: ${(error as Error).message}`)]);
  }
  const id = idOf(request);
  try {
    return { line, ...(id === undefined ? {} : { id }), result: evaluateRequest(request) };
  } catch (error) {
    if (error instanceof QualityRewardsError) return failure(line, id, error.issues);
    throw error;
  }
}

function failure(line: number, id: string | number | undefined, issues: readonly InputIssue[]): object {
  return { line, ...(id === undefined ? {} : { id }), error: { issues } };
}

/** The request's own `id`, echoed only when it is one a caller could have meant (a string or an integer). */
function idOf(request: unknown): string | number | undefined {
  if (request === null || typeof request !== 'object' || !Object.hasOwn(request, 'id')) return undefined;
  const id = (request as { id: unknown }).id;
  return typeof id === 'string' || Number.isInteger(id) ? (id as string | number) : undefined;
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
