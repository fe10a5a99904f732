import { evaluateRequest, type InputIssue, QualityRewardsError } from '../../index.js';
import type { ChunkResult, LineChunk } from './chunk.js';
import { errorRows, resultRows } from './csvRows.js';
import { withReadings } from '../readingFlags.js';

/**
 * Evaluates a chunk of request lines, each on its own: a line that is not JSON, or whose request is bad,
 * becomes an error line with the library's issue codes, and the rest go on. Blank lines are skipped.
 * NDJSON output: `{ line, id?, ok: true, result }` or `{ line, id?, ok: false, issues }` (JSON leaves an
 * undefined id out).
 */
export function evaluateChunk(chunk: LineChunk): ChunkResult {
  let text = '';
  let lines = 0;
  let failed = 0;
  let paidFen = 0n;
  for (const [line, source] of chunk.lines) {
    if (source.trim() === '') continue;
    lines += 1;
    const outcome = evaluateLine(source, chunk.readings);
    const id = outcome.id;
    if (outcome.ok) {
      paidFen += BigInt(outcome.result.total.fen);
      text +=
        chunk.format === 'csv'
          ? resultRows(line, id, outcome.result)
          : `${JSON.stringify({ line, id, ok: true, result: outcome.result })}\n`;
    } else {
      failed += 1;
      text +=
        chunk.format === 'csv'
          ? errorRows(line, id, outcome.issues)
          : `${JSON.stringify({ line, id, ok: false, issues: outcome.issues })}\n`;
    }
  }
  return { seq: chunk.seq, text, lines, failed, paidFen: String(paidFen) };
}

type LineOutcome = { id: string | number | undefined } & (
  { ok: true; result: ReturnType<typeof evaluateRequest> } | { ok: false; issues: readonly InputIssue[] }
);

function evaluateLine(source: string, readings: LineChunk['readings']): LineOutcome {
  let request: unknown;
  try {
    request = JSON.parse(source);
  } catch (error) {
    return { id: undefined, ok: false, issues: [notJson((error as Error).message)] };
  }
  const id = idOf(request);
  try {
    return { id, ok: true, result: evaluateRequest(withLineReadings(request, readings)) };
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: evaluateRequest throws nothing but QualityRewardsError on any input (the fuzz run counts raw exceptions: 0); the rethrow is for a bug, and no input from JSON reaches it.
    if (error instanceof QualityRewardsError) return { id, ok: false, issues: error.issues };
    throw error;
  }
}

/** A request with the readings of `--reading` over its own `options.readings` (a request that is not an object is left to be refused). */
function withLineReadings(request: unknown, readings: LineChunk['readings']): unknown {
  if (readings === undefined || typeof request !== 'object' || request === null || Array.isArray(request))
    return request;
  const envelope = request as Record<string, unknown>;
  return { ...envelope, options: withReadings(envelope['options'], { ...readings }) };
}

/** The caller's `id`, echoed even when the rest of the request is bad, so the error line can be matched. */
function idOf(request: unknown): string | number | undefined {
  // JSON.parse gives an object, a list, a primitive or null: only null has no properties to read.
  const id = (request as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/** A line that is not JSON: the issue a request that is not an object gets, with the parser's words. */
function notJson(detail: string): InputIssue {
  return {
    code: 'invalid_type',
    path: [],
    message: {
      zh: `(input)：类型错误（每行应为一个 JSON 对象：${detail}）`,
      en: `(input): wrong type (expected one JSON object per line: ${detail})`,
    },
  };
}
