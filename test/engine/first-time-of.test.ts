import { describe, expect, it } from 'vitest';
import { firstTimeOf } from '../../src/engine/firstTimeWithinPortfolio.js';
import type { Rule } from '../../src/schema/policy.js';

/* A rule's 首次 condition, looked up once per rule: the condition itself, or none. */

const rule = (conditions?: unknown[]) =>
  Object.freeze({ id: 'r', ...(conditions ? { conditions } : {}) }) as unknown as Rule;

describe('firstTimeOf', () => {
  it('a rule with 首次 among its conditions → that condition, asked twice → the same object', () => {
    const firstTime = { type: 'first_time', sameAs: ['s'] };
    const r = rule([{ type: 'rank_between', min: 1, max: 3 }, firstTime]);
    expect(firstTimeOf(r)).toBe(firstTime);
    expect(firstTimeOf(r)).toBe(firstTime);
  });
  it('a rule without 首次, or without conditions → none; each rule answers for itself', () => {
    expect(firstTimeOf(rule([{ type: 'rank_between', min: 1, max: 3 }]))).toBeUndefined();
    expect(firstTimeOf(rule())).toBeUndefined();
    const without = rule();
    firstTimeOf(without);
    expect(firstTimeOf(rule([{ type: 'first_time' }]))).toEqual({ type: 'first_time' });
  });
});
