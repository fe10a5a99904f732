import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** N元/年 for N years (per_year): each instalment falls due on an anniversary; history paid is deducted. */
const policy = syntheticPolicy({
  window: {
    start: { date: '2020-01-01', clause: '1', quote: 'start' },
    end: { type: 'date', date: '9999-12-31', clause: '1', quote: 'end' },
  },
  rules: [
    fixedRule('yearly', 'standardization_body_secretariat', 0, {
      amount: { type: 'per_year', yuanPerYear: 100_000, years: 3 },
    }),
    fixedRule('other', 'key_project', 0, { amount: { type: 'per_year', yuanPerYear: 100_000, years: 3 } }),
  ],
});
const { evaluate } = evaluatorFor(policy);
const secretariat = { kind: 'standardization_body_secretariat', obtainedOn: '2024-01-01', projectId: 'p' };
const ALL_DUE = '2026-06-01';
const paidBefore = (yuan: number, entry: Record<string, unknown> = {}) => ({
  policyId: 'test-city',
  ruleId: 'yearly',
  amountYuan: yuan,
  obtainedOn: '2024-01-01',
  projectId: 'p',
  ...entry,
});
const statuses = (r: ReturnType<typeof evaluate>) => r.awards[0]?.schedule?.map((s) => s.status);

describe('per_year: what history deducts — only this policy’s payments under this rule for this matter', () => {
  it('nothing in history, every year due: 30万, with no adjustment', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE);
    expect(paid(r)).toEqual({ yearly: 300_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
  });
  it('a payment under another policy is not deducted', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE, { history: [paidBefore(100_000, { policyId: 'elsewhere' })] });
    expect(paid(r)).toEqual({ yearly: 300_000 });
    expect(statuses(r)).toEqual(['due', 'due', 'due']);
  });
  it('a payment under another rule of the policy is not deducted', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE, { history: [paidBefore(100_000, { ruleId: 'other' })] });
    expect(paid(r)).toEqual({ yearly: 300_000 });
  });
  it('a payment for another project is not deducted', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE, { history: [paidBefore(100_000, { projectId: 'q' })] });
    expect(paid(r)).toEqual({ yearly: 300_000 });
  });
  it('the first year paid before: 20万 more, and the adjustment says what history paid', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE, { history: [paidBefore(100_000)] });
    expect(paid(r)).toEqual({ yearly: 200_000 });
    expect(statuses(r)).toEqual(['paid_before', 'due', 'due']);
    const adjustment = r.awards[0]?.adjustments[0];
    expect(r.awards[0]?.adjustments.map((a) => a.code)).toEqual(['already_paid']);
    expect(adjustment?.message.zh).toContain('此前已付 10万元（history）');
    expect(adjustment?.message.en).toContain('100000.00 yuan paid before (history)');
  });
  it('every year paid before: nothing more, and the line says every instalment was paid', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE, { history: [paidBefore(300_000)] });
    expect(r.awards).toEqual([]);
    expect(r.notPaid.map((n) => n.code)).toEqual(['already_paid']);
    expect(r.notPaid[0]?.message.zh).toContain('各年度均已支付');
    expect(r.notPaid[0]?.message.en).toContain('every instalment was paid before');
  });
  it('a yearly reward is not called 一次性 when its instalments were all paid before', () => {
    const r = evaluate(secretariat, 'testcity', ALL_DUE, { history: [paidBefore(300_000)] });
    expect(r.notPaid[0]?.message).toEqual({
      zh: '同一事项此前已获支付，本条不再重复支付：各年度均已支付。',
      en: 'The same matter has already been paid, and this clause does not pay it again: every instalment was paid before.',
    });
  });
});

describe('per_year: instalments not yet due are scheduled, not paid', () => {
  it('in the second year: two years paid, the third named with its due date', () => {
    const r = evaluate(secretariat, 'testcity', '2025-06-01');
    expect(paid(r)).toEqual({ yearly: 200_000 });
    expect(statuses(r)).toEqual(['due', 'due', 'scheduled']);
    const adjustment = r.awards[0]?.adjustments[0];
    expect(r.awards[0]?.adjustments.map((a) => a.code)).toEqual(['instalment_not_due']);
    expect(adjustment?.message.zh).toContain('10万元 尚未到期（下一期 2026-01-01）');
    expect(adjustment?.message.en).toContain('100000.00 yuan not yet due (next on 2026-01-01)');
  });
  it('an anniversary past 9999-12-31 is listed as due on the last day, and is not paid before it', () => {
    const late = { ...secretariat, obtainedOn: '9998-03-01' };
    const r = evaluate(late, 'testcity', '9999-06-01');
    expect(r.awards[0]?.schedule?.map((s) => [s.dueOn, s.status])).toEqual([
      ['9998-03-01', 'due'],
      ['9999-03-01', 'due'],
      ['9999-12-31', 'scheduled'],
    ]);
    expect(paid(r)).toEqual({ yearly: 200_000 });
  });
  it('a 0元 instalment with nothing in history is due, not “paid before”', () => {
    const zero = syntheticPolicy({
      rules: [fixedRule('yearly', 'key_project', 0, { amount: { type: 'per_year', yuanPerYear: 0, years: 2 } })],
    });
    const r = evaluatorFor(zero).evaluate({ kind: 'key_project', obtainedOn: '2024-01-01' }, 'testcity', '2025-06-01');
    expect(r.awards.map((a) => a.schedule?.map((s) => s.status))).toEqual([['due', 'due']]);
    expect(r.notPaid).toEqual([]);
  });
});
