import { describe, expect, it } from 'vitest';
import { chinaDateOf } from '../../src/calendar/calendarDate.js';

/**
 * An instant is read on the Beijing clock of the time zone database (`Asia/Shanghai`). Before 1901 that
 * clock is local mean time, UTC+8:05:43, so the calendar's first day in China begins at
 * 0999-12-31T15:54:17Z, not at 16:00Z: the edge is tested on both sides of that instant.
 */
describe('an instant at the lower edge of the calendar (1000-01-01 in China)', () => {
  it('0999-12-31T12:00:00Z (evening of 999-12-31 in Beijing) → null: no calendar date before 1000', () => {
    expect(chinaDateOf(new Date('0999-12-31T12:00:00Z'))).toBeNull();
  });
  it('0999-12-31T15:54:16.999Z (the last instant of 999-12-31 on the Beijing clock) → null', () => {
    expect(chinaDateOf(new Date('0999-12-31T15:54:16.999Z'))).toBeNull();
  });
  it('0999-12-31T15:54:17Z (the first instant of 1000-01-01 on the Beijing clock) → 1000-01-01', () => {
    expect(chinaDateOf(new Date('0999-12-31T15:54:17Z'))).toBe('1000-01-01');
  });
});
