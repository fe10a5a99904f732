import { describe, expect, it } from 'vitest';
import { paid, totalYuan } from './support/lines.js';
import {
  evaluate,
  ON,
  at,
} from './taizhou-2023.support.js';

const r2 = (r: ReturnType<typeof evaluate>) => [
  ...r.awards.map((a) => [a.achievementId, 'paid']),
  ...r.notPaid.map((n) => [n.achievementId, n.code]),
];

describe('三(三)3 认证认可', () => {
  it('三(三)3 每项认证：乡村民宿服务认证、绿色金融认证两项 → 20万元', () => {
    const r = evaluate(
      at({ kind: 'certification_pilot_project', level: 'provincial', region: '330000', count: 2 }),
      'taizhou',
      ON,
    );
    expect(paid(r)).toEqual({ 'certification-pilot.provincial': 200_000 });
    expect(r.awards[0]?.calculation.zh).toContain('每项认证');
  });
  it('三(三)3 解读（一次性按登记计）：两项农产品地理标志登记 → 各10万元；一条成果 count 2 只付10万元（count 不相乘）', () => {
    const GI = { kind: 'geographical_indication', subtype: 'agricultural_product' } as const;
    const one = evaluate(at({ ...GI, count: 2 }), 'taizhou', ON);
    const two = evaluate(
      [at({ ...GI, id: 'gi-a', projectId: 'gi-a' }, '2024-03-01'), at({ ...GI, id: 'gi-b', projectId: 'gi-b' })],
      'taizhou',
      ON,
    );
    expect(paid(one)).toEqual({ 'geographical-indication.agricultural': 100_000 });
    expect(totalYuan(two)).toBe(200_000);
    expect(r2(two)).toEqual([
      ['gi-a', 'paid'],
      ['gi-b', 'paid'],
    ]);
    expect(one.awards[0]?.readings.map((x) => x.id)).not.toContain('taizhou.geographical-indication-once');
    expect(two.awards[1]?.readings.map((x) => x.id)).toContain('taizhou.geographical-indication-once');
  });
});
