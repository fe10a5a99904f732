import { describe, expect, it } from 'vitest';
import { type Claim, liveClaims, noteReading, reduceClaim, stopClaim } from '../../src/engine/claim.js';
import type { Reading } from '../../src/schema/policy.js';

/* A claim while stacking is settled: lowered, stopped or left live, always with the reason and the words. */

const reading = (id: string) => ({ id }) as Reading;
const claim = (fen: number): Claim =>
  ({ index: 0, fen, readings: [], adjustments: [], state: { type: 'live' } }) as unknown as Claim;
const by = { clause: '12', quote: '累计不超过' };
const detail = { zh: '上限 5万元', en: 'cap 50000 yuan' };

describe('reduceClaim: lowers a claim, recording why', () => {
  it('10万元 lowered to 5万元 → one adjustment (code, words, clause, before, after), still live', () => {
    const c = claim(10_000_000);
    reduceClaim(c, 5_000_000, 'cap_reached', detail, by);
    expect(c.fen).toBe(5_000_000);
    expect(c.state).toEqual({ type: 'live' });
    expect(c.adjustments).toStrictEqual([
      {
        code: 'cap_reached',
        message: { zh: '已达累计奖励上限：上限 5万元。', en: 'The cumulative cap has been reached: cap 50000 yuan.' },
        clause: '12',
        quote: '累计不超过',
        before: { fen: 10_000_000, yuan: '100000.00', text: '10万元' },
        after: { fen: 5_000_000, yuan: '50000.00', text: '5万元' },
      },
    ]);
  });
  it('lowered to 0 → stopped with the reason, no adjustment; lowered to 1分 → still paid', () => {
    const zero = claim(100);
    reduceClaim(zero, 0, 'cap_reached', detail, by);
    expect(zero.state).toEqual({ type: 'stopped', code: 'cap_reached', detail, clause: '12', quote: '累计不超过' });
    expect(zero.adjustments).toEqual([]);
    const one = claim(100);
    reduceClaim(one, 1, 'cap_reached', detail, by);
    expect([one.state.type, one.fen]).toEqual(['live', 1]);
  });
  it('the authority’s reading goes with the claim, lowered or stopped, once', () => {
    const lowered = claim(100);
    reduceClaim(lowered, 50, 'cap_reached', detail, { ...by, reading: reading('cap') });
    expect(lowered.readings.map((r) => r.id)).toEqual(['cap']);
    const stopped = claim(100);
    stopClaim(stopped, 'cap_reached', detail, { ...by, reading: reading('cap') });
    expect(stopped.readings.map((r) => r.id)).toEqual(['cap']);
    stopClaim(stopped, 'cap_reached', detail, { ...by, reading: reading('cap') });
    expect(stopped.readings.map((r) => r.id)).toEqual(['cap']);
    const plain = claim(100);
    reduceClaim(plain, 50, 'cap_reached', detail, by);
    stopClaim(plain, 'cap_reached', detail, by);
    expect(plain.readings).toEqual([]);
  });
});

describe('noteReading and liveClaims', () => {
  it('a reading is noted once by its id; other readings after it', () => {
    const c = claim(1);
    noteReading(c, reading('a'));
    noteReading(c, reading('a'));
    noteReading(c, reading('b'));
    expect(c.readings.map((r) => r.id)).toEqual(['a', 'b']);
  });
  it('only live claims are still to be paid', () => {
    const live = claim(1);
    const stopped = claim(1);
    stopClaim(stopped, 'cap_reached', detail, by);
    expect(liveClaims([stopped, live])).toEqual([live]);
  });
});
