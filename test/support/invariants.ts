import { plusYears as addCalendarYears } from './calendarSteps.js';
import { ERROR_CODES } from '../../src/errors/errorCodes.js';
import { QualityRewardsError } from '../../src/errors/QualityRewardsError.js';
import type { Money } from '../../src/money/money.js';
import type { EvaluationResult } from '../../src/result/types.js';
import type { Policy, Rule, Stacking } from '../../src/schema/policy.js';

/** What an invariant check needs to know of the call: the validated facts it was about. */
export interface CheckedCall {
  readonly policy: Policy;
  /** The achievements as evaluated (validated: dates `YYYY-MM-DD`, amounts in 分), in portfolio order. */
  readonly achievements: readonly { readonly obtainedOn: string; readonly projectId?: string | undefined }[];
  /** History as evaluated, amounts in 分. */
  readonly history: readonly HistoryPaid[];
}

/** A history entry after validation. */
export interface HistoryPaid {
  readonly policyId: string;
  readonly ruleId: string;
  readonly amountFen: number;
  readonly obtainedOn: string;
  readonly projectId?: string | undefined;
}

/**
 * Every invariant a result must satisfy whatever the input, as a list of violations (empty when it
 * holds): exact totals, amounts within their clause, caps, 就高 scopes, frozen plain data.
 */
export function resultViolations(result: EvaluationResult, call: CheckedCall): string[] {
  const v: string[] = [];
  const sum = result.awards.reduce((s, a) => s + a.amount.fen, 0);
  if (result.total.fen !== sum) v.push(`total ${result.total.fen} ≠ sum of awards ${sum}`);
  if (result.total.fen < 0) v.push(`negative total ${result.total.fen}`);
  for (const m of [result.total, ...result.awards.flatMap((a) => [a.amount, a.clauseAmount])]) {
    v.push(...moneyViolations(m));
  }
  if (!result.inForce && result.awards.length > 0) v.push('awards paid while the policy is not in force');
  const rules = new Map(call.policy.rules.map((r) => [r.id, r]));
  for (const a of result.awards) {
    const rule = rules.get(a.ruleId);
    if (!rule) {
      v.push(`award under unknown rule ${a.ruleId}`);
      continue;
    }
    if (a.amount.fen < 0) v.push(`award ${a.ruleId} of ${a.amount.fen} fen is negative`);
    if (a.amount.fen > a.clauseAmount.fen)
      v.push(`award ${a.ruleId} pays ${a.amount.fen} > clause ${a.clauseAmount.fen}`);
    const statedMax = clauseMaximum(rule);
    if (statedMax !== null && a.clauseAmount.fen > statedMax) {
      v.push(`award ${a.ruleId}: clause amount ${a.clauseAmount.fen} above what the clause states`);
    }
    if (a.achievementIndex < 0 || a.achievementIndex >= call.achievements.length) {
      v.push(`award ${a.ruleId} points at achievement ${a.achievementIndex}`);
    }
  }
  for (const s of call.policy.stacking ?? []) v.push(...stackingViolations(s, result, call));
  if (!deeplyFrozen(result)) v.push('result is not deeply frozen');
  return v;
}

/** A `Money` whose three renderings agree and whose `fen` is an exact integer. */
export function moneyViolations(m: Money): string[] {
  if (!Number.isSafeInteger(m.fen)) return [`fen ${m.fen} is not a safe integer`];
  const abs = Math.abs(m.fen);
  const yuan = `${m.fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  if (m.yuan !== yuan) return [`yuan ${m.yuan} ≠ ${yuan} for ${m.fen} fen`];
  const text = m.text.endsWith('万元') ? Number(m.text.slice(0, -2)) * 1_000_000 : Number(m.text.slice(0, -1)) * 100;
  if (!m.text.endsWith('元') || Math.round(text) !== m.fen) return [`text ${m.text} ≠ ${m.fen} fen`];
  return [];
}

/** The most a clause can state for one award (`null` for percentages, which have no ceiling). */
function clauseMaximum(rule: Rule): number | null {
  const a = rule.amount;
  if (a.type === 'fixed') return a.yuan * 100;
  if (a.type === 'per_item') return a.yuanEach * 100 * MAX_COUNT;
  if (a.type === 'per_year') return a.yuanPerYear * 100 * a.years;
  if (a.type === 'matching') return a.maxYuan * 100;
  return null;
}

/** The schema's bound on `count`. */
const MAX_COUNT = 1_000_000;

function stackingViolations(s: Stacking, result: EvaluationResult, call: CheckedCall): string[] {
  if (s.type === 'cumulative_cap') return capViolations(s, result, call);
  if (s.type === 'highest_only') return highestOnlyViolations(s, result, call);
  if (s.type === 'first_filed') return firstFiledViolations(result, call);
  // duplicate_support weighs payments under other policies; its clause tests check it.
  return [];
}

/**
 * 累计不超过: in every period, what history paid and what this result pays under the member rules
 * together stay within the cap (or, when history alone is over it, nothing more is paid).
 */
function capViolations(
  s: Extract<Stacking, { type: 'cumulative_cap' }>,
  result: EvaluationResult,
  call: CheckedCall,
): string[] {
  const members = new Set(s.rules);
  const cap = s.capYuan * 100;
  const paid = call.history.filter((h) => h.policyId === call.policy.id && members.has(h.ruleId));
  const awards = result.awards.filter((a) => members.has(a.ruleId));
  if (awards.length === 0) return [];
  const dateOf = (i: number) => call.achievements[i]?.obtainedOn ?? '';
  // The period anchor is the first claim counted: the earliest of history and of the member claims that
  // reached the cap (now paid, or stopped or cut by it).
  const reached = [
    ...awards.map((a) => dateOf(a.achievementIndex)),
    ...result.notPaid
      .filter((n) => n.citation && members.has(n.citation.ruleId) && n.code === 'cap_reached')
      .map((n) => dateOf(n.achievementIndex)),
    ...paid.map((h) => h.obtainedOn),
  ].sort();
  const anchor = reached[0] as string;
  const periodOf = (d: string): string => {
    if (s.period.type === 'ever') return 'ever';
    let start = anchor;
    for (let k = 1; addCalendarYears(anchor, k * s.period.years) <= d; k += 1) {
      start = addCalendarYears(anchor, k * s.period.years);
    }
    return start;
  };
  const byPeriod = new Map<string, { history: number; now: number }>();
  const at = (p: string) => byPeriod.get(p) ?? byPeriod.set(p, { history: 0, now: 0 }).get(p)!;
  for (const h of paid) at(periodOf(h.obtainedOn)).history += h.amountFen;
  for (const a of awards) at(periodOf(dateOf(a.achievementIndex))).now += a.amount.fen;
  const v: string[] = [];
  for (const [p, { history, now }] of byPeriod) {
    if (now > Math.max(0, cap - history))
      v.push(`${s.id}: period ${p} pays ${now} with ${history} in history, cap ${cap}`);
  }
  return v;
}

/**
 * 就高: in each scope, what is paid now is at most the highest member claim (an additive rule's claims
 * and its own history together) less what history already paid in the scope.
 */
function highestOnlyViolations(
  s: Extract<Stacking, { type: 'highest_only' }>,
  result: EvaluationResult,
  call: CheckedCall,
): string[] {
  const members = new Set(s.rules);
  const additive = new Set(s.additiveRules ?? []);
  const scopeOf = (obtainedOn: string, projectId: string | undefined, alone: string) =>
    s.scope === 'ever'
      ? 'ever'
      : s.scope === 'same_year'
        ? obtainedOn.slice(0, 4)
        : projectId === undefined
          ? alone
          : `project:${projectId}`;
  const ach = (i: number) => call.achievements[i] ?? { obtainedOn: '' };
  const lineScope = (i: number) => scopeOf(ach(i).obtainedOn, ach(i).projectId, `#${i}`);
  const history = call.history.filter((h) => h.policyId === call.policy.id && members.has(h.ruleId));
  // Every member line that had an amount: what was paid and what was stopped or cut, at clause value.
  const lines = [
    ...result.awards
      .filter((a) => members.has(a.ruleId))
      .map((a) => ({ i: a.achievementIndex, rule: a.ruleId, fen: a.clauseAmount.fen })),
    ...result.notPaid
      .filter((n) => n.citation && members.has(n.citation.ruleId) && n.clauseAmount)
      .map((n) => ({ i: n.achievementIndex, rule: n.citation!.ruleId, fen: n.clauseAmount!.fen })),
  ];
  const v: string[] = [];
  const scopes = new Set(result.awards.filter((a) => members.has(a.ruleId)).map((a) => lineScope(a.achievementIndex)));
  for (const scope of scopes) {
    const inScope = lines.filter((l) => lineScope(l.i) === scope);
    const hist = history.filter((h) => scopeOf(h.obtainedOn, h.projectId, 'history') === scope);
    const bundles = inScope.map((l) => l.fen);
    for (const r of additive) {
      const own = inScope.filter((l) => l.rule === r).reduce((t, l) => t + l.fen, 0);
      bundles.push(own + hist.filter((h) => h.ruleId === r).reduce((t, h) => t + h.amountFen, 0));
    }
    const highest = Math.max(0, ...bundles);
    const before = hist.reduce((t, h) => t + h.amountFen, 0);
    const now = result.awards
      .filter((a) => members.has(a.ruleId) && lineScope(a.achievementIndex) === scope)
      .reduce((t, a) => t + a.amount.fen, 0);
    if (now > Math.max(0, highest - before)) {
      v.push(`${s.id}: scope ${scope} pays ${now}; highest member ${highest}, history ${before}`);
    }
  }
  return v;
}

/** 最先申报: at most one achievement of a project is paid under the first-filed rule. */
function firstFiledViolations(result: EvaluationResult, call: CheckedCall): string[] {
  const paidByProject = new Map<string, Set<number>>();
  for (const a of result.awards) {
    const project = call.achievements[a.achievementIndex]?.projectId;
    if (project === undefined) continue;
    paidByProject.set(project, (paidByProject.get(project) ?? new Set()).add(a.achievementIndex));
  }
  return [...paidByProject]
    .filter(([, set]) => set.size > 1)
    .map(([p, set]) => `first-filed: project ${p} paid for ${set.size} achievements`);
}

/** True when the value and everything reachable from it is frozen. */
export function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((x) => deeplyFrozen(x, seen));
}

/**
 * What is wrong with a thrown value, if anything: it must be a {@link QualityRewardsError} with a
 * non-empty list of issues, each with a known code, a path of strings and numbers, and text in both languages.
 */
export function errorViolations(error: unknown): { raw: boolean; problems: string[] } {
  if (!(error instanceof QualityRewardsError)) {
    return {
      raw: true,
      problems: [`raw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`],
    };
  }
  const problems: string[] = [];
  if (!Array.isArray(error.issues) || error.issues.length === 0) problems.push('no issues');
  for (const issue of error.issues ?? []) {
    if (!(ERROR_CODES as readonly string[]).includes(issue.code)) problems.push(`unknown code ${issue.code}`);
    if (!Array.isArray(issue.path) || !issue.path.every((p) => typeof p === 'string' || typeof p === 'number')) {
      problems.push(`bad path ${String(issue.path)}`);
    }
    if (!issue.message?.zh || !issue.message?.en) problems.push(`issue ${issue.code} without zh/en text`);
  }
  if (typeof error.message !== 'string' || error.message.length === 0) problems.push('empty message');
  return { raw: false, problems };
}
