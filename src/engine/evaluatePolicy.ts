import type { CalendarDate } from '../calendar/calendarDate.js';
import { reasonMessage } from '../explain/reasonCodes.js';
import { money } from '../money/money.js';
import type { Achievement } from '../schema/achievement.js';
import type { FactName } from '../schema/facts.js';
import type { HistoryEntry } from '../schema/options.js';
import type { Condition, Policy, Reading, Rule } from '../schema/policy.js';
import type {
  AchievementRef,
  Award,
  ClauseCitation,
  EvaluationResult,
  NotComputable,
  NotPaid,
  Undetermined,
} from '../result/types.js';
import { checkCondition } from './checkCondition.js';
import { type Claim, liveClaims } from './claim.js';
import { matchRule } from './matchRule.js';
import { reckonAmount } from './reckonAmount.js';
import { type ResolvedWindow, windowStatus } from './resolveWindow.js';
import { applyFirstTimeWithinPortfolio } from './firstTimeWithinPortfolio.js';
import { applyStacking } from './stacking/applyStacking.js';
import type { FiledWithoutAmount } from './stacking/firstFiled.js';
import { collectWarnings } from './collectWarnings.js';
import { provisionalWarnings, uncountedHistoryWarnings } from './provisionalWarnings.js';

/** Everything `evaluatePolicy` needs, validated. */
export interface PolicyEvaluationInput {
  readonly policy: Policy;
  readonly window: ResolvedWindow;
  readonly achievements: readonly Achievement[];
  readonly date: CalendarDate;
  readonly history: readonly HistoryEntry[];
}

type Lines = Pick<EvaluationResult, 'awards' | 'notPaid' | 'notComputable' | 'undetermined'>;

/**
 * Applies one policy to a portfolio on a date: match each achievement to the rules, test the window,
 * timing and conditions, reckon amounts, then settle stacking. Pure: no clock, no I/O.
 */
export function evaluatePolicy(input: PolicyEvaluationInput): Omit<EvaluationResult, 'jurisdiction'> {
  const { policy, window, date, history } = input;
  const notPaid: NotPaid[] = [];
  const notComputable: NotComputable[] = [];
  const undetermined: Undetermined[] = [];
  const claims: Claim[] = [];
  const filedWithoutAmount: FiledWithoutAmount[] = [];
  const status = windowStatus(window, date);

  input.achievements.forEach((achievement, index) => {
    const ref = refOf(achievement, index);
    let relevant = 0;
    // Rules of one clause split it into alternatives (rank 1–3 vs rank ≥4, initial vs renewal): a failed
    // condition is only worth reporting when no alternative of the same clause got past its conditions.
    const passedClauses = new Set<string>();
    const conditionFailures: { clause: string; line: NotPaid }[] = [];
    for (const rule of policy.rules) {
      const matched = matchRule(rule.match, achievement);
      if (matched.status === 'no') continue;
      relevant += 1;
      const citation = citationOf(rule);
      const reckoned = reckonAmount(rule.amount, achievement);
      const clauseAmount = reckoned.status === 'ok' ? { clauseAmount: money(reckoned.fen) } : {};
      const readings = readingsOf(rule);
      if (status !== 'in_force') {
        notPaid.push({
          ...ref,
          code: status,
          message: reasonMessage(status, { date, from: window.start, to: window.end }),
          citation,
          ...clauseAmount,
          readings,
        });
        continue;
      }
      if (obtainedTooEarly(policy, rule, window, achievement)) {
        const timing = policy.achievementTiming;
        notPaid.push({
          ...ref,
          code: 'achievement_before_policy',
          message: reasonMessage('achievement_before_policy', { date: achievement.obtainedOn, from: window.start }),
          citation,
          ...clauseAmount,
          ...(timing.clause && timing.quote ? { stoppedBy: { clause: timing.clause, quote: timing.quote } } : {}),
          readings: timing.reading ? [...readings, timing.reading] : readings,
        });
        continue;
      }
      const conditions = [...(policy.eligibility ?? []), ...(rule.conditions ?? [])];
      const verdict = judgeConditions(conditions, achievement, { policyId: policy.id, ruleId: rule.id, history }, rule);
      const lineReadings = [...readings, ...conditions.flatMap((c) => (c.reading ? [c.reading] : []))];
      if (verdict.type === 'fail') {
        conditionFailures.push({
          clause: rule.clause,
          line: {
            ...ref,
            code: verdict.code,
            message: reasonMessage(verdict.code, { detail: verdict.detail }),
            citation,
            ...clauseAmount,
            stoppedBy: { clause: verdict.clause, quote: verdict.quote },
            readings: lineReadings,
          },
        });
        continue;
      }
      passedClauses.add(rule.clause);
      const missingFacts = unique([
        ...(matched.status === 'missing' ? matched.facts : []),
        ...(verdict.type === 'missing' ? verdict.facts : []),
        ...(reckoned.status === 'missing' ? reckoned.facts : []),
      ]);
      if (missingFacts.length > 0) {
        undetermined.push({
          ...ref,
          ...citation,
          code: 'missing_fact',
          missingFacts,
          message: reasonMessage('missing_fact', {
            detail: { zh: `需要 ${missingFacts.join('、')}`, en: `needs ${missingFacts.join(', ')}` },
          }),
          ...clauseAmount,
          readings: lineReadings,
        });
        filedWithoutAmount.push({
          index,
          achievement,
          clause: rule.clause,
          status: 'undetermined',
          missingFacts,
        });
        continue;
      }
      if (reckoned.status === 'not_computable') {
        notComputable.push({
          ...ref,
          ...citation,
          code: reckoned.reason,
          message: reasonMessage(reckoned.reason, { detail: reckoned.note }),
          readings: lineReadings,
        });
        filedWithoutAmount.push({
          index,
          achievement,
          clause: rule.clause,
          status: 'not_computable',
          missingFacts: [],
        });
        continue;
      }
      if (reckoned.status !== 'ok') continue;
      claims.push({
        index,
        achievement,
        rule,
        reckoned,
        readings: lineReadings,
        fen: reckoned.fen,
        adjustments: [],
        state: { type: 'live' },
      });
    }
    notPaid.push(...conditionFailures.filter((f) => !passedClauses.has(f.clause)).map((f) => f.line));
    if (relevant === 0) {
      notPaid.push({
        ...ref,
        code: 'no_rule_for_achievement',
        message: reasonMessage('no_rule_for_achievement'),
        citation: null,
        readings: [],
      });
    }
  });

  applyFirstTimeWithinPortfolio(claims);
  applyStacking(policy, claims, filedWithoutAmount, history);
  const lines = settle(claims, { notPaid, notComputable, undetermined }, policy);
  const upper = policy.upperLimits !== undefined;
  const total = liveClaims(claims).reduce((sum, c) => sum + c.fen, 0);
  return {
    date,
    policy: {
      id: policy.id,
      title: policy.title,
      titleEn: policy.titleEn,
      ...(policy.documentNumber ? { documentNumber: policy.documentNumber } : {}),
      status: policy.status,
      window: { start: window.start, end: window.end },
      startAssumed: window.startAssumed,
      ...(policy.window.end.type === 'validity_years' ? { validityYears: policy.window.end.years } : {}),
    },
    inForce: status === 'in_force',
    total: money(total),
    totalIsUpperLimit: lines.awards.some((a) => a.upTo) || (upper && lines.awards.length > 0),
    ...lines,
    warnings: [
      ...collectWarnings(policy, window, lines, date),
      ...provisionalWarnings(policy, lines, input.achievements),
      ...uncountedHistoryWarnings(policy, history),
    ],
  };
}

function settle(
  claims: readonly Claim[],
  so: { notPaid: NotPaid[]; notComputable: NotComputable[]; undetermined: Undetermined[] },
  policy: Policy,
): Lines {
  const awards: Award[] = [];
  for (const claim of claims) {
    const ref = refOf(claim.achievement, claim.index);
    const citation = citationOf(claim.rule);
    const clauseAmount = money(claim.reckoned.fen);
    const state = claim.state;
    if (state.type === 'stopped') {
      so.notPaid.push({
        ...ref,
        code: state.code,
        message: reasonMessage(state.code, { detail: state.detail }),
        citation,
        clauseAmount,
        stoppedBy: { clause: state.clause, quote: state.quote },
        readings: claim.readings,
      });
    } else if (state.type === 'undecided') {
      so.undetermined.push({
        ...ref,
        ...citation,
        code: state.code,
        missingFacts: state.facts,
        message: reasonMessage(state.code, { detail: state.detail }),
        clauseAmount,
        readings: claim.readings,
      });
    } else {
      awards.push({
        ...ref,
        ...citation,
        amount: money(claim.fen),
        clauseAmount,
        basis: claim.reckoned.basis,
        upTo:
          policy.upperLimits !== undefined ||
          (claim.rule.amount.type !== 'not_computable' && claim.rule.amount.upTo === true),
        calculation: claim.reckoned.calculation,
        ...(claim.reckoned.schedule
          ? { schedule: claim.reckoned.schedule.map((s) => ({ year: s.year, amount: money(s.fen) })) }
          : {}),
        adjustments: claim.adjustments,
        readings: claim.readings,
      });
    }
  }
  return { awards, notPaid: so.notPaid, notComputable: so.notComputable, undetermined: so.undetermined };
}

type Verdict =
  | { type: 'pass' }
  | { type: 'missing'; facts: FactName[] }
  | { type: 'fail'; code: NotPaid['code']; detail: { zh: string; en: string }; clause: string; quote: string };

/** A definite failure wins over missing facts: a reward that fails one condition is not paid, whatever the rest. */
function judgeConditions(
  conditions: readonly Condition[],
  achievement: Achievement,
  context: Parameters<typeof checkCondition>[2],
  rule: Rule,
): Verdict {
  const missing: FactName[] = [];
  for (const condition of conditions) {
    const outcome = checkCondition(condition, achievement, context);
    if (outcome.status === 'fail') {
      return {
        type: 'fail',
        code: outcome.code,
        detail: outcome.detail,
        clause: condition.clause ?? rule.clause,
        quote: condition.quote ?? rule.quote,
      };
    }
    if (outcome.status === 'missing') missing.push(...outcome.facts);
  }
  return missing.length > 0 ? { type: 'missing', facts: missing } : { type: 'pass' };
}

function obtainedTooEarly(policy: Policy, rule: Rule, window: ResolvedWindow, achievement: Achievement): boolean {
  if (window.start === null) return false;
  if (rule.conditions?.some((c) => c.type === 'obtained_within' && c.reachesBeforePolicyStart)) return false;
  const d = achievement.obtainedOn;
  return d < window.start || (d === window.start && !policy.achievementTiming.startDayCounts);
}

function readingsOf(rule: Rule): Reading[] {
  const amountReading = rule.amount.type !== 'not_computable' ? rule.amount.reading : undefined;
  return [...(rule.readings ?? []), ...(amountReading ? [amountReading] : [])];
}

function refOf(achievement: Achievement, index: number): AchievementRef {
  return achievement.id === undefined
    ? { achievementIndex: index }
    : { achievementIndex: index, achievementId: achievement.id };
}

function citationOf(rule: Rule): ClauseCitation {
  return { ruleId: rule.id, clause: rule.clause, quote: rule.quote, title: rule.title };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
