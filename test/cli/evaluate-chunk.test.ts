import { describe, expect, it } from 'vitest';
import { evaluateChunk } from '../../src/cli/batch/evaluateChunk.js';

/**
 * evaluateChunk: each batch line on its own — a result line, or an error line with the library's issue
 * codes — and the chunk's counts. 长乐 三(二)1 中国质量奖 → 200万元; 郑州 第3条 → 500万元 (照印 50万元).
 */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const request = (id: unknown, jurisdiction = 'changle') =>
  JSON.stringify({ ...(id === undefined ? {} : { id }), achievement: cqa, jurisdiction, date: '2024-06-01' });
const ndjson = (lines: [number, string][], readings?: Record<string, string>) => {
  const r = evaluateChunk({ seq: 3, format: 'ndjson', lines, ...(readings ? { readings } : {}) });
  return {
    ...r,
    out: r.text
      .split('\n')
      .slice(0, -1)
      .map((l) => JSON.parse(l)),
  };
};

describe('result lines', () => {
  it('{ line, id, ok: true, result }, the id only when the request has one (a string or a number)', () => {
    const r = ndjson([
      [1, request('A')],
      [2, request(7)],
      [3, request(undefined)],
      [4, request({ not: 'an id' })],
    ]);
    expect(r.out.map((o) => [o.line, o.id, o.ok, o.result?.total.text])).toEqual([
      [1, 'A', true, '200万元'],
      [2, 7, true, '200万元'],
      [3, undefined, true, '200万元'],
      [4, undefined, false, undefined],
    ]);
    expect(r.out.map((o) => 'id' in o)).toEqual([true, true, false, false]);
  });
  it('the chunk’s seq, lines evaluated, lines failed and the sum paid in 分 as text', () => {
    const r = ndjson([
      [1, request('A')],
      [2, '   '],
      [3, request('B', 'zhengzhou')],
      [4, '{'],
    ]);
    expect([r.seq, r.lines, r.failed, r.paidFen]).toEqual([3, 3, 1, '700000000']);
  });
  it('blank and whitespace-only lines are skipped and not counted', () => {
    const r = ndjson([
      [1, ''],
      [2, ' \t '],
    ]);
    expect([r.text, r.lines, r.failed, r.paidFen]).toEqual(['', 0, 0, '0']);
  });
});

describe('error lines', () => {
  it('a line that is not JSON: invalid_type at the root, with the parser’s words', () => {
    const [line] = ndjson([[9, 'not json']]).out;
    expect(line).toEqual({
      line: 9,
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          message: {
            zh: `(input)：类型错误（每行应为一个 JSON 对象：${jsonError('not json')}）`,
            en: `(input): wrong type (expected one JSON object per line: ${jsonError('not json')})`,
          },
        },
      ],
    });
  });
  it('a bad request keeps its id, so the error line can be matched', () => {
    const [line] = ndjson([
      [2, JSON.stringify({ id: 'Z', achievement: { kind: 'nope' }, jurisdiction: 'changle', date: '2024-06-01' })],
    ]).out;
    expect([line.id, line.ok, line.issues.map((i: { code: string }) => i.code)]).toEqual([
      'Z',
      false,
      ['missing_field', 'unknown_achievement_kind'],
    ]);
  });
  it.each([
    ['null', 'null'],
    ['a list', '[1]'],
    ['a string', '"str"'],
  ])('%s is refused as the library refuses it, with --reading given too', (_, text) => {
    for (const readings of [undefined, { 'zhengzhou.art3.cqa': 'alternative' }]) {
      const [line] = ndjson([[1, text]], readings).out;
      expect([line.ok, line.issues.map((i: { code: string; path: unknown[] }) => [i.code, i.path])]).toEqual([
        false,
        [['invalid_type', []]],
      ]);
    }
  });
});

describe('a line’s own options without --reading', () => {
  it('are passed as they are: options that are not an object are refused', () => {
    const line = JSON.stringify({ achievement: cqa, jurisdiction: 'changle', date: '2024-06-01', options: 5 });
    const [out] = ndjson([[1, line]]).out;
    expect([out.ok, out.issues.map((i: { code: string; path: unknown[] }) => [i.code, i.path])]).toEqual([
      false,
      [['invalid_type', ['options']]],
    ]);
  });
});

describe('--reading on every line', () => {
  it('over the line’s own options.readings, keeping its other options', () => {
    const own = JSON.stringify({
      id: 1,
      achievement: cqa,
      jurisdiction: 'shenzhen',
      date: '2024-06-01',
      options: { assumeStartDate: '2024-01-01', readings: { 'shenzhen.mayor-grades': 'chosen' } },
    });
    const [line] = ndjson([[1, own]], { 'shenzhen.first-time-scope': 'chosen' }).out;
    expect([line.ok, line.result.policy.startAssumed]).toEqual([true, true]);
    const [zhengzhou] = ndjson([[1, request('Z', 'zhengzhou')]], { 'zhengzhou.art3.cqa': 'alternative' }).out;
    expect(zhengzhou.result.total.text).toBe('50万元');
  });
});

describe('CSV', () => {
  it('rows for results and for errors, no header (the batch writes it once)', () => {
    const r = evaluateChunk({
      seq: 0,
      format: 'csv',
      lines: [
        [1, request('A')],
        [2, '{'],
      ],
    });
    const rows = r.text.split('\r\n').slice(0, -1);
    expect(rows.map((row) => row.split(',').slice(0, 3))).toEqual([
      ['1', 'A', 'paid'],
      ['2', '', 'error'],
    ]);
    expect(rows[0]?.startsWith('1,A,paid,350112,changle-2020,0,,cqa.award,三(二)1,,200000000,')).toBe(true);
    expect([r.lines, r.failed, r.paidFen]).toEqual([2, 1, '200000000']);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}
