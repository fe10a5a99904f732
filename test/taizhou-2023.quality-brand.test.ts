import { describe, expect, it } from 'vitest';
import { paid, refused } from './support/lines.js';
import {
  evaluate,
  ON,
  at,
  readingIds,
  PZB_INITIAL,
  PZB_RENEWAL,
  PZB_SELF,
  history,
} from './taizhou-2023.support.js';

describe('三(一)1 上述“品字标”奖励总额每家企业累计不超过50万元', () => {
  it('已获40万元，再复评审20万元 → 只付10万元（cap_reached）', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 100_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('20万元');
    expect(r.awards[0]?.adjustments.map((x) => [x.code, x.quote, x.after.text])).toEqual([
      ['cap_reached', '上述“品字标”奖励总额每家企业累计不超过50万元', '10万元'],
    ]);
    expect(readingIds(r)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('同一组合：超出部分的一项被削减到剩余额度（40万元后一项20万元 → 10万元）', () => {
    const r = evaluate(
      [at(PZB_INITIAL, '2023-03-01'), at(PZB_RENEWAL, '2023-09-01'), at(PZB_RENEWAL, '2024-04-01')],
      'taizhou',
      ON,
    );
    expect(r.awards.map((a) => [a.ruleId, a.amount.fen / 100])).toEqual([
      ['pinzibiao.initial', 200_000],
      ['pinzibiao.renewal', 200_000],
      ['pinzibiao.renewal', 100_000],
    ]);
    expect(r.awards[2]?.adjustments.map((x) => x.code)).toEqual(['cap_reached']);
    const more = evaluate(
      [at(PZB_RENEWAL, '2023-09-01'), at(PZB_RENEWAL, '2024-04-01'), at(PZB_SELF, '2024-05-01')],
      'taizhou',
      ON,
      {
        history: [history('pinzibiao.initial', 200_000, '2023-03-01')],
      },
    );
    expect(more.awards.map((a) => a.amount.fen / 100)).toEqual([200_000, 100_000]);
    expect(refused(more)).toEqual({ 'pinzibiao.self-declaration': 'cap_reached' });
  });
});
