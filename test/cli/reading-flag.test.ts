import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/runCliInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'qr-cli-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** 中国质量奖: 郑州 第3条 → 500万元 (本库读法), 50万元 (照印). */
const cqaFile = join(dir, 'cqa.json');
writeFileSync(
  cqaFile,
  JSON.stringify({ kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' }),
);
/** The CLI on the 中国质量奖 file: evaluated in 郑州, or compared between 郑州 and 长乐, on 2024-06-01. */
const evaluateCqa = (...flags: string[]) => cli(['evaluate', cqaFile, '-j', '郑州', '-d', '2024-06-01', ...flags]);
const compareCqa = (...flags: string[]) =>
  cli(['compare', cqaFile, '-d', '2024-06-01', '-j', 'zhengzhou,changle', ...flags]);
const totalOf = (out: string) => (JSON.parse(out) as { total: { text: string } }).total.text;

describe('--reading <id>=alternative (what-if by reading)', { timeout: 60_000 }, () => {
  it('evaluate: 郑州 第3条 中国质量奖 with zhengzhou.art3.cqa=alternative → 50万元, readingsSwitched listed', async () => {
    const plain = await evaluateCqa();
    const r = await evaluateCqa('--reading', 'zhengzhou.art3.cqa=alternative');
    expect([plain.code, totalOf(plain.out)]).toEqual([0, '500万元']);
    expect([r.code, totalOf(r.out)]).toEqual([0, '50万元']);
    expect((JSON.parse(r.out) as { readingsSwitched: { id: string }[] }).readingsSwitched.map((s) => s.id)).toEqual([
      'zhengzhou.art3.cqa',
    ]);
  });
  it('evaluate --text names the switched reading under the total', async () => {
    const r = await evaluateCqa('--reading=zhengzhou.art3.cqa=alternative', '--text');
    expect(r.out).toContain('Readings switched (what-if)');
    expect(r.out).toContain('zhengzhou.art3.cqa: 照印：50万元');
  });
  it('compare: the reading is switched where the policy records it (郑州), and left out elsewhere (长乐)', async () => {
    const r = await compareCqa('--reading', 'zhengzhou.art3.cqa=alternative');
    const results = JSON.parse(r.out) as { total: { text: string }; readingsSwitched?: unknown }[];
    expect(results.map((x) => [x.total.text, x.readingsSwitched === undefined])).toEqual([
      ['50万元', false],
      ['200万元', true],
    ]);
  });
  it('batch: every line (300, over two threads) is evaluated with the reading, over the line’s own options.readings', async () => {
    const line = (i: number) =>
      JSON.stringify({
        id: i,
        achievement: { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
        jurisdiction: 'zhengzhou',
        date: '2024-06-01',
        ...(i % 2 === 0 ? { options: { readings: { 'zhengzhou.art3.cqa': 'chosen' } } } : {}),
      });
    const input = `${Array.from({ length: 300 }, (_, i) => line(i)).join('\n')}\n`;
    const r = await cli(['batch', '-', '--workers', '2', '--reading', 'zhengzhou.art3.cqa=alternative'], input);
    const totals = r.out
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { result: { total: { text: string } } }).result.total.text);
    expect([r.code, totals.length, new Set(totals)]).toEqual([0, 300, new Set(['50万元'])]);
    const plain = await cli(['batch', '-', '--workers', '1'], `${line(1)}\n`);
    expect((JSON.parse(plain.out) as { result: { total: { text: string } } }).result.total.text).toBe('500万元');
  });
  it('compare --text marks the jurisdiction whose total is a what-if', async () => {
    const r = await compareCqa('--reading', 'zhengzhou.art3.cqa=alternative', '--text');
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.includes('zhengzhou-2019'))).toContain('readings switched: zhengzhou.art3.cqa');
    expect(lines.find((l) => l.includes('changle-2020'))).not.toContain('readings switched');
  });
  it('an unknown reading id exits 1 naming options.readings.<id>; a malformed flag is a usage error (2)', async () => {
    const unknown = await evaluateCqa('--reading', 'zhengzhou.art3.cq=alternative');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('options.readings.zhengzhou.art3.cq');
    const compared = await cli(['compare', cqaFile, '-d', '2024-06-01', '--reading', 'nowhere.reading=alternative']);
    expect([
      compared.code,
      compared.err.includes('unknown_reading') || compared.err.includes('nowhere.reading'),
    ]).toEqual([1, true]);
    const bad = await evaluateCqa('--reading', 'zhengzhou.art3.cqa');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--reading');
  });
});
