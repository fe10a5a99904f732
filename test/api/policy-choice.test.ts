import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { createEvaluator } from '../../src/api/createEvaluator.js';
import { defineLibrary } from '../../src/engine/library.js';
import type { PolicyInput } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/* One jurisdiction with more than one policy (a city replaces its measures): which one a call is judged
 * by. The one in force on the date; failing that, the latest that started before it; failing that, the
 * first of the library. Every case is tried with the library in both orders, so the answer is the rule's,
 * not the order the policies were listed in. */

const window = (from: string | null, to: string) => ({
  start: { date: from, clause: '1', quote: '自发布之日起施行' },
  end: { type: 'date' as const, date: to, clause: '1', quote: '有效期至' },
});
const policy = (id: string, yuan: number, from: string | null, to: string): PolicyInput =>
  syntheticPolicy({ id, window: window(from, to), rules: [fixedRule('a', 'key_project', yuan)] });

const earlier = policy('earlier', 1, '2015-01-01', '2017-12-31');
const later = policy('later', 2, '2020-01-01', '2022-12-31');
const achievement = (obtainedOn: string) => ({ kind: 'key_project', obtainedOn }) as never;

/** The id of the policy a call on `date` is judged by, with the library in the order given. */
function chosen(policies: readonly PolicyInput[], date: string, assumeStartDate?: string): string {
  const { evaluate } = createEvaluator(defineLibrary({ kinds: vocabulary, policies: [...policies] }));
  const options = assumeStartDate === undefined ? undefined : { assumeStartDate };
  return evaluate(achievement(date), 'testcity', date, options).policy.id;
}
const bothOrders = (date: string, assumeStartDate?: string) => [
  chosen([earlier, later], date, assumeStartDate),
  chosen([later, earlier], date, assumeStartDate),
];

describe('two policies of one jurisdiction: the one a call is judged by', () => {
  it('a date in the earlier one’s window → the earlier, in force then (whatever the library’s order)', () => {
    expect(bothOrders('2016-06-01')).toEqual(['earlier', 'earlier']);
  });
  it('a date in the later one’s window → the later', () => {
    expect(bothOrders('2021-06-01')).toEqual(['later', 'later']);
  });
  it('a date between the two (neither in force) → the one that started last before it: the earlier', () => {
    expect(bothOrders('2018-06-01')).toEqual(['earlier', 'earlier']);
  });
  it('a date after both ended → the one that started last: the later', () => {
    expect(bothOrders('2030-01-01')).toEqual(['later', 'later']);
  });
  it('a date before either started → the first of the library', () => {
    expect(bothOrders('2010-01-01')).toEqual(['earlier', 'later']);
  });
  it('two in force at once (overlapping windows) → the one that started last', () => {
    const wide = policy('wide', 4, '2015-01-01', '2030-12-31');
    expect([chosen([wide, later], '2021-06-01'), chosen([later, wide], '2021-06-01')]).toEqual(['later', 'later']);
  });
  it('the start day itself counts as started and in force', () => {
    expect(bothOrders('2020-01-01')).toEqual(['later', 'later']);
  });
  it('one in force beats one that started later but has ended: the wide one, in force, not the latest started', () => {
    const wide = policy('wide', 4, '2015-01-01', '2030-12-31');
    const short = policy('short', 5, '2020-01-01', '2020-12-31');
    expect([chosen([wide, short], '2022-06-01'), chosen([short, wide], '2022-06-01')]).toEqual(['wide', 'wide']);
  });
  it('the later policy’s paid amount is the later policy’s own (2元), not the earlier’s (1元)', () => {
    const { evaluate } = createEvaluator(defineLibrary({ kinds: vocabulary, policies: [earlier, later] }));
    expect(evaluate(achievement('2021-06-01'), 'testcity', '2021-06-01').total.fen).toBe(200);
  });
});

describe('a policy whose start is blank: started only from the start the caller assumes', () => {
  const blank = policy('blank', 3, null, '2040-12-31');
  it('no assumed start → never started: an earlier dated policy that ended is chosen over it', () => {
    expect([chosen([earlier, blank], '2030-01-01'), chosen([blank, earlier], '2030-01-01')]).toEqual([
      'earlier',
      'earlier',
    ]);
  });
  it('no assumed start, before any dated policy started → nothing started: the first of the library, not the blank one', () => {
    expect(chosen([earlier, blank], '2010-01-01')).toBe('earlier');
  });
  it('no assumed start, on the last day of the calendar → still never started', () => {
    const ended = policy('ended', 1, '2015-01-01', '2017-12-31');
    const open = policy('blank-open', 3, null, '9999-12-31');
    expect([chosen([ended, open], '9999-12-31'), chosen([open, ended], '9999-12-31')]).toEqual(['ended', 'ended']);
  });
  it('an assumed start on or before the date → in force: the blank one', () => {
    expect([
      chosen([earlier, blank], '2030-01-01', '2025-01-01'),
      chosen([blank, earlier], '2030-01-01', '2025-01-01'),
    ]).toEqual(['blank', 'blank']);
  });
  it('an assumed start after the date → not started: the earlier dated policy', () => {
    expect([
      chosen([earlier, blank], '2030-01-01', '2031-01-01'),
      chosen([blank, earlier], '2030-01-01', '2031-01-01'),
    ]).toEqual(['earlier', 'earlier']);
  });
  it('a blank policy with no assumed start is judged by its window as written: its summary the shared one', () => {
    const { evaluate } = createEvaluator(defineLibrary({ kinds: vocabulary, policies: [blank] }));
    const [a, b] = ['2030-01-01', '2030-02-01'].map((date) => evaluate(achievement(date), 'testcity', date));
    expect([a?.policy.window.start, a?.policy.startAssumed, a?.notPaid[0]?.code]).toEqual([
      null,
      false,
      'policy_start_date_blank',
    ]);
    expect(a?.policy).toBe(b?.policy);
  });
  it('an assumed start on the date itself counts as started, even where its written end has passed → the blank one', () => {
    const ended = policy('blank-ended', 3, null, '2026-12-31');
    expect([
      chosen([earlier, ended], '2030-01-01', '2030-01-01'),
      chosen([ended, earlier], '2030-01-01', '2030-01-01'),
    ]).toEqual(['blank-ended', 'blank-ended']);
  });
  it('a dated policy chosen beside a blank one keeps its written start; its summary is the shared one, not rebuilt', () => {
    const { evaluate } = createEvaluator(defineLibrary({ kinds: vocabulary, policies: [later, blank] }));
    const [a, b] = ['2021-06-01', '2021-07-01'].map((date) =>
      evaluate(achievement(date), 'testcity', date, { assumeStartDate: '2025-01-01' }),
    );
    expect([a?.policy.id, a?.policy.window.start, a?.policy.startAssumed]).toEqual(['later', '2020-01-01', false]);
    expect(a?.policy).toBe(b?.policy);
  });
  it('both ended, the blank one started (as assumed) after the dated one → the blank one, the latest started', () => {
    const ended = policy('blank-ended', 3, null, '2026-12-31');
    expect([
      chosen([earlier, ended], '2030-01-01', '2024-01-01'),
      chosen([ended, earlier], '2030-01-01', '2024-01-01'),
    ]).toEqual(['blank-ended', 'blank-ended']);
  });
});

describe('listJurisdictions: a jurisdiction with two policies is listed once, with both ids', () => {
  it('one entry, its names from the policies, the ids in the library’s order', () => {
    const { listJurisdictions } = createEvaluator(defineLibrary({ kinds: vocabulary, policies: [later, earlier] }));
    expect(listJurisdictions()).toEqual([
      { code: '990100', slug: 'testcity', names: ['测试市'], nameEn: 'Test City', policyIds: ['later', 'earlier'] },
    ]);
  });
});
