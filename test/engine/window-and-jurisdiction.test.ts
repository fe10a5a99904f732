import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { VALIDITY_FROM_LEAP_DAY_READING } from '../../src/calendar/validityEndReading.js';
import type { Claim } from '../../src/engine/claim.js';
import { byClaimOrder } from '../../src/engine/claimOrder.js';
import { deepFreeze } from '../../src/engine/deepFreeze.js';
import { groupBy } from '../../src/engine/groupBy.js';
import { defineLibrary, type Library } from '../../src/engine/library.js';
import { policiesOfJurisdiction } from '../../src/engine/resolveJurisdiction.js';
import { resolveWindow, validityEnd, WindowBeyondCalendarError, windowStatus } from '../../src/engine/resolveWindow.js';
import { resultStatus } from '../../src/engine/resultStatus.js';
import { windowCitation } from '../../src/engine/windowCitation.js';
import type { Policy, PolicyInput, PolicyWindow } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/* The engine's small primitives: the window of a policy, the clause that keeps it out of force, the
 * jurisdiction a caller names, the order competing claims are served in, and the helpers beneath them. */

const start = { clause: 'S', quote: '施行' };
const dated = (from: string | null, to: string): PolicyWindow =>
  ({ start: { date: from, ...start }, end: { type: 'date', date: to, clause: 'E', quote: '截止' } }) as PolicyWindow;
const validity = (from: string | null, years: number): PolicyWindow =>
  ({
    start: { date: from, ...start },
    end: { type: 'validity_years', years, clause: 'E', quote: '有效期' },
  }) as PolicyWindow;
const open = (from: string): PolicyWindow =>
  ({
    start: { date: from, ...start },
    end: {
      type: 'open',
      reading: {
        id: 'open',
        question: { zh: 'q', en: 'q' },
        literal: 'l',
        chosen: { zh: 'c', en: 'c' },
        basis: { zh: 'b', en: 'b' },
      },
    },
  }) as PolicyWindow;

describe('resolveWindow: a window as written, as dates', () => {
  it('an end date → the dates as written, the start not assumed', () => {
    expect(resolveWindow(dated('2020-01-01', '2029-12-31'), undefined)).toStrictEqual({
      start: '2020-01-01',
      end: '2029-12-31',
      startAssumed: false,
    });
  });
  it('有效期3年 from 2023-02-11 → last day 2026-02-10, no reading needed', () => {
    expect(resolveWindow(validity('2023-02-11', 3), undefined)).toStrictEqual({
      start: '2023-02-11',
      end: '2026-02-10',
      startAssumed: false,
    });
  });
  it('有效期1年 from 2024-02-29 → last day 2025-02-28, with the reading that chose it (the other gives 2025-02-27)', () => {
    expect(resolveWindow(validity('2024-02-29', 1), undefined)).toStrictEqual({
      start: '2024-02-29',
      end: '2025-02-28',
      startAssumed: false,
      endReading: VALIDITY_FROM_LEAP_DAY_READING,
    });
  });
  it('a blank start → no dates unless the caller assumes one; then the assumed start, flagged as assumed', () => {
    expect(resolveWindow(validity(null, 3), undefined)).toStrictEqual({ start: null, end: null, startAssumed: false });
    expect(resolveWindow(validity(null, 3), '2023-02-11')).toStrictEqual({
      start: '2023-02-11',
      end: '2026-02-10',
      startAssumed: true,
    });
    expect(resolveWindow(dated('2020-01-01', '2029-12-31'), '2021-01-01').startAssumed).toBe(false);
  });
  it('有效期1年 from 9999-01-01 → last day 9999-12-31; its anniversary is past the calendar, yet no other reading exists, so none is flagged', () => {
    expect(resolveWindow(validity('9999-01-01', 1), undefined)).toStrictEqual({
      start: '9999-01-01',
      end: '9999-12-31',
      startAssumed: false,
    });
  });
  it('an open end → no last day', () => {
    expect(resolveWindow(open('2020-01-01'), undefined)).toStrictEqual({
      start: '2020-01-01',
      end: null,
      startAssumed: false,
    });
  });
  it('有效期 whose last day would pass 9999-12-31 → WindowBeyondCalendarError; validityEnd says null (and from 1000-01-01, whose day before is out of range)', () => {
    expect(() => resolveWindow(validity('9999-01-02', 1), undefined)).toThrow(WindowBeyondCalendarError);
    expect(validityEnd('9999-01-02', 1)).toBeNull();
    expect(validityEnd('9999-01-01', 1)).toBe('9999-12-31');
    expect(validityEnd('1000-01-01', 1)).toBeNull();
    const error = new WindowBeyondCalendarError();
    expect(error).toBeInstanceOf(RangeError);
    expect([error.name, error.message]).toEqual(['WindowBeyondCalendarError', 'the window ends after 9999-12-31']);
  });
});

describe('windowStatus: in force on a date, or why not', () => {
  it('the day before, the first day, the last day, the day after', () => {
    const window = resolveWindow(dated('2020-01-01', '2029-12-31'), undefined);
    expect(windowStatus(window, '2019-12-31')).toBe('policy_not_in_force');
    expect(windowStatus(window, '2020-01-01')).toBe('in_force');
    expect(windowStatus(window, '2029-12-31')).toBe('in_force');
    expect(windowStatus(window, '2030-01-01')).toBe('policy_not_in_force');
  });
  it('a blank start → policy_start_date_blank on any date', () => {
    expect(windowStatus(resolveWindow(validity(null, 3), undefined), '2024-01-01')).toBe('policy_start_date_blank');
  });
});

describe('windowCitation: the clause that keeps a policy out of force', () => {
  const policyWith = (window: PolicyWindow) => ({ window }) as Policy;
  it('before the start → the start clause; after the end → the end clause', () => {
    const w = dated('2020-01-01', '2029-12-31');
    const resolved = resolveWindow(w, undefined);
    expect(windowCitation(policyWith(w), resolved, '2019-12-31')).toStrictEqual({ clause: 'S', quote: '施行' });
    expect(windowCitation(policyWith(w), resolved, '2030-01-01')).toStrictEqual({ clause: 'E', quote: '截止' });
  });
  it('a blank start → the start clause, whatever the date', () => {
    const w = validity(null, 3);
    expect(windowCitation(policyWith(w), resolveWindow(w, undefined), '2030-01-01')).toStrictEqual({
      clause: 'S',
      quote: '施行',
    });
  });
  it('an open end → no clause after the start', () => {
    const w = open('2020-01-01');
    expect(windowCitation(policyWith(w), resolveWindow(w, undefined), '2024-01-01')).toBeUndefined();
  });
});

describe('policiesOfJurisdiction: by GB/T 2260 code, slug in any case, or a name', () => {
  const city = syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] });
  const other: PolicyInput = {
    ...syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] }),
    id: 'other',
    jurisdiction: { code: '990200', slug: 'other', names: ['testcity'], nameEn: 'Other' },
  };
  // Built inside each test, not while the file is collected: a mutant that throws must fail a test.
  const third: PolicyInput = {
    ...syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] }),
    id: 'third',
    jurisdiction: { code: '990300', slug: 'third', names: ['第三市'], nameEn: 'Third' },
  };
  const library = () => defineLibrary({ kinds: vocabulary, policies: [city, other, third] }) as unknown as Library;
  const ids = (query: string) => policiesOfJurisdiction(library(), query).map((p) => p.id);
  it('code, slug (any case, spaces trimmed) and name each find the policy', () => {
    expect(ids('990100')).toEqual(['test-city']);
    expect(ids(' TestCity ')).toEqual(['test-city']);
    expect(ids('测试市')).toEqual(['test-city']);
  });
  it('a word that is one policy’s slug and another’s name → both, in the library’s order', () => {
    expect(ids('testcity')).toEqual(['test-city', 'other']);
  });
  it('nothing matches → an empty, frozen list', () => {
    const none = policiesOfJurisdiction(library(), 'nowhere');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
  });
});

describe('byClaimOrder: which of competing claims is served first', () => {
  const claim = (index: number, obtainedOn: string, fen: number, ruleId: string) =>
    ({ index, achievement: { obtainedOn }, fen, rule: { id: ruleId } }) as unknown as Claim;
  it('the earlier obtained; on one day the larger amount; then the rule first by id; then the input order', () => {
    const order = (...claims: Claim[]) => [...claims].sort(byClaimOrder).map((c) => c.index);
    expect(order(claim(0, '2024-02-01', 9, 'a'), claim(1, '2024-01-01', 1, 'b'))).toEqual([1, 0]);
    expect(order(claim(0, '2024-01-01', 1, 'a'), claim(1, '2024-01-01', 9, 'b'))).toEqual([1, 0]);
    expect(order(claim(0, '2024-01-01', 5, 'b'), claim(1, '2024-01-01', 5, 'a'))).toEqual([1, 0]);
    expect(order(claim(1, '2024-01-01', 5, 'a'), claim(0, '2024-01-01', 5, 'a'))).toEqual([0, 1]);
  });
  it('property: the order of claims never depends on the order they were given in', () => {
    const arb = fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: 1, max: 3 }),
        fen: fc.integer({ min: 0, max: 3 }),
        rule: fc.constantFrom('a', 'b'),
        index: fc.nat({ max: 50 }),
      }),
      { selector: (c) => c.index, maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, (items) => {
        const claims = items.map((c) => claim(c.index, `2024-01-0${c.day}`, c.fen, c.rule));
        const forward = [...claims].sort(byClaimOrder).map((c) => c.index);
        const backward = [...claims]
          .reverse()
          .sort(byClaimOrder)
          .map((c) => c.index);
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe('resultStatus, deepFreeze, groupBy', () => {
  it('not in force → not_in_force; an undetermined line → partial; else complete', () => {
    expect(resultStatus(false, { undetermined: [] })).toBe('not_in_force');
    expect(resultStatus(true, { undetermined: [{}] as never })).toBe('partial');
    expect(resultStatus(true, { undetermined: [] })).toBe('complete');
  });
  it('deepFreeze freezes objects and arrays all the way down, and leaves what is frozen already as it is', () => {
    const value = deepFreeze({ a: [{ b: 1 }], c: { d: { e: 2 } }, n: null, s: 'x' });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c.d)).toBe(true);
    const inner = { x: 1 };
    const shell = Object.freeze({ inner });
    deepFreeze(shell);
    expect(Object.isFrozen(inner)).toBe(false);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
  });
  it('groupBy keeps the first-seen order of keys and of the items in each group', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'a2', 'c1'], (s) => s[0] as string);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });
});
