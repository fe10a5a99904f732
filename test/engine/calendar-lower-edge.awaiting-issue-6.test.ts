import { describe, expect, it } from 'vitest';
import { chinaDateOf } from '../../src/calendar/calendarDate.js';

/**
 * The last instant of 999-12-31 in China (UTC+8) is a day before the calendar starts, so it has no
 * calendar date here. Awaiting the calendar work (issue 6): today it reads as 1000-01-01.
 */
describe('an instant just before 1000-01-01 in China', () => {
  it('0999-12-31T15:59:59.999Z (23:59:59.999 in Beijing) → null, not 1000-01-01', () => {
    expect(chinaDateOf(new Date('0999-12-31T15:59:59.999Z'))).toBeNull();
  });
});
