import { describe, expect, it } from 'vitest';
import { type Claim, countLive, LIVE, noteReading, reduceClaim, stopClaim } from '../../src/engine/claim.js';
import type { Reading } from '../../src/schema/policy.js';

/*
 * A claim starts with lists it shares (its compiled rule's readings, no adjustments) and the one frozen
 * live state: stacking replaces them when it acts, and never changes what another claim shares.
 */

const reading = (id: string) => Object.freeze({ id }) as Reading;
const SHARED_READINGS = Object.freeze([reading('rule')]);
const NO_ADJUSTMENTS = Object.freeze([]);
const claim = (fen: number, ruleId = 'r'): Claim =>
  ({
    index: 0,
    fen,
    rule: { id: ruleId },
    readings: SHARED_READINGS,
    adjustments: NO_ADJUSTMENTS,
    state: LIVE,
  }) as unknown as Claim;
const by = { clause: '12', quote: '累计不超过' };
const detail = { zh: '上限', en: 'cap' };

describe('claims that share their starting lists', () => {
  it('a reading noted on one claim → that claim lists it; the shared list and the other claim do not', () => {
    const a = claim(100);
    const b = claim(100);
    noteReading(a, reading('cap'));
    expect(a.readings.map((r) => r.id)).toEqual(['rule', 'cap']);
    expect(b.readings).toBe(SHARED_READINGS);
    expect(SHARED_READINGS.map((r) => r.id)).toEqual(['rule']);
  });
  it('a reading the claim already relies on (by id) → the list is left as it is', () => {
    const a = claim(100);
    noteReading(a, reading('rule'));
    expect(a.readings).toBe(SHARED_READINGS);
  });
  it('lowered twice → two adjustments on that claim, none on the shared empty list', () => {
    const a = claim(300);
    reduceClaim(a, 200, 'cap_reached', detail, by);
    reduceClaim(a, 100, 'cap_reached', detail, by);
    expect(a.adjustments.map((x) => [x.before.fen, x.after.fen])).toEqual([
      [300, 200],
      [200, 100],
    ]);
    expect(NO_ADJUSTMENTS).toEqual([]);
    expect(claim(1).adjustments).toEqual([]);
  });
  it('stopped → its own state; the shared live state stays live', () => {
    const a = claim(100);
    stopClaim(a, 'cap_reached', detail, by);
    expect(a.state.type).toBe('stopped');
    expect(LIVE).toEqual({ type: 'live' });
    expect(Object.isFrozen(LIVE)).toBe(true);
  });
});

describe('countLive: the claims still to be paid, under some rules or any', () => {
  it('two live and one stopped → 2; under rule x only → 1; under no listed rule → 0', () => {
    const stopped = claim(1, 'x');
    stopClaim(stopped, 'cap_reached', detail, by);
    const claims = [claim(1, 'x'), stopped, claim(1, 'y')];
    expect(countLive(claims)).toBe(2);
    expect(countLive(claims, new Set(['x']))).toBe(1);
    expect(countLive(claims, new Set(['z']))).toBe(0);
    expect(countLive([])).toBe(0);
  });
});

describe('a reading stacking notes stays with that result', () => {
  it('长乐 一次性: two national standards of one project note the reading; a lone one evaluated after does not', async () => {
    const { evaluate } = await import('../../src/index.js');
    const standard = {
      kind: 'standard_drafting',
      level: 'national',
      rank: 1,
      drafterRole: 'main',
      projectId: 'p-1',
      obtainedOn: '2024-05-10',
      recipient: { type: 'organization', registeredIn: '350112' },
    };
    const before = evaluate(standard as never, '350112', '2024-06-01');
    const pair = evaluate([standard, { ...standard, obtainedOn: '2024-05-11' }] as never, '350112', '2024-06-01');
    const after = evaluate(standard as never, '350112', '2024-06-01');
    expect(pair.awards[0]?.readings.map((r) => r.id)).toContain('changle.one-off');
    expect(after.awards[0]?.readings.map((r) => r.id)).not.toContain('changle.one-off');
    expect(after).toEqual(before);
  });
});
