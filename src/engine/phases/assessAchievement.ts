import type { CalendarDate } from '../../calendar/calendarDate.js';
import { reasonMessage } from '../../explain/reasonCodes.js';
import type { Achievement } from '../../schema/achievement.js';
import type { FactName } from '../../schema/facts.js';
import type { Reading } from '../../schema/policy.js';
import type { CompiledRule } from '../compile/compiledRule.js';
import { LIVE } from '../claim.js';
import { windowCitation } from '../windowCitation.js';
import type { MatchOutcome } from '../matchRule.js';
import { type GateContext, type GateOutcome, gate } from './gate.js';
import { notComputableLine, notPaidLine, undeterminedLine } from './lineOf.js';
import type { Filed } from './lines.js';
import { NONE } from '../none.js';
import { matchRuleTo, rulesForKind } from './match.js';
import { reckon, type ReckonedForRule } from './reckon.js';

/** What a call knows while it assesses achievements one by one. */
export interface AssessContext extends GateContext {
  readonly date: CalendarDate;
}

/**
 * A rule whose conditions failed, kept until it is known whether its line is reported at all; the
 * failure is worded (gated again, detailed) only then.
 */
interface ConditionFailure {
  readonly rule: CompiledRule;
  readonly reckoned: ReckonedForRule;
}

type Failed = Extract<GateOutcome, { type: 'fail' }>;

type Through = Extract<GateOutcome, { type: 'missing' | 'pass' }>;

/**
 * Runs one achievement through match, gate and reckon against every rule of its kind, and files the
 * outcome: a claim with an amount (settled later by stacking), or a line not paid, not computable or
 * undetermined. Rules of one clause split it into alternatives (rank 1–3 vs rank ≥4, initial vs
 * renewal): a failed condition is reported only when no alternative of the same clause got past its
 * conditions, so its line is built only then.
 */
export function assessAchievement(achievement: Achievement, index: number, context: AssessContext, filed: Filed): void {
  let relevant = 0;
  // The clauses of the rules past their conditions: a list, not a Set, as an achievement meets a rule
  // or two of a clause, and a Set costs more to build than a short list does to search.
  let passedClauses: string[] | undefined;
  let failures: ConditionFailure[] | undefined;
  const rules = rulesForKind(context.policy, achievement);
  for (let r = 0; r < rules.length; r += 1) {
    const rule = rules[r] as CompiledRule;
    const matched = matchRuleTo(rule, achievement);
    if (matched.status === 'no') continue;
    // Stryker disable next-line AssignmentOperator: only whether any rule was relevant is read (`=== 0` below); counting down tells it as well.
    relevant += 1;
    const reckoned = reckon(rule, achievement);
    // Undetailed: most failures are of an alternative another rule of the clause passes, never reported.
    const outcome = gate(rule, achievement, context, false);
    if (outcome.type === 'window') {
      const message = reasonMessage(outcome.code, {
        date: context.date,
        from: context.window.start,
        to: context.window.end,
      });
      filed.notPaid.push(
        notPaidLine(
          achievement,
          index,
          outcome.code,
          message,
          rule.citation,
          reckoned.clauseAmount,
          windowCitation(context.policy.policy, context.window, context.date),
          rule.readings,
        ),
      );
    } else if (outcome.type === 'too_early') {
      const timing = context.policy.policy.achievementTiming;
      const message = reasonMessage('achievement_before_policy', {
        date: achievement.obtainedOn,
        from: context.window.start,
      });
      const stoppedBy = timing.clause && timing.quote ? { clause: timing.clause, quote: timing.quote } : undefined;
      filed.notPaid.push(
        notPaidLine(
          achievement,
          index,
          'achievement_before_policy',
          message,
          rule.citation,
          reckoned.clauseAmount,
          stoppedBy,
          rule.timingReadings,
        ),
      );
    } else if (outcome.type === 'fail') {
      // A one-element literal, not `[]` and a push: the first push gives an array room for sixteen.
      if (failures === undefined) failures = [{ rule, reckoned }];
      else failures.push({ rule, reckoned });
    } else {
      if (passedClauses === undefined) passedClauses = [rule.rule.clause];
      else passedClauses.push(rule.rule.clause);
      fileThrough(rule, achievement, index, matched, outcome, reckoned, filed);
    }
  }
  if (failures) {
    for (let i = 0; i < failures.length; i += 1) {
      const f = failures[i] as ConditionFailure;
      if (passedClauses?.includes(f.rule.rule.clause)) continue;
      // The gate is pure: asked again, with the words, it fails the same way.
      const failed = gate(f.rule, achievement, context) as Failed;
      const message = reasonMessage(failed.code, { detail: failed.detail });
      const stoppedBy = { clause: failed.clause, quote: failed.quote };
      filed.notPaid.push(
        notPaidLine(
          achievement,
          index,
          failed.code,
          message,
          f.rule.citation,
          f.reckoned.clauseAmount,
          stoppedBy,
          withGateReadings(f.rule.lineReadings, failed.readings),
        ),
      );
    }
  }
  if (relevant === 0) {
    const message = reasonMessage('no_rule_for_achievement');
    filed.notPaid.push(
      notPaidLine(achievement, index, 'no_rule_for_achievement', message, null, undefined, undefined, NONE),
    );
  }
}

/** A matched rule past its conditions: undetermined for missing facts, not computable, or a claim. */
function fileThrough(
  rule: CompiledRule,
  achievement: Achievement,
  index: number,
  matched: Exclude<MatchOutcome, { status: 'no' }>,
  outcome: Through,
  reckoned: ReckonedForRule,
  filed: Filed,
): void {
  const amount = reckoned.reckoned;
  const missingFacts = missingOf(matched, outcome, amount);
  if (missingFacts.length > 0) {
    const message = reasonMessage('missing_fact', {
      detail: { zh: `需要 ${missingFacts.join('、')}`, en: `needs ${missingFacts.join(', ')}` },
    });
    filed.undetermined.push(
      undeterminedLine(
        achievement,
        index,
        rule.citation,
        'missing_fact',
        missingFacts,
        message,
        reckoned.clauseAmount,
        withGateReadings(rule.lineReadings, outcome.readings),
      ),
    );
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
    const message = reasonMessage(amount.reason, { detail: amount.note });
    filed.notComputable.push(
      notComputableLine(
        achievement,
        index,
        rule.citation,
        amount.reason,
        message,
        withGateReadings(rule.lineReadings, outcome.readings),
      ),
    );
    filed.filedWithoutAmount.push({
      index,
      achievement,
      clause: rule.rule.clause,
      // Stryker disable next-line StringLiteral: 最先申报 reads a filing without amount only as 'undetermined' or not.
      status: 'not_computable',
      // Stryker disable next-line ArrayDeclaration: 最先申报 reads the missing facts of an undetermined filing only.
      missingFacts: [],
    });
    return;
  }
  // Stryker disable next-line ConditionalExpression: narrows the type only: a missing amount and one not computable were filed above.
  if (amount.status !== 'ok') return;
  // The claim starts with shared frozen lists and state; stacking replaces them when it acts (see Claim).
  filed.claims.push({
    index,
    achievement,
    rule: rule.rule,
    reckoned: amount,
    readings: withGateReadings(rule.lineReadings, outcome.readings),
    fen: amount.fen,
    adjustments: NONE,
    state: LIVE,
  });
}

/** The facts missing to decide a rule, from matching, conditions and amount, each once, in that order. */
function missingOf(
  matched: Exclude<MatchOutcome, { status: 'no' }>,
  outcome: Through,
  amount: ReckonedForRule['reckoned'],
): readonly FactName[] {
  if (
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut only: without it the set below is built, and stays empty.
    matched.status === 'yes' &&
    // Stryker disable next-line StringLiteral: a shortcut only: without it the set below is built, and stays empty.
    outcome.type === 'pass' &&
    amount.status !== 'missing'
  )
    return NONE;
  // A list searched, not a Set: a rule misses a fact or two, and a Set and its copy cost more.
  const facts: FactName[] = [];
  if (matched.status === 'missing') addNew(facts, matched.facts);
  if (outcome.type === 'missing') addNew(facts, outcome.facts);
  if (amount.status === 'missing') addNew(facts, amount.facts);
  return facts;
}

/** Appends the facts of `more` not in `facts` yet, in their order. */
function addNew(facts: FactName[], more: readonly FactName[]): void {
  for (let i = 0; i < more.length; i += 1) {
    const fact = more[i] as FactName;
    if (!facts.includes(fact)) facts.push(fact);
  }
}

/**
 * The rule's line readings, and any the gate relied on besides (the reading of 一次性 when history
 * decided): a frozen list either way, as a claim's lists are (see Claim).
 */
function withGateReadings(readings: readonly Reading[], extra: readonly Reading[] | undefined): readonly Reading[] {
  if (!extra) return readings;
  // A spread, not `slice()`: the rule's readings are a frozen list, and V8 slices a frozen array through a
  // slow generic path (~0.3 µs for two readings, a spread ~20 ns). Loops, not closures, below: the gate
  // adds a reading for every once-rule history decided.
  const all = [...readings];
  for (let i = 0; i < extra.length; i += 1) {
    const reading = extra[i] as Reading;
    if (!hasId(readings, reading.id)) all.push(reading);
  }
  return Object.freeze(all);
}

function hasId(readings: readonly Reading[], id: string): boolean {
  for (let i = 0; i < readings.length; i += 1) if ((readings[i] as Reading).id === id) return true;
  return false;
}
