import { describe, expect, it } from 'vitest';
import { addCalendarDays, chinaDateOf, isCalendarDate, yearOf } from '../../src/calendar/calendarDate.js';

describe('calendar dates at the edges of YYYY-MM-DD, years 1000–9999', () => {
  it('the whole text must be the date: no digit before the year or after the day', () => {
    expect(isCalendarDate('12024-01-01')).toBe(false);
    expect(isCalendarDate('2024-01-011')).toBe(false);
    expect(isCalendarDate('x2024-01-01')).toBe(false);
    expect(isCalendarDate('2024-01-01x')).toBe(false);
  });

  it('year 1000 is the first year accepted, 0999 is not; 9999-12-31 is the last day', () => {
    expect(isCalendarDate('1000-01-01')).toBe(true);
    expect(isCalendarDate('0999-12-31')).toBe(false);
    expect(isCalendarDate('9999-12-31')).toBe(true);
  });

  it('day 01 and month 01 and 12 are accepted, day 00 and month 00 and 13 are not', () => {
    expect(isCalendarDate('2024-01-01')).toBe(true);
    expect(isCalendarDate('2024-12-31')).toBe(true);
    expect(isCalendarDate('2024-01-00')).toBe(false);
    expect(isCalendarDate('2024-00-01')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
  });

  it('the last day of each month is accepted, the day after it is not', () => {
    expect(isCalendarDate('2024-04-30')).toBe(true);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2100-02-28')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('an instant at the first and last moments of the range in China', () => {
    expect(chinaDateOf(new Date('9999-12-31T15:59:59.999Z'))).toBe('9999-12-31');
    expect(chinaDateOf(new Date('9999-12-31T16:00:00.000Z'))).toBeNull();
    expect(chinaDateOf(new Date('0999-12-31T16:00:00.000Z'))).toBe('1000-01-01');
  });

  it('an instant before the common era → null, though its year is written with four digits (1501 BC)', () => {
    expect(chinaDateOf(new Date('-001500-06-01T00:00:00Z'))).toBeNull();
  });

  it('arithmetic that leaves the years 1000–9999 gives null', () => {
    expect(addCalendarDays('1000-01-01', -1)).toBeNull();
    expect(addCalendarDays('9999-12-31', 1)).toBeNull();
    expect(addCalendarDays('1000-01-02', -1)).toBe('1000-01-01');
    expect(yearOf('1000-01-01')).toBe(1000);
  });
});
