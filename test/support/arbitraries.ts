import fc from 'fast-check';
import { plusDays as addCalendarDays, plusYears as addCalendarYears } from './calendarSteps.js';
import type { AchievementInput } from '../../src/schema/achievement.js';
import type { HistoryEntryInput } from '../../src/schema/options.js';
import type { Condition, Policy, Rule } from '../../src/schema/policy.js';
import {
  bodySchema,
  cycleSchema,
  drafterRoleSchema,
  gradeSchema,
  levelSchema,
  prizeSchema,
  recipientTypeSchema,
  resultSchema,
  sectorSchema,
  stageSchema,
} from '../../src/schema/vocabulary.js';

/**
 * Generators of valid calls for the property tests and the fuzz run: achievements aimed at a policy's
 * rules (so they reach the amounts and stacking, not only "no rule"), with the facts their conditions
 * test sometimes given, sometimes not, and dates around the policy's window.
 */

const SELECTOR_VALUES: Record<string, readonly string[]> = {
  level: levelSchema.options,
  prize: prizeSchema.options,
  grade: gradeSchema.options,
  drafterRole: drafterRoleSchema.options,
  body: bodySchema.options,
  stage: stageSchema.options,
  cycle: cycleSchema.options,
  result: resultSchema.options,
  recipientType: recipientTypeSchema.options,
  sector: sectorSchema.options,
};

/** A start date for a policy whose text leaves it blank, and for arithmetic around every window. */
export const ASSUMED_START = '2024-01-01';

/** The first day the policy is (or, with {@link ASSUMED_START}, would be) in force. */
export function startOf(policy: Policy): string {
  return policy.window.start.date ?? ASSUMED_START;
}

/** The last day in force, or `null` when the window is open. */
export function lastDayOf(policy: Policy): string | null {
  const end = policy.window.end;
  if (end.type === 'date') return end.date;
  if (end.type === 'validity_years') return addCalendarDays(addCalendarYears(startOf(policy), end.years), -1);
  return null;
}

/** Options every call against the policy needs (an assumed start where the text leaves it blank). */
export function baseOptions(policy: Policy): { assumeStartDate?: string } {
  return policy.window.start.date === null ? { assumeStartDate: ASSUMED_START } : {};
}

const pick = <T>(value: T | readonly T[] | undefined, fallback: readonly T[]): fc.Arbitrary<T> =>
  fc.constantFrom(...(value === undefined ? fallback : Array.isArray(value) ? (value as readonly T[]) : [value as T]));

/** A date `from` plus 0 … `days` days. */
export function dateFrom(from: string, days: number): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: days }).map((n) => addCalendarDays(from, n));
}

/** A day a little before the policy's start to its last day (or three years in, for an open window). */
export function obtainedArb(policy: Policy): fc.Arbitrary<string> {
  const start = startOf(policy);
  const last = lastDayOf(policy) ?? addCalendarYears(start, 3);
  const days = Math.round((Date.parse(last) - Date.parse(start)) / 86_400_000);
  return dateFrom(addCalendarDays(start, -30), days + 30);
}

/**
 * A valid achievement the rule is about. Every fact the rule's `match` selects is given a value it
 * accepts; other facts are given at random or left out, so some conditions pass, some fail and some
 * cannot be decided.
 */
export function achievementFor(
  policy: Policy,
  rule: Rule,
  obtainedOn?: fc.Arbitrary<string>,
): fc.Arbitrary<AchievementInput> {
  const m = rule.match;
  const code = policy.jurisdiction.code;
  // Mostly in the jurisdiction, so that eligibility passes and the amounts and stacking are reached.
  const place = fc.oneof(
    { arbitrary: fc.constant(code), weight: 8 },
    { arbitrary: fc.constantFrom(`${code.slice(0, 4)}01`, '110105', '999999'), weight: 1 },
  );
  const recipient = fc.record(
    {
      type: pick(m.recipientType, SELECTOR_VALUES.recipientType as readonly ('organization' | 'individual')[]),
      registeredIn: place,
      taxRegisteredIn: place,
      employedIn: place,
      fullyStateFunded: fc.boolean(),
      aboveDesignatedSize: fc.boolean(),
      sector: pick(m.sector, SELECTOR_VALUES.sector as readonly never[]),
    },
    { requiredKeys: ['type', 'registeredIn', 'taxRegisteredIn', 'employedIn'] },
  );
  const selectors = Object.fromEntries(
    Object.entries(m)
      .filter(
        ([name, wanted]) => name !== 'kind' && name !== 'recipientType' && name !== 'sector' && wanted !== undefined,
      )
      .map(([name, wanted]) => [name, pick(wanted as string | string[], [])]),
  );
  const favourable = satisfyingFacts(policy, rule);
  const yuan = fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom('1234.5', '0.01', '99999999.99'));
  return fc
    .record(
      {
        kind: fc.constant(m.kind),
        obtainedOn: obtainedOn ?? obtainedArb(policy),
        ...selectors,
        id: fc.constantFrom('a', 'b', 'c'),
        rank: fc.integer({ min: 1, max: 6 }),
        count: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(1_000_000)),
        annualSalesRevenue: yuan,
        stateFunding: yuan,
        consecutiveYearsHeld: fc.integer({ min: 0, max: 6 }),
        consecutiveAnnualInspectionsPassed: fc.integer({ min: 0, max: 4 }),
        adoptingEnterprises: fc.integer({ min: 0, max: 20 }),
        adoptedByGovernment: fc.boolean(),
        convertedOwnIntellectualProperty: fc.boolean(),
        filedWithAuthority: fc.boolean(),
        fundedByStateBudget: fc.boolean(),
        inListedCategory: fc.boolean(),
        firstTime: fc.boolean(),
        projectId: fc.constantFrom('p1', 'p2'),
        recipient,
      },
      {
        requiredKeys: ['kind', 'obtainedOn', 'recipient', ...(Object.keys(selectors) as never[])],
      },
    )
    .chain((a) =>
      // Half the time every condition is met, so the amounts and stacking are reached.
      fc
        .boolean()
        .map((meet) =>
          meet ? { ...a, ...favourable, recipient: { ...a.recipient, ...(favourable.recipient as object) } } : a,
        ),
    ) as fc.Arbitrary<AchievementInput>;
}

/**
 * Facts that satisfy every condition of the rule and the policy's eligibility (the first branch of an
 * `any_of`), so that a generated claim reaches the amount and the stacking rules.
 */
export function satisfyingFacts(policy: Policy, rule: Rule): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  const recipient: Record<string, unknown> = {};
  const RECIPIENT = new Set([
    'legalForm',
    'hiredByEnterpriseIn',
    'fullyStateFunded',
    'aboveDesignatedSize',
    'registeredIn',
    'taxRegisteredIn',
    'employedIn',
    'sector',
  ]);
  const set = (fact: string, value: unknown) => {
    if (fact === 'recipientType') recipient.type = value;
    else if (RECIPIENT.has(fact)) recipient[fact] = value;
    else facts[fact] = value;
  };
  const satisfy = (c: Condition): void => {
    if (c.type === 'any_of') return satisfy(c.conditions[0] as Condition);
    if (c.type === 'fact_is') set(c.fact, c.value);
    if (c.type === 'fact_at_least') set(c.fact, c.min);
    if (c.type === 'fact_in') set(c.fact, c.values[0]);
    if (c.type === 'located_in') set(c.fact, c.region.endsWith('00') ? `${c.region.slice(0, 4)}01` : c.region);
    if (c.type === 'rank_between') set('rank', c.min);
    if (c.type === 'first_time') set('firstTime', true);
  };
  for (const c of [...(policy.eligibility ?? []), ...(rule.conditions ?? [])]) satisfy(c);
  const type = [rule.match.recipientType ?? 'organization'].flat()[0];
  return { ...facts, recipient: { type, ...recipient } };
}

/** A valid achievement under any rule of the policy. */
export function policyAchievementArb(
  policy: Policy,
  obtainedOn?: fc.Arbitrary<string>,
): fc.Arbitrary<AchievementInput> {
  return fc.constantFrom(...policy.rules).chain((rule) => achievementFor(policy, rule, obtainedOn));
}

/** History under the policy's rules (and now and then another policy's). */
export function historyArb(policy: Policy, ruleIds?: readonly string[]): fc.Arbitrary<HistoryEntryInput[]> {
  const ids = ruleIds ?? policy.rules.map((r) => r.id);
  return fc.array(
    fc.record(
      {
        policyId: fc.constantFrom(policy.id, policy.id, 'some-other-policy'),
        ruleId: fc.constantFrom(...ids),
        amountYuan: fc.oneof(fc.integer({ min: 0, max: 600_000 }), fc.constant('0.5')),
        obtainedOn: obtainedArb(policy),
        projectId: fc.constantFrom('p1', 'p2'),
      },
      { requiredKeys: ['policyId', 'ruleId', 'amountYuan', 'obtainedOn'] },
    ),
    { maxLength: 3 },
  );
}

/** A whole valid call: a portfolio, an evaluation date on or after every achievement, and options. */
export interface ValidCall {
  readonly achievements: AchievementInput[];
  readonly date: string;
  readonly options: { assumeStartDate?: string; history?: HistoryEntryInput[] };
}

/** A valid call against the policy; `rules` narrows the achievements to some rules. */
export function validCallArb(
  policy: Policy,
  rules: readonly Rule[] = policy.rules,
  maxLength = 6,
): fc.Arbitrary<ValidCall> {
  return fc
    .record({
      achievements: fc.array(
        fc.constantFrom(...rules).chain((r) => achievementFor(policy, r)),
        { minLength: 1, maxLength },
      ),
      history: historyArb(policy),
      extraDays: fc.integer({ min: 0, max: 800 }),
      stayInForce: fc.boolean(),
    })
    .map(({ achievements, history, extraDays, stayInForce }) => {
      const latest = [...achievements.map((a) => a.obtainedOn as string), ...history.map((h) => h.obtainedOn as string)]
        .sort()
        .at(-1) as string;
      const last = lastDayOf(policy);
      return {
        achievements,
        date: stayInForce && last !== null && latest <= last ? last : addCalendarDays(latest, extraDays),
        options: { ...baseOptions(policy), ...(history.length > 0 ? { history } : {}) },
      };
    });
}
