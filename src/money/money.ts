import { boundedMemo } from '../memo/boundedMemo.js';

/**
 * An exact amount of money. `fen` (分, 1/100 元) is the integer every computation uses; `yuan` and
 * `text` are renderings of it for people and never fed back into arithmetic.
 */
export interface Money {
  /** Integer number of 分. */
  readonly fen: number;
  /** The same amount in 元 with exactly two decimals, e.g. `"300000.00"`. */
  readonly yuan: string;
  /** A Chinese rendering as the policies write amounts, e.g. `"30万元"`, `"3000元"`, `"1234.56元"`. */
  readonly text: string;
}

const FEN_PER_YUAN = 100;

/**
 * An amount too large to count exactly in integer 分 (beyond `Number.MAX_SAFE_INTEGER`). Callers of
 * `evaluate` never see it: it becomes a typed input error there.
 */
export class AmountOutOfRangeError extends RangeError {
  constructor(fen: number) {
    super(`amount of ${fen} fen is beyond exact integer range`);
    this.name = 'AmountOutOfRangeError';
  }
}
const FEN_PER_WAN = 1_000_000;

/** Whole 元 (as the policy texts state them) to 分. */
export function fenFromWholeYuan(yuan: number): number {
  return yuan * FEN_PER_YUAN;
}

/**
 * Renders an integer number of 分 as {@link Money}.
 *
 * @example money(30_000_000) // { fen: 30000000, yuan: '300000.00', text: '30万元' }
 */
export function money(fen: number): Money {
  if (!Number.isSafeInteger(fen)) throw new AmountOutOfRangeError(fen);
  // A Map holds 0 and -0 as one key; -0 is rendered on its own, as it always was.
  return Object.is(fen, -0) ? render(fen) : rendered(fen, render);
}

/**
 * Amounts already rendered. A policy pays a few dozen distinct amounts, so the same few recur call after
 * call; a rendering is frozen, so one object can serve them all. Bounded for the amounts that do not recur.
 */
const rendered = boundedMemo<Money, number>(4096);

function render(fen: number): Money {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / FEN_PER_YUAN);
  const cents = abs % FEN_PER_YUAN;
  const yuan = `${negative ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`;
  return Object.freeze({ fen, yuan, text: chineseText(fen) });
}

function chineseText(fen: number): string {
  if (fen !== 0 && fen % FEN_PER_WAN === 0) return `${fen / FEN_PER_WAN}万元`;
  if (fen % FEN_PER_YUAN === 0) return `${fen / FEN_PER_YUAN}元`;
  const abs = Math.abs(fen);
  // Stryker disable next-line EqualityOperator: fen is never 0 here (0 is whole 元 and returned above), so `<` and `<=` agree.
  const sign = fen < 0 ? '-' : '';
  return `${sign}${Math.floor(abs / FEN_PER_YUAN)}.${String(abs % FEN_PER_YUAN).padStart(2, '0')}元`;
}

const YUAN_TEXT = /^(\d+)(?:\.(\d{1,2}))?$/;
/** The most whole 元 whose 分 are still a safe integer. */
const MAX_WHOLE_YUAN = Math.floor(Number.MAX_SAFE_INTEGER / FEN_PER_YUAN);

/**
 * Parses a caller's amount in 元 (a number or a decimal string with at most two decimals) into 分,
 * without floating-point arithmetic: the decimal text is split at the point. Returns `null` when the
 * amount is negative, has more than two decimals, is not finite, or is too large to count in 分 exactly.
 *
 * @example fenFromYuanInput('1234.5') // 123450
 */
export function fenFromYuanInput(value: number | string): number | null {
  // Whole 元 given as a number (as most amounts are) is exact times 100, with no text to split; `+ 0`
  // makes -0 the 0 the text path gives.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_WHOLE_YUAN) {
    return value * FEN_PER_YUAN + 0;
  }
  // Stryker disable next-line StringLiteral: any non-numeric text for a non-finite number fails YUAN_TEXT alike.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const m = YUAN_TEXT.exec(text);
  if (!m) return null;
  const fen = BigInt(m[1] as string) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
}

/**
 * `fen × numerator / denominator`, rounded half up to the 分 (四舍五入到分), in integer arithmetic.
 *
 * @example fenTimesRatioHalfUp(12_345, 5, 100) // 617 (617.25 分 → 617 分)
 */
export function fenTimesRatioHalfUp(fen: number, numerator: number, denominator: number): number {
  const product = BigInt(fen) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((product * 2n + d) / (2n * d));
}
