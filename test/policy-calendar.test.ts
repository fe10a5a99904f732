import { describe, expect, it } from 'vitest';
import { policyCalendar as policyCalendarWith } from '../src/api/policyCalendar.js';
import { getPolicy, policyCalendar, policyCalendarSchema, QualityRewardsError } from '../src/index.js';

function entry(id: string, date: string, within?: number) {
  const calendar = policyCalendar(date, within === undefined ? {} : { within });
  expect(policyCalendarSchema.parse(calendar)).toEqual(calendar);
  const found = calendar.policies.find((p) => p.policyId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('台州 五 本意见自2023年2月11日起施行，有效期3年', () => {
  it('2023-02-10, the day before: not yet in force, starts in 1 day', () => {
    const e = entry('taizhou-2023', '2023-02-10');
    expect([e.status, e.daysUntilStart, e.startsWithin, e.draft]).toEqual(['not_yet_in_force', 1, true, true]);
  });
  it('2023-02-11, the first day: in force', () => {
    expect(entry('taizhou-2023', '2023-02-11').status).toBe('in_force');
  });
  it('2026-02-10, the last day: in force, ends in 0 days, within any horizon', () => {
    const e = entry('taizhou-2023', '2026-02-10', 0);
    expect([e.status, e.window.end, e.daysUntilEnd, e.endsWithin]).toEqual(['in_force', '2026-02-10', 0, true]);
  });
  it('2026-02-11, the day after: expired, 1 day ago', () => {
    const e = entry('taizhou-2023', '2026-02-11');
    expect([e.status, e.daysUntilEnd, e.endsWithin]).toEqual(['expired', -1, false]);
  });
  it('2023-02-10, a day before: starts within a horizon of 1 day, not of 0; once in force it no longer "starts within"', () => {
    expect(entry('taizhou-2023', '2023-02-10', 1).startsWithin).toBe(true);
    expect(entry('taizhou-2023', '2023-02-10', 0).startsWithin).toBe(false);
    expect(entry('taizhou-2023', '2023-02-11', 100_000).startsWithin).toBe(false);
  });
  it('有效期3年: the entry names the 3 years (a text with an end date has none)', () => {
    expect(entry('taizhou-2023', '2024-06-01').validityYears).toBe(3);
    expect(entry('minhang-2022', '2024-06-01')).not.toHaveProperty('validityYears');
  });
  it('2025-11-12: ends in 90 days, so within the default 90 but not within 89', () => {
    expect(entry('taizhou-2023', '2025-11-12').endsWithin).toBe(true);
    expect(entry('taizhou-2023', '2025-11-12', 89).endsWithin).toBe(false);
  });
});

describe('闵行 附则(八) 本政策自2022年3月1日起施行，有效期至2027年2月28日', () => {
  it('2027-02-28 in force, 2027-03-01 expired', () => {
    expect(entry('minhang-2022', '2027-02-28').status).toBe('in_force');
    expect(entry('minhang-2022', '2027-03-01').status).toBe('expired');
  });
});

describe('长乐 末段 本意见自2020年1月1日起施行 (no end)', () => {
  it('2030-01-01: in force, no end, never ending soon', () => {
    const e = entry('changle-2020', '2030-01-01', 100_000);
    expect([e.status, e.window.end, e.daysUntilEnd, e.endsWithin]).toEqual(['in_force', null, null, false]);
  });
});

describe('深圳 (十四) 本措施自    年  月  日起实施，有效期5年', () => {
  it('start blank on any date: no days counted, the 5 years noted', () => {
    const e = entry('shenzhen-draft', '2024-06-01');
    expect([e.status, e.draft, e.window, e.validityYears, e.daysUntilStart]).toEqual([
      'start_blank',
      true,
      { start: null, end: null },
      5,
      null,
    ]);
  });
});

describe('policyCalendar input', () => {
  it('lists every bundled policy once; a bad date or horizon is a typed error naming the field', () => {
    expect(policyCalendar('2024-06-01').policies).toHaveLength(5);
    expect(policyCalendar('2024-06-01').within).toBe(90);
    const codes = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof QualityRewardsError) return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
      }
      return [];
    };
    expect(codes(() => policyCalendar('2024-13-01'))).toEqual(['invalid_date date']);
    expect(codes(() => policyCalendar('2024-06-01', { within: -1 }))).toEqual(['out_of_range options.within']);
  });

  it('a date or horizon of the wrong type is a type error, not a missing field; no date at all is missing', () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof QualityRewardsError) return error.issues.map((i) => [i.code, i.message.en]);
      }
      return [];
    };
    expect(issues(() => policyCalendar(20240601 as never))).toEqual([
      ['invalid_type', 'date: Invalid input: expected string | date, received number'],
    ]);
    expect(issues(() => policyCalendar(undefined as never))).toEqual([
      ['missing_field', 'date: required field missing (Invalid input: expected string, received undefined)'],
    ]);
    expect(issues(() => policyCalendar('2024-06-01', { within: 'x' as never }))).toEqual([
      ['invalid_type', 'options.within: Invalid input: expected number, received string'],
    ]);
  });

  it('two texts of one jurisdiction (an earlier and a later one) are listed by their start', () => {
    const taizhou = getPolicy('taizhou-2023');
    const earlier = {
      ...taizhou,
      id: 'taizhou-earlier',
      window: { ...taizhou.window, start: { ...taizhou.window.start, date: '2019-01-01' } },
    };
    const evaluator = {
      listPolicies: () => [{ id: taizhou.id }, { id: earlier.id }],
      getPolicy: (id: string) => (id === earlier.id ? earlier : taizhou),
    };
    const calendar = policyCalendarWith(evaluator as never, '2024-06-01');
    expect(calendar.policies.map((p) => [p.policyId, p.window.start])).toEqual([
      ['taizhou-earlier', '2019-01-01'],
      ['taizhou-2023', '2023-02-11'],
    ]);
  });
});
