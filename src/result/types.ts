import type { CalendarDate } from '../calendar/calendarDate.js';
import type { ReasonCode } from '../explain/reasonCodes.js';
import type { Money } from '../money/money.js';
import type { Bilingual } from '../schema/primitives.js';
import type { FactName } from '../schema/facts.js';
import type { Reading } from '../schema/policy.js';

/** The clause a line of the result stands on. */
export interface ClauseCitation {
  readonly ruleId: string;
  /** Clause reference as the policy text numbers it. */
  readonly clause: string;
  /** The verbatim words of the text. */
  readonly quote: string;
  readonly title: Bilingual;
}

/** Which of the caller's achievements a line is about. */
export interface AchievementRef {
  /** Position in the list passed to `evaluate` (0 for a single achievement). */
  readonly achievementIndex: number;
  /** The caller's `id`, if given. */
  readonly achievementId?: string;
}

/** How an amount is reckoned. */
export type AmountBasis = 'one_off' | 'per_item' | 'per_year' | 'percentage' | 'matching';

/** A change stacking or caps made to an amount, with the clause that made it. */
export interface Adjustment {
  readonly code: ReasonCode;
  readonly message: Bilingual;
  readonly clause: string;
  readonly quote: string;
  readonly before: Money;
  readonly after: Money;
}

/** A reward paid. */
export interface Award extends ClauseCitation, AchievementRef {
  /** What is paid, after stacking and caps. */
  readonly amount: Money;
  /** What the clause alone gives, before stacking and caps. */
  readonly clauseAmount: Money;
  readonly basis: AmountBasis;
  /** 最高: the amount is an upper limit, not a promised payment. */
  readonly upTo: boolean;
  /** How the clause amount was reckoned. */
  readonly calculation: Bilingual;
  /** For per-year rewards, the yearly instalments. */
  readonly schedule?: readonly { readonly year: number; readonly amount: Money }[];
  readonly adjustments: readonly Adjustment[];
  /** Readings of damaged or open words this amount relies on. */
  readonly readings: readonly Reading[];
}

/** A candidate reward not paid, and why. */
export interface NotPaid extends AchievementRef {
  readonly code: ReasonCode;
  readonly message: Bilingual;
  /** The clause, or `null` when no clause is about the achievement. */
  readonly citation: ClauseCitation | null;
  /** What the clause alone would have given, where it can be reckoned. */
  readonly clauseAmount?: Money;
  /** The clause or stacking rule that stopped it, where it is not the reward's own clause. */
  readonly stoppedBy?: { readonly clause: string; readonly quote: string };
  readonly readings: readonly Reading[];
}

/** A reward the text grants without an amount this library can compute. */
export interface NotComputable extends ClauseCitation, AchievementRef {
  readonly code: 'case_by_case' | 'other_rules';
  readonly message: Bilingual;
  /** Readings this line relies on. */
  readonly readings: readonly Reading[];
}

/** A reward that cannot be decided because the caller did not give a fact it needs. */
export interface Undetermined extends ClauseCitation, AchievementRef {
  readonly code: 'missing_fact' | 'first_filed_undecided';
  readonly missingFacts: readonly FactName[];
  readonly message: Bilingual;
  /** What the clause would give if the missing facts turn out in its favour, where reckonable. */
  readonly clauseAmount?: Money;
  /** Readings this line relies on (e.g. a damaged figure in `clauseAmount`). */
  readonly readings: readonly Reading[];
}

/** Codes of warnings. */
export type WarningCode =
  | 'draft_policy'
  | 'uncertain_reading'
  | 'upper_limit'
  | 'notice'
  | 'assumed_start_date'
  /** A computed payment could change once an undetermined reward under the same stacking rule is decided. */
  | 'provisional'
  /** History entries under other policy ids, which count for nothing here. */
  | 'history_not_counted';

/** Something the caller must know about the result. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: Bilingual;
  readonly clause?: string;
  readonly quote?: string;
  readonly reading?: Reading;
}

/** The policy a result was reckoned under. */
export interface PolicySummary {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly documentNumber?: string;
  readonly status: 'in_force' | 'draft';
  /** First and last day in force; `null` where the text leaves it open or blank. */
  readonly window: { readonly start: CalendarDate | null; readonly end: CalendarDate | null };
  /** True when the start was supplied by the caller through `assumeStartDate`. */
  readonly startAssumed: boolean;
  /** 有效期N年, where the text counts the end from the start (so `window.end` is `null` while the start is blank). */
  readonly validityYears?: number;
}

/** What `evaluate` returns. Plain, frozen data. */
export interface EvaluationResult {
  readonly jurisdiction: {
    readonly code: string;
    readonly slug: string;
    readonly name: string;
    readonly nameEn: string;
  };
  readonly date: CalendarDate;
  readonly policy: PolicySummary;
  readonly inForce: boolean;
  /** Sum of `awards[].amount`. */
  readonly total: Money;
  /** True when any award is an upper limit, so the total is one too. */
  readonly totalIsUpperLimit: boolean;
  readonly awards: readonly Award[];
  readonly notPaid: readonly NotPaid[];
  readonly notComputable: readonly NotComputable[];
  readonly undetermined: readonly Undetermined[];
  readonly warnings: readonly Warning[];
}
