import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarYears,
  CALENDAR_DATE_PATTERN,
  chinaDateOf,
  isCalendarDate,
} from '../../src/calendar/calendarDate.js';
import { VALIDITY_FROM_LEAP_DAY_READING } from '../../src/calendar/validityEndReading.js';
import { evaluate, safeEvaluate } from '../../src/index.js';

/** Every day of a year, as the Gregorian calendar has it (computed without the code under test). */
function daysOf(year: number): string[] {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths.flatMap((n, m) =>
    Array.from({ length: n }, (_, d) => `${year}-${String(m + 1).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`),
  );
}

describe('the date pattern (and the JSON Schema made from it) accepts exactly the real dates of 1000–9999', () => {
  it.each([1000, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400, 9996, 9999])(
    'every day of %i, and no other',
    (year) => {
      const real = new Set(daysOf(year));
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          const text = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(CALENDAR_DATE_PATTERN.test(text)).toBe(real.has(text));
        }
      }
    },
  );
  it('years before 1000 and after 9999 are refused', () => {
    for (const text of ['0999-12-31', '0000-01-01', '10000-01-01', '+10000-01-01'])
      expect(isCalendarDate(text)).toBe(false);
  });
});

describe('calendar arithmetic (date-fns, UTC context) stays inside 1000–9999 or answers null', () => {
  it('adds across the end of the calendar as null, never as a date that compares wrongly', () => {
    expect(addCalendarYears('9997-01-01', 2)).toBe('9999-01-01');
    expect(addCalendarYears('9997-01-01', 3)).toBeNull();
    expect(addCalendarDays('9999-12-31', 1)).toBeNull();
    expect(addCalendarDays('1000-01-01', -1)).toBeNull();
  });
  it('29 February plus a year is 28 February (民法典 第二百零二条: the month’s last day)', () => {
    expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addCalendarYears('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('property: adding n days then −n days returns the same date, to the edges of the calendar', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -4000, max: 4000 }),
        (instant, n) => {
          const date = instant.toISOString().slice(0, 10);
          const moved = addCalendarDays(date, n);
          if (moved !== null) expect(addCalendarDays(moved, -n)).toBe(date);
        },
      ),
    );
  });
  it('the same answers in any host time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Apia', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kolkata', 'UTC']) {
        process.env.TZ = zone;
        expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28');
        expect(addCalendarDays('2011-12-29', 1)).toBe('2011-12-30');
        expect(addCalendarYears('9998-12-31', 1)).toBe('9999-12-31');
        expect(chinaDateOf(new Date('9999-12-31T15:59:59Z'))).toBe('9999-12-31');
        expect(chinaDateOf(new Date('9999-12-31T16:00:00Z'))).toBeNull();
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

const IN_ZHENGZHOU = { type: 'organization', registeredIn: '410100' } as const;
const sales = (obtainedOn: string) =>
  ({
    kind: 'industrialized_product_sales',
    inListedCategory: true,
    annualSalesRevenue: 6_000_000,
    obtainedOn,
    recipient: IN_ZHENGZHOU,
  }) as const;

describe('第5条 同一企业三年内累计不超过50万元 holds for every date the API accepts', () => {
  it('first obtained 9997-01-01, again 9999-06-01: the second period would start in 10000, so both share the cap', () => {
    const r = evaluate([sales('9997-01-01'), sales('9999-06-01')], 'zhengzhou', '9999-12-31');
    expect(r.total.yuan).toBe('500000.00');
  });
  it('property: two claims three years apart or less never pass 50万元, up to 9999-12-31', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 - 1 }), fc.integer({ min: 0, max: 1000 }), (gap, back) => {
        const first = addCalendarDays('9999-12-31', -gap - back) as string;
        const second = addCalendarDays(first, gap) as string;
        const r = evaluate([sales(first), sales(second)], 'zhengzhou', '9999-12-31');
        expect(r.total.fen).toBeLessThanOrEqual(50_000_000);
      }),
      { numRuns: 40 },
    );
  });
});

describe('有效期 reaching past 9999-12-31 is refused clearly', () => {
  it('深圳 (blank start, 有效期5年) assumed to start 9995-06-15 would end in 10000: out_of_range', () => {
    const answer = safeEvaluate(sales('9995-07-01') as never, 'shenzhen', '9999-01-01', {
      assumeStartDate: '9995-06-15',
    });
    expect(answer.success ? [] : answer.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['out_of_range', 'options.assumeStartDate'],
    ]);
  });
  it('assumed to start 9995-01-01 it ends 9999-12-31 and is in force on that day', () => {
    const r = evaluate(sales('9995-07-01') as never, 'shenzhen', '9999-12-31', { assumeStartDate: '9995-01-01' });
    expect(r.policy.window).toEqual({ start: '9995-01-01', end: '9999-12-31' });
    expect(r.inForce).toBe(true);
  });
});

describe('有效期 from 29 February: the last day is 28 February (reading, flagged when it decides)', () => {
  const run = (date: string) =>
    evaluate(sales('2024-03-01') as never, 'shenzhen', date, { assumeStartDate: '2024-02-29' });
  const flagged = (r: ReturnType<typeof run>) =>
    r.warnings.some((w) => w.code === 'uncertain_reading' && w.reading?.id === VALIDITY_FROM_LEAP_DAY_READING.id);
  it('the reading is data: literal words, the reading chosen, the alternative, the basis', () => {
    expect(VALIDITY_FROM_LEAP_DAY_READING.literal).toBe('有效期N年');
    expect(VALIDITY_FROM_LEAP_DAY_READING.basis.zh).toContain('第二百零二条');
    expect(VALIDITY_FROM_LEAP_DAY_READING.alternative?.en).toContain('27 February');
  });
  it('from 2024-02-29, 有效期5年 ends 2029-02-28; on that day in force, with the reading flagged', () => {
    const r = run('2029-02-28');
    expect(r.policy.window).toEqual({ start: '2024-02-29', end: '2029-02-28' });
    expect(r.inForce).toBe(true);
    expect(flagged(r)).toBe(true);
  });
  it('the day before (both readings: in force) and the day after (both: not) are not flagged', () => {
    expect([run('2029-02-27').inForce, flagged(run('2029-02-27'))]).toEqual([true, false]);
    expect([run('2029-03-01').inForce, flagged(run('2029-03-01'))]).toEqual([false, false]);
  });
  it('an ordinary start needs no reading: 2024-03-01 + 5 years ends 2029-02-28', () => {
    const r = evaluate(sales('2024-03-01') as never, 'shenzhen', '2029-02-28', { assumeStartDate: '2024-03-01' });
    expect(r.policy.window.end).toBe('2029-02-28');
    expect(flagged(r)).toBe(false);
  });
});
