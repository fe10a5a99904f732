import { describe, expect, it } from 'vitest';
import { library } from '../policies/index.js';
import { evaluate } from '../src/index.js';
import { paid, refused } from './support/lines.js';

/**
 * 一次性, one meaning in all five texts (README, "一次性"): one lump sum per matter, paid once, enforced
 * through history; a renewal of the same certificate is the same matter; 首次 only where the text says 首次.
 */

describe('一次性 — every rule whose words say 一次性 is paid once per matter', () => {
  for (const policy of library.policies) {
    it(`${policy.id}: a rule carries the once primitive exactly when its quote (or its once quote) says 一次性`, () => {
      const saysOneOff = policy.rules.filter((r) => r.quote.includes('一次性') || r.once?.quote.includes('一次性'));
      expect(saysOneOff.filter((r) => r.once === undefined).map((r) => r.id)).toEqual([]);
      expect(policy.rules.filter((r) => r.once && !saysOneOff.includes(r)).map((r) => r.id)).toEqual([]);
      expect(policy.rules.filter((r) => r.once && r.once.per !== 'matter').map((r) => r.id)).toEqual([]);
    });
    it(`${policy.id}: 首次 (first_time) stands only where the text says 首次 or 首张`, () => {
      const firstTime = policy.rules.flatMap((r) =>
        (r.conditions ?? [])
          .filter((c) => c.type === 'first_time')
          .map((c) => ({ id: r.id, quote: c.quote ?? r.quote })),
      );
      expect(firstTime.filter((f) => !/首次|首张/.test(f.quote))).toEqual([]);
    });
  }
});

describe('一次性 — a renewal of the same certificate is the same matter, not paid again', () => {
  const ON = '2024-06-01';
  it.each<[string, string, Record<string, unknown>, string]>([
    [
      '郑州 第18条 测量管理体系认证 AAA',
      'zhengzhou',
      { kind: 'measurement_management_certification', grade: 'AAA' },
      'art18.aaa',
    ],
    ['郑州 第21条 CNAS认可', 'zhengzhou', { kind: 'laboratory_accreditation' }, 'art21.cnas'],
    [
      '郑州 第23条 能源管理体系认证',
      'zhengzhou',
      { kind: 'energy_certification', subtype: 'energy_management_system' },
      'art23.energy-management',
    ],
    [
      '台州 三(三)3 CNAS认可',
      'taizhou',
      { kind: 'laboratory_accreditation', recipient: { type: 'organization', registeredIn: '331002' } },
      'cnas',
    ],
    ['长乐 三(二)2 国家实验室认可', 'changle', { kind: 'laboratory_accreditation' }, 'lab-accreditation'],
    [
      '长乐 三(二)4 测量管理体系认证',
      'changle',
      { kind: 'measurement_management_certification' },
      'measurement-management',
    ],
  ])('%s：首次获得 → 付；复评（cycle renewal）→ 不付', (_, place, facts, ruleId) => {
    const achievement = { ...facts, obtainedOn: '2024-05-10' } as Parameters<typeof evaluate>[0] & object;
    const initial = evaluate({ ...achievement, cycle: 'initial' }, place, ON);
    expect(Object.keys(paid(initial))).toEqual([ruleId]);
    const renewal = evaluate({ ...achievement, cycle: 'renewal' }, place, ON);
    expect(renewal.awards).toEqual([]);
    expect(Object.keys(refused(renewal))).toEqual([ruleId]);
  });
});

describe('郑州 第9条 获批国家技术标准创新基地…给予30万元的一次性奖励', () => {
  const baseAt = (stage: 'approved' | 'accepted', obtainedOn: string) =>
    ({
      kind: 'standard_innovation_base',
      level: 'national',
      subtype: 'base',
      stage,
      obtainedOn,
      projectId: 'base-1',
    }) as const;
  it('第9条 同一基地获批筹建与通过验收（同一 projectId）→ 只付一次30万元（already_paid），附解读', () => {
    const r = evaluate([baseAt('accepted', '2024-05-01'), baseAt('approved', '2022-03-01')], 'zhengzhou', '2024-06-01');
    expect(r.total.fen).toBe(30_000_000);
    expect(r.awards.map((a) => a.achievementIndex)).toEqual([1]);
    expect(refused(r)).toEqual({ 'art9.innovation-base': 'already_paid' });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('zhengzhou.art9.base-once');
  });
  it('第9条 获批时已付（history）→ 验收时不再支付', () => {
    const r = evaluate(baseAt('accepted', '2024-05-01'), 'zhengzhou', '2024-06-01', {
      history: [
        {
          policyId: 'zhengzhou-2019',
          ruleId: 'art9.innovation-base',
          amountYuan: 300_000,
          obtainedOn: '2022-03-01',
          projectId: 'base-1',
        },
      ],
    });
    expect(refused(r)).toEqual({ 'art9.innovation-base': 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '第9条', quote: '一次性' });
  });
});
