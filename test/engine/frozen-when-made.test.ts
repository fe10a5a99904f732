import { describe, expect, it } from 'vitest';
import { type Claim, LIVE, noteReading, reduceClaim } from '../../src/engine/claim.js';
import { NONE } from '../../src/engine/none.js';
import { evaluate } from '../../src/index.js';
import type { Reading } from '../../src/schema/policy.js';

/*
 * What a result holds is frozen when it is made, so nothing is walked again at the end: a claim's new
 * lists (readings, adjustments) are frozen as stacking makes them, and every empty list of a result is
 * the engine's one frozen empty list.
 */

const claim = (fen: number): Claim =>
  ({ index: 0, fen, rule: { id: 'r' }, readings: NONE, adjustments: NONE, state: LIVE }) as unknown as Claim;
const by = { clause: '12', quote: '累计不超过' };

describe('a claim’s lists are frozen when stacking makes them', () => {
  it('lowered → the adjustments, each adjustment and its message are frozen', () => {
    const c = claim(300);
    reduceClaim(c, 200, 'cap_reached', { zh: '上限', en: 'cap' }, by);
    expect(Object.isFrozen(c.adjustments)).toBe(true);
    expect(Object.isFrozen(c.adjustments[0])).toBe(true);
    expect(Object.isFrozen(c.adjustments[0]?.message)).toBe(true);
  });
  it('a reading noted → the new list of readings is frozen', () => {
    const c = claim(1);
    noteReading(c, Object.freeze({ id: 'x' }) as Reading);
    expect(Object.isFrozen(c.readings)).toBe(true);
    expect(c.readings.map((r) => r.id)).toEqual(['x']);
  });
});

describe('every empty list of a result is the one frozen empty list', () => {
  it('长乐 national standard, rank 1 → nothing not paid, computed or undetermined: three times the same frozen []', () => {
    const r = evaluate(
      {
        kind: 'standard_drafting',
        level: 'national',
        rank: 1,
        drafterRole: 'main',
        obtainedOn: '2024-05-10',
        recipient: { type: 'organization', registeredIn: '350112' },
      },
      '350112',
      '2024-06-01',
    );
    expect(r.awards).toHaveLength(1);
    expect(Object.isFrozen(r.awards)).toBe(true);
    for (const list of [r.notPaid, r.notComputable, r.undetermined]) expect(list).toBe(NONE);
    expect(NONE).toEqual([]);
    expect(Object.isFrozen(NONE)).toBe(true);
  });
});

describe('an amount’s calculation is frozen when reckoned', () => {
  it('每项 20万 × 3 → the calculation an award shows is frozen from the start', async () => {
    const { reckonAmount } = await import('../../src/engine/reckonAmount.js');
    const reckoned = reckonAmount(
      { type: 'per_item', yuanEach: 200_000, unit: { zh: '项', en: 'item' } } as never,
      {
        kind: 'standardization_pilot',
        count: 3,
        obtainedOn: '2024-01-01',
      } as never,
    );
    expect(reckoned.status).toBe('ok');
    if (reckoned.status === 'ok') expect(Object.isFrozen(reckoned.calculation)).toBe(true);
  });
});
