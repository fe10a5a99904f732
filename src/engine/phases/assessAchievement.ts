import type { CalendarDate } from '../../calendar/calendarDate.js';
import { reasonMessage } from '../../explain/reasonCodes.js';
import type { Money } from '../../money/money.js';
import type { Achievement } from '../../schema/achievement.js';
import type { FactName } from '../../schema/facts.js';
import type { Reading } from '../../schema/policy.js';
import type { AchievementRef, NotPaid } from '../../result/types.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import { windowCitation } from '../windowCitation.js';
import { type GateContext, type GateOutcome, gate } from './gate.js';
import type { Filed } from './lines.js';
import { matchRuleTo, rulesForKind } from './match.js';
import { reckon, type ReckonedForRule } from './reckon.js';

/** What a call knows while it assesses achievements one by one. */
export interface AssessContext extends GateContext {
  readonly date: CalendarDate;
}

/** A failed condition, kept as data until it is known whether the line is reported at all. */
interface ConditionFailure {
  readonly rule: CompiledRule;
  readonly failed: Extract<GateOutcome, { type: 'fail' }>;
  readonly reckoned: ReckonedForRule;
}

/**
 * Runs one achievement through match, gate and reckon against every rule of its kind, and files the
 * outcome: a claim with an amount (settled later by stacking), or a line not paid, not computable or
 * undetermined. Rules of one clause split it into alternatives (rank 1–3 vs rank ≥4, initial vs
 * renewal): a failed condition is reported only when no alternative of the same clause got past its
 * conditions, so its line is built only then.
 */
export function assessAchievement(achievement: Achievement, index: number, context: AssessContext, filed: Filed): void {
  const ref = refOf(achievement, index);
  let relevant = 0;
  let passedClauses: Set<string> | undefined;
  let failures: ConditionFailure[] | undefined;
  for (const rule of rulesForKind(context.policy, achievement)) {
    const matched = matchRuleTo(rule, achievement);
    if (matched.status === 'no') continue;
    relevant += 1;
    const reckoned = reckon(rule, achievement);
    const outcome = gate(rule, achievement, context);
    if (outcome.type === 'window') {
      filed.notPaid.push({
        ...ref,
        code: outcome.code,
        message: reasonMessage(outcome.code, {
          date: context.date,
          from: context.window.start,
          to: context.window.end,
        }),
        citation: rule.citation,
        ...clauseAmountOf(reckoned),
        ...stoppedByWindow(context),
        readings: rule.readings,
      });
      continue;
    }
    if (outcome.type === 'too_early') {
      const timing = context.policy.policy.achievementTiming;
      filed.notPaid.push({
        ...ref,
        code: 'achievement_before_policy',
        message: reasonMessage('achievement_before_policy', {
          date: achievement.obtainedOn,
          from: context.window.start,
        }),
        citation: rule.citation,
        ...clauseAmountOf(reckoned),
        ...(timing.clause && timing.quote ? { stoppedBy: { clause: timing.clause, quote: timing.quote } } : {}),
        readings: rule.timingReadings,
      });
      continue;
    }
    if (outcome.type === 'fail') {
      (failures ??= []).push({ rule, failed: outcome, reckoned });
      continue;
    }
    (passedClauses ??= new Set()).add(rule.rule.clause);
    fileThrough(rule, achievement, index, ref, matched, outcome, reckoned, filed);
  }
  if (failures) {
    for (const f of failures) {
      if (!passedClauses?.has(f.rule.rule.clause)) filed.notPaid.push(conditionLine(ref, f));
    }
  }
  if (relevant === 0) {
    filed.notPaid.push({
      ...ref,
      code: 'no_rule_for_achievement',
      message: reasonMessage('no_rule_for_achievement'),
      citation: null,
      readings: [],
    });
  }
}

/** A matched rule past its conditions: undetermined for missing facts, not computable, or a claim. */
function fileThrough(
  rule: CompiledRule,
  achievement: Achievement,
  index: number,
  ref: AchievementRef,
  matched: { readonly status: 'yes' } | { readonly status: 'missing'; readonly facts: readonly FactName[] },
  outcome: Extract<GateOutcome, { type: 'missing' | 'pass' }>,
  reckoned: ReckonedForRule,
  filed: Filed,
): void {
  const amount = reckoned.outcome;
  const missingFacts = missingOf(matched, outcome, amount);
  if (missingFacts.length > 0) {
    filed.undetermined.push({
      ...ref,
      ...rule.citation,
      code: 'missing_fact',
      missingFacts,
      message: reasonMessage('missing_fact', {
        detail: { zh: `需要 ${missingFacts.join('、')}`, en: `needs ${missingFacts.join(', ')}` },
      }),
      ...clauseAmountOf(reckoned),
      readings: withGateReadings(rule.lineReadings, outcome.readings),
    });
    filed.filedWithoutAmount.push({
      index,
      achievement,
      clause: rule.rule.clause,
      status: 'undetermined',
      missingFacts,
    });
    return;
  }
  if (amount.status === 'not_computable') {
    filed.notComputable.push({
      ...ref,
      ...rule.citation,
      code: amount.reason,
      message: reasonMessage(amount.reason, { detail: amount.note }),
      readings: withGateReadings(rule.lineReadings, outcome.readings),
    });
    filed.filedWithoutAmount.push({
      index,
      achievement,
      clause: rule.rule.clause,
      status: 'not_computable',
      missingFacts: [],
    });
    return;
  }
  if (amount.status !== 'ok') return;
  filed.claims.push({
    index,
    achievement,
    rule: rule.rule,
    reckoned: amount,
    readings: [...withGateReadings(rule.lineReadings, outcome.readings)],
    fen: amount.fen,
    adjustments: [],
    state: { type: 'live' },
  });
}

/** The facts missing to decide a rule, from matching, conditions and amount, each once, in that order. */
function missingOf(
  matched: { readonly status: 'yes' } | { readonly status: 'missing'; readonly facts: readonly FactName[] },
  outcome: Extract<GateOutcome, { type: 'missing' | 'pass' }>,
  amount: ReckonedForRule['outcome'],
): FactName[] {
  if (matched.status === 'yes' && outcome.type === 'pass' && amount.status !== 'missing') return [];
  return [
    ...new Set([
      ...(matched.status === 'missing' ? matched.facts : []),
      ...(outcome.type === 'missing' ? outcome.facts : []),
      ...(amount.status === 'missing' ? amount.facts : []),
    ]),
  ];
}

function conditionLine(ref: AchievementRef, f: ConditionFailure): NotPaid {
  return {
    ...ref,
    code: f.failed.code,
    message: reasonMessage(f.failed.code, { detail: f.failed.detail }),
    citation: f.rule.citation,
    ...clauseAmountOf(f.reckoned),
    stoppedBy: { clause: f.failed.clause, quote: f.failed.quote },
    readings: withGateReadings(f.rule.lineReadings, f.failed.readings),
  };
}

/** The rule's line readings, and any the gate relied on besides (the reading of 一次性 when history decided). */
function withGateReadings(readings: readonly Reading[], extra: readonly Reading[] | undefined): readonly Reading[] {
  return extra ? [...readings, ...extra.filter((r) => !readings.some((x) => x.id === r.id))] : readings;
}

const NO_CLAUSE_AMOUNT: { clauseAmount?: Money } = Object.freeze({});

function clauseAmountOf(reckoned: ReckonedForRule): { clauseAmount?: Money } {
  return reckoned.clauseAmount ? { clauseAmount: reckoned.clauseAmount } : NO_CLAUSE_AMOUNT;
}

/** The window clause that keeps the policy out of force, as `achievement_before_policy` cites its own. */
function stoppedByWindow(context: AssessContext): { stoppedBy?: { clause: string; quote: string } } {
  const by = windowCitation(context.policy.policy, context.window, context.date);
  return by ? { stoppedBy: { clause: by.clause, quote: by.quote } } : {};
}

/** Which of the caller's achievements a line is about. */
export function refOf(achievement: Achievement, index: number): AchievementRef {
  return achievement.id === undefined
    ? { achievementIndex: index }
    : { achievementIndex: index, achievementId: achievement.id };
}
