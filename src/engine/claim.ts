import type { ReasonCode } from '../explain/reasonCodes.js';
import { money } from '../money/money.js';
import type { Achievement } from '../schema/achievement.js';
import type { FactName } from '../schema/facts.js';
import type { Reading, Rule } from '../schema/policy.js';
import type { Bilingual } from '../schema/primitives.js';
import type { Adjustment } from '../result/types.js';
import { reasonMessage } from '../explain/reasonCodes.js';
import type { Reckoned } from './reckonAmount.js';

/**
 * A reward one achievement could receive under one rule, while stacking is settled. Internal and
 * mutable: stacking steps lower `fen`, stop the claim, or leave it undecided, always with a reason.
 *
 * `readings` and `adjustments` are replaced, never pushed to: most claims keep the lists they start
 * with (the compiled rule's readings, no adjustments), so a claim can start with those shared frozen
 * lists instead of copies of its own, and only the few claims stacking touches build new ones. Every
 * list a claim holds is frozen all the way down (shared, or frozen when made here), so the award line
 * takes it as it is.
 */
export interface Claim {
  readonly index: number;
  readonly achievement: Achievement;
  readonly rule: Rule;
  readonly reckoned: Reckoned;
  readings: readonly Reading[];
  fen: number;
  adjustments: readonly Adjustment[];
  /** Per-year rewards: the instalments as settled against the date and history. */
  schedule?: readonly Instalment[];
  /** 追加 / 再: the reward this claim is paid in addition to, once found. */
  inAdditionTo?: {
    readonly ruleId: string;
    readonly clause: string;
    readonly achievementIndex?: number;
    readonly fromHistory: boolean;
  };
  state:
    | { readonly type: 'live' }
    | {
        readonly type: 'stopped';
        readonly code: ReasonCode;
        readonly detail: Bilingual;
        readonly clause: string;
        readonly quote: string;
      }
    | {
        readonly type: 'undecided';
        readonly code: 'missing_fact' | 'first_filed_undecided';
        readonly facts: readonly FactName[];
        readonly detail: Bilingual;
      };
}

/** One yearly instalment of a per-year reward. */
export interface Instalment {
  readonly year: number;
  readonly fen: number;
  readonly dueOn: string;
  readonly status: 'paid_before' | 'due' | 'scheduled';
}

/** The clause of a stacking rule or condition that acted on a claim. */
export interface Authority {
  readonly clause: string;
  readonly quote: string;
  readonly reading?: Reading | undefined;
}

/** Lowers a claim to `fen` (stopping it at 0), recording why. */
export function reduceClaim(claim: Claim, fen: number, code: ReasonCode, detail: Bilingual, by: Authority): void {
  if (by.reading) noteReading(claim, by.reading);
  if (fen <= 0) {
    stopClaim(claim, code, detail, by);
    return;
  }
  const adjustment: Adjustment = {
    code,
    message: Object.freeze(reasonMessage(code, { detail })),
    clause: by.clause,
    quote: by.quote,
    before: money(claim.fen),
    after: money(fen),
  };
  claim.adjustments = Object.freeze([...claim.adjustments, Object.freeze(adjustment)]);
  claim.fen = fen;
}

/** Stops a claim: it will be listed as not paid with this reason. */
export function stopClaim(claim: Claim, code: ReasonCode, detail: Bilingual, by: Authority): void {
  if (by.reading) noteReading(claim, by.reading);
  claim.state = { type: 'stopped', code, detail, clause: by.clause, quote: by.quote };
}

/** Records that a claim's outcome relies on a reading (once by its id). */
export function noteReading(claim: Claim, reading: Reading): void {
  const readings = claim.readings;
  for (let i = 0; i < readings.length; i += 1) if ((readings[i] as Reading).id === reading.id) return;
  claim.readings = Object.freeze([...readings, reading]);
}

/** The state of a claim nothing has stopped or left undecided yet: one frozen object for every claim. */
export const LIVE: Claim['state'] = Object.freeze({ type: 'live' });

/** Claims still to be paid. */
export function liveClaims(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => c.state.type === 'live');
}

/**
 * How many claims are still to be paid under one of the rules (`undefined`: under any), counted without
 * building the list: stacking steps ask it first, and most calls give them fewer than two to settle.
 */
export function countLive(claims: readonly Claim[], rules?: ReadonlySet<string>): number {
  let count = 0;
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i] as Claim;
    if (claim.state.type === 'live' && (rules === undefined || rules.has(claim.rule.id))) count += 1;
  }
  return count;
}
