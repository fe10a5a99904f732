import { fenFromWholeYuan, fenTimesRatioHalfUp, money } from '../money/money.js';
import type { Achievement } from '../schema/achievement.js';
import { type FactName, readFact } from '../schema/facts.js';
import type { Amount } from '../schema/policy.js';
import type { Bilingual } from '../schema/primitives.js';
import type { AmountBasis } from '../result/types.js';

/** An amount a clause gives, reckoned from an achievement. */
export interface Reckoned {
  readonly status: 'ok';
  readonly fen: number;
  readonly basis: AmountBasis;
  /** Frozen when reckoned. */
  readonly calculation: Bilingual;
  readonly schedule?: readonly { readonly year: number; readonly fen: number }[];
}

/** The outcome of reckoning an amount primitive. */
export type ReckonOutcome =
  | Reckoned
  | { readonly status: 'missing'; readonly facts: readonly FactName[] }
  | { readonly status: 'not_computable'; readonly reason: 'case_by_case' | 'other_rules'; readonly note: Bilingual };

const MONEY_LABEL: Record<string, Bilingual> = {
  annualSalesRevenue: { zh: '年销售收入', en: 'annual sales revenue' },
  stateFunding: { zh: '国家下拨项目经费', en: 'state project funding' },
};

/**
 * Reckons what an amount primitive gives for an achievement, in integer 分.
 * Percentages and ratios are rounded half up to the 分 (四舍五入到分).
 */
export function reckonAmount(amount: Amount, achievement: Achievement): ReckonOutcome {
  switch (amount.type) {
    case 'fixed':
      return reckonFixed(amount);
    case 'per_item': {
      const count = readFact(achievement, 'count') as number;
      const each = fenFromWholeYuan(amount.yuanEach);
      const fen = each * count;
      return ok(fen, 'per_item', {
        zh: `${amount.unit.zh} ${money(each).text} × ${count} = ${money(fen).text}`,
        en: `${money(each).yuan} yuan ${amount.unit.en} × ${count} = ${money(fen).yuan} yuan`,
      });
    }
    case 'per_year': {
      const yearly = fenFromWholeYuan(amount.yuanPerYear);
      const fen = yearly * amount.years;
      const schedule = Array.from({ length: amount.years }, (_, i) => ({ year: i + 1, fen: yearly }));
      return {
        ...ok(fen, 'per_year', {
          zh: `${money(yearly).text}/年 × 连续${amount.years}年 = ${money(fen).text}`,
          en: `${money(yearly).yuan} yuan a year × ${amount.years} consecutive years = ${money(fen).yuan} yuan`,
        }),
        schedule,
      };
    }
    case 'percentage': {
      const base = readFact(achievement, amount.of);
      if (base === undefined) return { status: 'missing', facts: [amount.of] };
      const fen = fenTimesRatioHalfUp(base as number, amount.numerator, amount.denominator);
      const label = MONEY_LABEL[amount.of] as Bilingual;
      return ok(fen, 'percentage', {
        zh: `${label.zh} ${money(base as number).yuan}元 × ${amount.numerator}/${amount.denominator} = ${money(fen).yuan}元（四舍五入到分）`,
        en: `${label.en} ${money(base as number).yuan} yuan × ${amount.numerator}/${amount.denominator} = ${money(fen).yuan} yuan (rounded half up to the fen)`,
      });
    }
    case 'matching': {
      const base = readFact(achievement, amount.of);
      if (base === undefined) return { status: 'missing', facts: [amount.of] };
      const matched = fenTimesRatioHalfUp(base as number, amount.numerator, amount.denominator);
      const max = fenFromWholeYuan(amount.maxYuan);
      const fen = Math.min(matched, max);
      const label = MONEY_LABEL[amount.of] as Bilingual;
      return ok(fen, 'matching', {
        zh: `${label.zh} ${money(base as number).yuan}元 按 ${amount.numerator}:${amount.denominator} 配套 = ${money(matched).yuan}元，不高于 ${money(max).text} → ${money(fen).yuan}元`,
        en: `${label.en} ${money(base as number).yuan} yuan matched ${amount.numerator}:${amount.denominator} = ${money(matched).yuan} yuan, at most ${money(max).yuan} → ${money(fen).yuan} yuan`,
      });
    }
    case 'not_computable':
      return { status: 'not_computable', reason: amount.reason, note: amount.note };
  }
}

/**
 * A fixed amount reckoned: it reads no fact of the achievement. Apart from {@link reckonAmount} so that
 * compiling a rule of a fixed amount (most are) does not compile the whole of it.
 */
export function reckonFixed(amount: Extract<Amount, { type: 'fixed' }>): Reckoned {
  const fen = fenFromWholeYuan(amount.yuan);
  return ok(fen, 'one_off', { zh: `一次性 ${money(fen).text}`, en: `one-off ${money(fen).yuan} yuan` });
}

/** An amount reckoned; its calculation frozen as it is made, since an award shows it as it is. */
function ok(fen: number, basis: AmountBasis, calculation: Bilingual): Reckoned {
  return { status: 'ok', fen, basis, calculation: Object.freeze(calculation) };
}
