import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountOutOfRangeError, fenFromWholeYuan, fenFromYuanInput, money } from '../../src/money/money.js';

describe('amounts a caller gives, at the edge of exact integers (2^53 分)', () => {
  it('the largest amount in 元 that is a safe integer of 分 is accepted; one 分 more is not', () => {
    // Number.MAX_SAFE_INTEGER = 9007199254740991 分 = 90071992547409.91 元
    expect(fenFromYuanInput('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(fenFromYuanInput('90071992547409.92')).toBeNull();
    expect(fenFromYuanInput('90071992547410')).toBeNull();
  });

  it('one decimal means tenths of a 元: 0.1 → 10 分, 0.01 → 1 分, 1.10 → 110 分', () => {
    expect(fenFromYuanInput('0.1')).toBe(10);
    expect(fenFromYuanInput('0.01')).toBe(1);
    expect(fenFromYuanInput('1.10')).toBe(110);
    expect(fenFromYuanInput('1.')).toBeNull();
    expect(fenFromYuanInput('.5')).toBeNull();
  });

  it('a sum beyond 2^53 分 cannot be rendered as money; 2^53 − 1 can', () => {
    expect(() => money(Number.MAX_SAFE_INTEGER + 1)).toThrow(AmountOutOfRangeError);
    expect(() => money(0.5)).toThrow(AmountOutOfRangeError);
    expect(money(Number.MAX_SAFE_INTEGER).yuan).toBe('90071992547409.91');
  });

  it('the out-of-range error says which amount', () => {
    const error = new AmountOutOfRangeError(2 ** 53);
    expect(error.name).toBe('AmountOutOfRangeError');
    expect(error.message).toBe('amount of 9007199254740992 fen is beyond exact integer range');
  });
});

describe('amounts as the texts write them', () => {
  it('0.10元 and 0.01元: fewer than 100 分 keep the leading 0 and two decimals', () => {
    expect(money(10)).toEqual({ fen: 10, yuan: '0.10', text: '0.10元' });
    expect(money(1)).toEqual({ fen: 1, yuan: '0.01', text: '0.01元' });
    expect(money(105).text).toBe('1.05元');
  });

  it('whole 万 as 万元, whole 元 as 元, else 元 with two decimals', () => {
    expect(money(1_000_000).text).toBe('1万元');
    expect(money(1_000_100).text).toBe('10001元');
    expect(money(1_000_001).text).toBe('10000.01元');
  });

  it('negative amounts keep their sign in both renderings', () => {
    expect(money(-10)).toEqual({ fen: -10, yuan: '-0.10', text: '-0.10元' });
    expect(money(-1_000_000).text).toBe('-1万元');
    expect(money(-150).text).toBe('-1.50元');
  });

  it('zero has no sign: 0 分 → 0.00 and 0元 (a total with nothing paid)', () => {
    expect(money(0)).toEqual({ fen: 0, yuan: '0.00', text: '0元' });
  });

  it('whole 元 from policy data are 100 分 each', () => {
    expect(fenFromWholeYuan(500_000)).toBe(50_000_000);
  });
});

describe('a rendered amount is shared, being frozen', () => {
  it('the same amount twice is the same frozen object; -0 keeps its sign', () => {
    expect(money(30_000_000)).toBe(money(30_000_000));
    expect(Object.isFrozen(money(123))).toBe(true);
    expect(Object.is(money(-0).fen, -0)).toBe(true);
    expect(Object.is(money(0).fen, 0)).toBe(true);
  });
  it("property: a shared rendering is that amount's, also after more amounts than are kept (4,096)", () => {
    const yuanOf = (fen: number) => {
      const abs = BigInt(Math.abs(fen));
      return `${fen < 0 ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 100, maxLength: 200 }), (amounts) => {
        for (const fen of amounts) {
          expect(money(fen).fen).toBe(fen);
          expect(money(fen).yuan).toBe(yuanOf(fen));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('whole 元 given as a number', () => {
  it('property: the same 分 as the same amount written as text, up to the largest safe amount and one past it', () => {
    const max = Math.floor(Number.MAX_SAFE_INTEGER / 100);
    const amounts = fc.oneof(
      fc.nat(),
      fc.integer({ min: max - 1000, max: max + 1000 }),
      fc.integer({ min: -1000, max: 0 }),
    );
    fc.assert(
      fc.property(amounts, (yuan) => {
        expect(fenFromYuanInput(yuan)).toBe(yuan < 0 ? null : fenFromYuanInput(String(yuan)));
      }),
    );
    expect(Object.is(fenFromYuanInput(-0), 0)).toBe(true);
    expect(fenFromYuanInput(max)).toBe(max * 100);
    expect(fenFromYuanInput(max + 1)).toBeNull();
  });
});
