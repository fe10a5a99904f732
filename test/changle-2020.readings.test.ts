import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

/** A reading is flagged whenever the result depends on it, not only when it cut a claim. */
const readingIds = (r: ReturnType<typeof evaluate>) => r.warnings.map((w) => w.reading?.id).filter(Boolean);
const gi = { kind: 'geographical_indication', subtype: 'agricultural_product' } as const;

describe('三(二)3(7) 每项给予20万元经费资助 — 与同年度“就高不重复”相遇', () => {
  it('3(7) 同年批准三项地理标志（count 3）→ 60万元，附同年度一池的解读（另一读法只付20万元）', () => {
    const r = evaluate({ ...gi, count: 3, obtainedOn: '2024-05-10' }, 'changle', '2024-06-01');
    expect(r.total.text).toBe('60万元');
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('changle.same-year-pool');
    expect(readingIds(r)).toContain('changle.same-year-pool');
  });
  it('3(7) 同年两项地理标志分两条录入、无其他同年奖励 → 40万元，每项都附解读', () => {
    const r = evaluate(
      [
        { ...gi, obtainedOn: '2024-02-01' },
        { ...gi, obtainedOn: '2024-03-01' },
      ],
      'changle',
      '2024-06-01',
    );
    expect(r.total.text).toBe('40万元');
    expect(r.awards.map((a) => a.readings.some((x) => x.id === 'changle.same-year-pool'))).toEqual([true, true]);
  });
  it('3(7) 一项地理标志、同年无其他奖励 → 20万元，解读无从左右结果，不提示', () => {
    const r = evaluate({ ...gi, obtainedOn: '2024-05-10' }, 'changle', '2024-06-01');
    expect(r.total.text).toBe('20万元');
    expect(readingIds(r)).not.toContain('changle.same-year-pool');
  });
});
