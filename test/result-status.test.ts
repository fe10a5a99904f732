import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

/** Results that cannot be mistaken: a top-level status, and not-in-force lines citing the window clause. */
const UNIT = {
  type: 'organization',
  registeredIn: '310112',
  taxRegisteredIn: '310112',
  fullyStateFunded: false,
} as const;
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', recipient: UNIT } as const;

describe('附则(八) 本政策自2022年3月1日起施行，有效期至2027年2月28日（闵行）', () => {
  it('2022-02-28（施行前一日）→ status not_in_force，未付一项引施行条款', () => {
    const r = evaluate({ ...cqa, obtainedOn: '2022-02-01' }, 'minhang', '2022-02-28');
    expect(r.status).toBe('not_in_force');
    expect(r.notPaid[0]?.code).toBe('policy_not_in_force');
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '附则(八)', quote: '本政策自2022年3月1日起施行' });
  });
  it('2027-03-01（期满次日）→ status not_in_force，未付一项引有效期条款', () => {
    const r = evaluate({ ...cqa, obtainedOn: '2026-05-01' }, 'minhang', '2027-03-01');
    expect(r.status).toBe('not_in_force');
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '附则(八)', quote: '有效期至2027年2月28日' });
  });
  it('2024-06-30 中国质量奖 → status complete，100万元', () => {
    const r = evaluate({ ...cqa, obtainedOn: '2024-05-01' }, 'minhang', '2024-06-30');
    expect(r.status).toBe('complete');
    expect(r.total.text).toBe('100万元');
  });
  it('缺少事实而待定 → status partial（0元并非“不予奖励”）', () => {
    const r = evaluate(
      { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-01' },
      'minhang',
      '2024-06-30',
    );
    expect(r.total.text).toBe('0元');
    expect(r.undetermined.length).toBeGreaterThan(0);
    expect(r.status).toBe('partial');
  });
});

describe('(十四) 本措施自    年  月  日起实施，有效期5年（深圳）', () => {
  it('未假定施行日 → status not_in_force，未付一项引施行条款 (十四)', () => {
    const r = evaluate({ kind: 'quality_innovation_project', obtainedOn: '2024-05-01' }, 'shenzhen', '2024-06-01');
    expect(r.status).toBe('not_in_force');
    expect(r.notPaid[0]?.code).toBe('policy_start_date_blank');
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '(十四)', quote: '本措施自    年  月  日起实施' });
  });
});

describe('五 附则 本意见自2023年2月11日起施行，有效期3年（台州）', () => {
  it('2026-02-11（期满次日）→ 未付一项引“有效期3年”', () => {
    const r = evaluate(
      { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2025-05-01' },
      'taizhou',
      '2026-02-11',
    );
    expect(r.status).toBe('not_in_force');
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '五', quote: '有效期3年' });
  });
});
