import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenFromYuanInput, fenTimesRatioHalfUp, money } from '../../src/money/money.js';

describe('money: integer 分 underneath', () => {
  it('renders 分 as 元 with two decimals and as the texts write amounts', () => {
    expect(money(30_000_000)).toEqual({ fen: 30_000_000, yuan: '300000.00', text: '30万元' });
    expect(money(300_000)).toEqual({ fen: 300_000, yuan: '3000.00', text: '3000元' });
    expect(money(123_456)).toEqual({ fen: 123_456, yuan: '1234.56', text: '1234.56元' });
    expect(money(0).text).toBe('0元');
  });
  it('parses 元 from numbers and decimal strings without floating point', () => {
    expect(fenFromYuanInput(1234.5)).toBe(123_450);
    expect(fenFromYuanInput('0.1')).toBe(10);
    expect(fenFromYuanInput('  200000 ')).toBe(20_000_000);
    expect(fenFromYuanInput(0.07)).toBe(7);
  });
  it('refuses negative, over-precise, non-finite and too large amounts', () => {
    for (const bad of [-1, '-1', 1.234, '1.234', Number.NaN, Number.POSITIVE_INFINITY, 1e21, '1e3', '', 'abc']) {
      expect(fenFromYuanInput(bad)).toBeNull();
    }
  });
  it('property: any whole number of 分 written as 元 parses back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        expect(fenFromYuanInput(text)).toBe(fen);
        expect(money(fen).yuan).toBe(text);
      }),
    );
  });
  it('rounds a ratio half up to the 分', () => {
    expect(fenTimesRatioHalfUp(12_345, 5, 100)).toBe(617); // 617.25
    expect(fenTimesRatioHalfUp(12_350, 5, 100)).toBe(618); // 617.5 → 618
    expect(fenTimesRatioHalfUp(10, 1, 3)).toBe(3); // 3.33
  });
  it('property: the rounded ratio is within half a 分 of the exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 1000 }),
        (fen, n, d) => {
          const r = fenTimesRatioHalfUp(fen, n, d);
          const exact2 = BigInt(fen) * BigInt(n) * 2n; // twice the exact value, times d
          const diff = BigInt(r) * 2n * BigInt(d) - exact2;
          expect(diff > -BigInt(d) - 1n && diff <= BigInt(d)).toBe(true);
        },
      ),
    );
  });
});
