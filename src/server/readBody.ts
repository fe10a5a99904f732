import type { IncomingMessage } from 'node:http';
import { ProblemError, PROBLEM_TYPES } from './problem.js';

/** The media types a route accepts, e.g. `['application/json']`; parameters other than `charset=utf-8` are refused. */
export function requireContentType(req: IncomingMessage, accepted: readonly string[]): void {
  const header = req.headers['content-type'] ?? '';
  // Stryker disable next-line StringLiteral: split always yields a first element; the default only satisfies the type.
  const [type = '', ...params] = header.toLowerCase().split(';');
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  // Stryker disable next-line Regex: the parameter was found by its start, 'charset='; the ^ anchor repeats that.
  const utf8 = charset === undefined || /^charset="?utf-8"?$/.test(charset);
  if (!accepted.includes(type.trim()) || !utf8) {
    throw new ProblemError(415, {
      zh: `请求体应为 ${accepted.join(' 或 ')}（UTF-8），收到的是 ${header || '（无 Content-Type）'}`,
      en: `the body must be ${accepted.join(' or ')} (UTF-8); got ${header || '(no Content-Type)'}`,
    });
  }
}

/** Refuses a body whose declared length is already over the limit, before reading a byte of it. */
export function checkDeclaredLength(req: IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
}

/** The `413` for a body over `limit` bytes. */
export function tooLarge(limit: number): ProblemError {
  return new ProblemError(
    413,
    { zh: `请求体超过 ${limit} 字节的上限`, en: `the body is larger than the limit of ${limit} bytes` },
    { headers: { connection: 'close' } },
  );
}

/** The `408` for a client that stopped sending its body. */
export function bodyTimeout(): ProblemError {
  return new ProblemError(
    408,
    { zh: '请求体未在时限内送达', en: 'the request body did not arrive in time' },
    { headers: { connection: 'close' } },
  );
}

/**
 * Reads a whole request body of at most `limit` bytes. Rejects with `413` past the limit, `408` when
 * the client stops sending for `idleMs` or takes longer than `totalMs` in all.
 */
export function readBody(req: IncomingMessage, limit: number, idleMs: number, totalMs: number): Promise<Buffer> {
  checkDeclaredLength(req, limit);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let idle: NodeJS.Timeout;
    const total = setTimeout(() => fail(bodyTimeout()), totalMs);
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => fail(bodyTimeout()), idleMs);
    };
    const settle = () => {
      clearTimeout(idle);
      clearTimeout(total);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
    };
    const fail = (error: Error) => {
      settle();
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return fail(tooLarge(limit));
      chunks.push(chunk);
      arm();
    };
    const onEnd = () => {
      settle();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = () => fail(new ProblemError(400, { zh: '请求体中断', en: 'the request body was cut off' }));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
    arm();
  });
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a UTF-8 JSON body; malformed UTF-8 or JSON is a `400` that says where. */
export function parseJson(body: Buffer): unknown {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw invalidJson({ zh: '请求体不是有效的 UTF-8', en: 'the body is not valid UTF-8' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // JSON.parse of a string throws nothing but a SyntaxError, which says where the text went wrong.
    const reason = (error as SyntaxError).message;
    throw invalidJson({ zh: `请求体不是有效的 JSON：${reason}`, en: `the body is not valid JSON: ${reason}` });
  }
}

function invalidJson(text: { zh: string; en: string }): ProblemError {
  return new ProblemError(400, text, { type: PROBLEM_TYPES.invalidJson });
}
