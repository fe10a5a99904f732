import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarYears, chinaDateOf, isCalendarDate } from '../../src/calendar/calendarDate.js';
import { positionInWindow } from '../../src/calendar/dateWindow.js';
import { resolveWindow, windowStatus } from '../../src/engine/resolveWindow.js';
import { reasonMessage } from '../../src/explain/reasonCodes.js';

describe('calendar dates (China time, YYYY-MM-DD)', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2023-02-30',
      '2024-13-01',
      '2024-00-10',
      '2024-1-01',
      '20240101',
      '2024-01-01T00:00',
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });
  it('refuses instants that are invalid or outside the years 1000–9999', () => {
    expect(chinaDateOf(new Date('nonsense'))).toBeNull();
    expect(chinaDateOf(new Date(8.64e15))).toBeNull();
    expect(chinaDateOf(new Date('+010000-01-01T00:00:00Z'))).toBeNull();
    expect(isCalendarDate('0999-12-31')).toBe(false);
  });
  it('reads an instant on a Beijing clock, whatever the host zone', () => {
    expect(chinaDateOf(new Date('2024-05-09T16:00:00Z'))).toBe('2024-05-10');
    expect(chinaDateOf(new Date('2024-05-09T15:59:59Z'))).toBe('2024-05-09');
  });
  it('adds years and days on the calendar', () => {
    expect(addCalendarYears('2023-02-11', 3)).toBe('2026-02-11');
    expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addCalendarDays('2026-02-11', -1)).toBe('2026-02-10');
    expect(addCalendarDays('2024-03-10', 1)).toBe('2024-03-11');
  });
  it('property: adding n days then −n days returns the same date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -4000, max: 4000 }),
        (d, n) => {
          const date = chinaDateOf(d) as string;
          expect(addCalendarDays(addCalendarDays(date, n) as string, -n)).toBe(date);
        },
      ),
    );
  });
  it('gives the same answers in any host time zone, even one that skipped a day', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Apia', 'Pacific/Kiritimati', 'America/New_York', 'Asia/Shanghai', 'UTC']) {
        process.env.TZ = zone; // Node applies a changed TZ at once
        expect(isCalendarDate('2011-12-30')).toBe(true);
        expect(isCalendarDate('1994-12-31')).toBe(true);
        expect(addCalendarDays('2011-12-29', 1)).toBe('2011-12-30');
        expect(addCalendarDays(addCalendarYears('2006-12-30', 5) as string, -1)).toBe('2011-12-29');
        expect(chinaDateOf(new Date('2011-12-29T16:00:00Z'))).toBe('2011-12-30');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
  it('places a date in an inclusive window with open ends', () => {
    expect(positionInWindow('2022-02-28', '2022-03-01', '2027-02-28')).toBe('before');
    expect(positionInWindow('2022-03-01', '2022-03-01', '2027-02-28')).toBe('within');
    expect(positionInWindow('2027-02-28', '2022-03-01', '2027-02-28')).toBe('within');
    expect(positionInWindow('2027-03-01', '2022-03-01', '2027-02-28')).toBe('after');
    expect(positionInWindow('2099-01-01', '2020-01-01', null)).toBe('within');
  });
});

describe('policy windows', () => {
  const q = { clause: 'x', quote: 'x' };
  it('有效期3年 from 2023-02-11 ends on 2026-02-10', () => {
    const w = resolveWindow(
      { start: { date: '2023-02-11', ...q }, end: { type: 'validity_years', years: 3, ...q } },
      undefined,
    );
    expect(w.end).toBe('2026-02-10');
    expect(windowStatus(w, '2026-02-10')).toBe('in_force');
    expect(windowStatus(w, '2026-02-11')).toBe('policy_not_in_force');
    expect(windowStatus(w, '2023-02-10')).toBe('policy_not_in_force');
  });
  it('one code on both sides of the window; the message says which side', () => {
    const window = { from: '2023-02-11', to: '2026-02-10' };
    expect(reasonMessage('policy_not_in_force', { date: '2023-02-10', ...window }).zh).toContain('尚未施行');
    expect(reasonMessage('policy_not_in_force', { date: '2026-02-11', ...window }).zh).toContain('已失效');
  });
  it('a blank start is in force on no date unless a start is assumed', () => {
    const window = { start: { date: null, ...q }, end: { type: 'validity_years' as const, years: 5, ...q } };
    expect(windowStatus(resolveWindow(window, undefined), '2030-01-01')).toBe('policy_start_date_blank');
    const assumed = resolveWindow(window, '2024-01-01');
    expect(assumed).toEqual({ start: '2024-01-01', end: '2028-12-31', startAssumed: true });
  });
});
