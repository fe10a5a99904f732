import { describe, expect, it } from 'vitest';
import { paid } from './support/lines.js';
import { at, evaluate } from './zhengzhou-2019.support.js';

/** 第11条 承担郑州市专业标准化技术委员会（TC）秘书处工作的，资助奖励10万元/年，按标准起草量连续两年支持 */
const tc = {
  kind: 'standardization_body_secretariat',
  level: 'municipal',
  region: '410100',
  body: 'tc',
  projectId: 'tc-1',
} as const;
const secretariat = at(tc, '2024-05-10');
const paidYear1 = {
  history: [
    {
      policyId: 'zhengzhou-2019',
      ruleId: 'art11.zhengzhou.tc',
      amountYuan: 100_000,
      obtainedOn: '2024-05-10',
      projectId: 'tc-1',
    },
  ],
};
const statuses = (r: ReturnType<typeof evaluate>) => r.awards[0]?.schedule?.map((s) => [s.year, s.dueOn, s.status]);

describe('第11条 资助奖励10万元/年，按标准起草量连续两年支持 — 按年到期，扣除已付', () => {
  it('第11条 第1年内（2024-06-01）→ 付第1年10万元；第2年（2025-05-10 到期）列为 scheduled，不付', () => {
    const r = evaluate(secretariat, 'zhengzhou', '2024-06-01');
    expect(paid(r)).toEqual({ 'art11.zhengzhou.tc': 100_000 });
    expect(statuses(r)).toEqual([
      [1, '2024-05-10', 'due'],
      [2, '2025-05-10', 'scheduled'],
    ]);
    expect(r.awards[0]?.adjustments.map((a) => a.code)).toEqual(['instalment_not_due']);
  });
  it('第11条 第2年到期日（2025-05-10）评估、history 无付款 → 两年均到期，20万元', () => {
    const r = evaluate(secretariat, 'zhengzhou', '2025-05-10');
    expect(paid(r)).toEqual({ 'art11.zhengzhou.tc': 200_000 });
    expect(statuses(r)?.map((s) => s[2])).toEqual(['due', 'due']);
  });
  it('第11条 第2年到期（2025-06-01）、第1年已付（history）→ 只付第2年10万元，第1年记为 paid_before', () => {
    const r = evaluate(secretariat, 'zhengzhou', '2025-06-01', paidYear1);
    expect(paid(r)).toEqual({ 'art11.zhengzhou.tc': 100_000 });
    expect(statuses(r)).toEqual([
      [1, '2024-05-10', 'paid_before'],
      [2, '2025-05-10', 'due'],
    ]);
  });
});
