import { describe, expect, it } from 'vitest';
import { paid, totalYuan } from './support/lines.js';
import { evaluate, ON, at } from './taizhou-2023.support.js';

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
  it('三(三)3 解读：农产品地理标志每个组织一次 → 一条成果 count 2 与两条成果同为10万元，附解读', () => {
    const GI = { kind: 'geographical_indication', subtype: 'agricultural_product' } as const;
    const one = evaluate(at({ ...GI, count: 2 }), 'taizhou', ON);
    const two = evaluate(
      [at({ ...GI, id: 'gi-a', projectId: 'gi-a' }, '2024-03-01'), at({ ...GI, id: 'gi-b', projectId: 'gi-b' })],
      'taizhou',
      ON,
    );
    expect(paid(one)).toEqual({ 'geographical-indication.agricultural': 100_000 });
    expect(totalYuan(two)).toBe(100_000);
    expect(totalYuan(two)).toBe(totalYuan(one));
    expect(r2(two)).toEqual([
      ['gi-a', 'paid'],
      ['gi-b', 'stacking_highest_only'],
    ]);
    expect(two.notPaid[0]?.stoppedBy?.quote).toBe('对通过农产品地理标志登记保护的组织，一次性给予10万元的奖励');
    expect(one.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.geographical-indication-once');
    expect(two.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.geographical-indication-once');
  });
});
