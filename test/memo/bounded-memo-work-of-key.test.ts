import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/memo/boundedMemo.js';
import { money } from '../../src/money/money.js';

/* One function can work out every key's answer: the memo hands it the key, so no closure is made per call. */

describe('boundedMemo: the work is given the key it is asked for', () => {
  it('one function for every key → each key’s own answer, worked out once each', () => {
    const remember = boundedMemo<string, number>(10);
    const asked: number[] = [];
    const render = (fen: number) => {
      asked.push(fen);
      return `${fen}分`;
    };
    expect([remember(1, render), remember(2, render), remember(1, render)]).toEqual(['1分', '2分', '1分']);
    expect(asked).toEqual([1, 2]);
  });
});

describe('money: rendered once per amount, each amount its own rendering', () => {
  it('30万元 asked twice → the same frozen object; 3000元 → its own', () => {
    expect(money(30_000_000)).toBe(money(30_000_000));
    expect(Object.isFrozen(money(30_000_000))).toBe(true);
    expect(money(300_000)).toEqual({ fen: 300_000, yuan: '3000.00', text: '3000元' });
    expect(money(30_000_000).text).toBe('30万元');
  });
});
