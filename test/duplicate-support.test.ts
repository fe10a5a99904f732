import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { paid, refused } from './support/lines.js';

/** 不得重复享受 across policies: payments in history under other policies of the same city or district. */
const readingIds = (r: ReturnType<typeof evaluate>) => r.warnings.map((w) => w.reading?.id).filter(Boolean);
const warningCodes = (r: ReturnType<typeof evaluate>) => r.warnings.map((w) => w.code);

describe('(十二) 本措施规定的支持政策与深圳市其他支持政策不得重复享受', () => {
  const assumed = { assumeStartDate: '2024-01-01' } as const;
  const project = { kind: 'quality_innovation_project', obtainedOn: '2024-05-10', projectId: 'qc-1' } as const;
  const other = (jurisdiction: string, projectId = 'qc-1') => ({
    policyId: 'caller:shenzhen-tech-fund',
    ruleId: 'innovation',
    amountYuan: 100_000,
    obtainedOn: '2024-05-10',
    projectId,
    jurisdiction,
  });
  it('(十二) 同一事项已获深圳市其他政策支持（history，jurisdiction 440300）→ 不予支付（duplicate_support），引 (十二)', () => {
    const r = evaluate(project, 'shenzhen', '2024-06-01', { ...assumed, history: [other('440300')] });
    expect(refused(r)).toEqual({ 'quality-innovation': 'duplicate_support' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({
      clause: '(十二)',
      quote: '本措施规定的支持政策与深圳市其他支持政策不得重复享受',
    });
    expect(readingIds(r)).toContain('shenzhen.other-shenzhen-policies');
    expect(warningCodes(r)).not.toContain('history_not_counted');
  });
  it('(十二) 两项深圳市其他政策支持同一事项 → 不予支付，说明事项、各政策（各一次）与合计金额', () => {
    const r = evaluate(project, 'shenzhen', '2024-06-01', {
      ...assumed,
      history: [other('440300'), { ...other('440300'), policyId: 'caller:b' }, other('440300')],
    });
    expect(r.notPaid[0]?.message).toEqual({
      zh: '同一事项已获其他政策支持，不得重复享受：事项 qc-1 已按 caller:shenzhen-tech-fund、caller:b 获支持 30万元。',
      en: 'The same matter was already supported under another policy, and support may not be combined: matter qc-1 was supported under caller:shenzhen-tech-fund、caller:b (300000.00 yuan).',
    });
  });
  it('(十二) 深圳市某区（南山区 440305）的政策亦为深圳市其他支持政策 → 不予支付', () => {
    const r = evaluate(project, 'shenzhen', '2024-06-01', { ...assumed, history: [other('440305')] });
    expect(refused(r)).toEqual({ 'quality-innovation': 'duplicate_support' });
  });
  it('(十二) 另一事项（projectId 不同）→ 照付最高30万元', () => {
    const r = evaluate(project, 'shenzhen', '2024-06-01', { ...assumed, history: [other('440300', 'qc-2')] });
    expect(paid(r)).toEqual({ 'quality-innovation': 300_000 });
  });
  it('(十二) 广州市（440100）的政策不是深圳市的 → 照付，并提示该笔 history 不计入', () => {
    const r = evaluate(project, 'shenzhen', '2024-06-01', { ...assumed, history: [other('440100')] });
    expect(paid(r)).toEqual({ 'quality-innovation': 300_000 });
    expect(warningCodes(r)).toContain('history_not_counted');
  });
  it('(十二) 提示不再说本库不掌握其他政策的支付，而说明 history 中的记录如何适用', () => {
    const r = evaluate(project, 'shenzhen', '2024-06-01', assumed);
    const notice = r.warnings.find(
      (w) => w.code === 'notice' && w.clause === '(十二)' && w.quote?.includes('不得重复享受'),
    );
    expect(notice?.message.zh).toContain('history 中记有深圳市');
    expect(notice?.message.zh).not.toContain('本库不掌握');
  });
});

describe('附则(二) 同一单位不得因同一事项重复享受本区其他资助政策，若符合本区其他政策，按照就高原则给予支持', () => {
  const UNIT = {
    type: 'organization',
    registeredIn: '310112',
    taxRegisteredIn: '310112',
    fullyStateFunded: false,
  } as const;
  const cqa = {
    kind: 'government_quality_award',
    level: 'national',
    prize: 'award',
    obtainedOn: '2024-05-10',
    projectId: 'cqa-2024',
    recipient: UNIT,
  } as const;
  const other = (amountYuan: number, projectId = 'cqa-2024') => ({
    policyId: 'caller:minhang-talent-fund',
    ruleId: 'award',
    amountYuan,
    obtainedOn: '2024-05-10',
    projectId,
    jurisdiction: '310112',
  });
  it('附则(二) 本区其他政策已付30万元（history）→ 按就高原则只付高出部分70万元', () => {
    const r = evaluate(cqa, 'minhang', '2024-06-30', { history: [other(300_000)] });
    expect(paid(r)).toEqual({ 'cqa.award': 700_000 });
    expect(r.awards[0]?.adjustments.map((a) => [a.code, a.clause])).toEqual([['duplicate_support', '附则(二)']]);
    expect(r.awards[0]?.adjustments[0]?.message).toEqual({
      zh: '同一事项已获其他政策支持，不得重复享受：事项 cqa-2024 已按 caller:minhang-talent-fund 获支持 30万元，按就高原则只付高出部分。',
      en: 'The same matter was already supported under another policy, and support may not be combined: matter cqa-2024 was supported under caller:minhang-talent-fund (300000.00 yuan); under 就高 only the excess is paid.',
    });
    expect(readingIds(r)).toContain('minhang.other-district-policies');
  });
  it('附则(二) 本区其他政策已付120万元（高于本政策100万元）→ 不付', () => {
    const r = evaluate(cqa, 'minhang', '2024-06-30', { history: [other(1_200_000)] });
    expect(refused(r)).toEqual({ 'cqa.award': 'duplicate_support' });
  });
  it('附则(二) 其他事项的资助不扣减 → 100万元', () => {
    const r = evaluate(cqa, 'minhang', '2024-06-30', { history: [other(300_000, 'other')] });
    expect(paid(r)).toEqual({ 'cqa.award': 1_000_000 });
  });
});
