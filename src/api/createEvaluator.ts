import { inputIssue, QualityRewardsError } from '../errors/QualityRewardsError.js';
import { evaluatePolicy, type PolicyEvaluationInput } from '../engine/evaluatePolicy.js';
import type { Library } from '../engine/library.js';
import { type CompiledLibrary, compiledLibrary } from '../engine/compile/compiledLibrary.js';
import { resolveWindow, windowStatus } from '../engine/resolveWindow.js';
import type { AchievementInputOf } from '../schema/achievement.js';
import type { Vocabulary } from '../schema/kinds.js';
import type { EvaluateOptionsInput } from '../schema/options.js';
import type { Policy } from '../schema/policy.js';
import type { EvaluationResult } from '../result/types.js';
import { deepFreeze } from '../engine/deepFreeze.js';
import { NONE } from '../engine/none.js';
import { AmountOutOfRangeError } from '../money/money.js';
import { checkArguments, type ParsedArguments, parseArguments } from './parseArguments.js';
import { applyReadingsOption, readingsSwitched } from './applyReadingsOption.js';
import { suggest } from '../errors/suggest.js';
import { withoutStackTraces } from '../errors/withoutStackTraces.js';
import { errorAsData } from '../errors/errorAsData.js';
import { policyListing } from './policyListing.js';
import type { JurisdictionListing, PolicyListing } from '../result/listings.js';

export type { JurisdictionListing } from '../result/listings.js';

/** What `safeEvaluate` returns, in the manner of zod's `safeParse`. */
export type SafeEvaluation =
  | { readonly success: true; readonly data: EvaluationResult }
  | { readonly success: false; readonly error: QualityRewardsError };

/**
 * The public functions, bound to one library of policies. `V` is the library's vocabulary: `kind` and
 * `subtype` are typed from it. `J` names the jurisdictions an editor offers (any string is accepted, as
 * a jurisdiction may be known only at run time).
 */
export interface Evaluator<V extends Vocabulary = Vocabulary, J extends string = string> {
  /**
   * Evaluates one achievement or one applicant's portfolio against the policy in force in the
   * jurisdiction on the date; throws {@link QualityRewardsError} on bad input.
   */
  evaluate(
    achievement: AchievementInputOf<V> | readonly AchievementInputOf<V>[],
    jurisdiction: J | (string & {}),
    date: string | Date,
    options?: EvaluateOptionsInput,
  ): EvaluationResult;
  /**
   * Like `evaluate`, but returns `{ success: false, error }` instead of throwing on bad input. The error
   * is data, not a throw site: its `stack` holds no frames (recording them cost more than evaluating).
   */
  safeEvaluate(
    achievement: AchievementInputOf<V> | readonly AchievementInputOf<V>[],
    jurisdiction: J | (string & {}),
    date: string | Date,
    options?: EvaluateOptionsInput,
  ): SafeEvaluation;
  /** Summaries of the library's policies. */
  listPolicies(): readonly PolicyListing[];
  /** A policy's full, frozen data by id; throws {@link QualityRewardsError} (`unknown_policy`) otherwise. */
  getPolicy(id: string): Policy;
  /** Every jurisdiction with a policy, and the names it answers to. */
  listJurisdictions(): readonly JurisdictionListing[];
  /** The achievement vocabulary. */
  listAchievementKinds(): V;
}

/**
 * Builds the evaluator for a library. The package exports one bound to its own policies; tests and
 * callers with their own policy files can build others. The library must be one `defineLibrary` (or, for
 * data validated at build time, `bundledLibrary`) returned: a hand-built object is checked for its shape
 * only, and its policies are trusted as validated (unique rule ids and the like).
 */
export function createEvaluator<const V extends Vocabulary, J extends string = string>(
  library: Library<V>,
): Evaluator<V, J> {
  assertLibrary(library);
  // Built by the first call (compiledLibrary keeps it), so building an evaluator costs nothing at import.
  let compiled: CompiledLibrary | undefined;
  const evaluateParsed = (args: ParsedArguments): EvaluationResult => {
    const assumedStart = args.options.assumeStartDate;
    const chosen = (compiled ??= compiledLibrary(library)).compiled(
      choosePolicy(args.policies, args.date, assumedStart),
    );
    // What-if by reading: only when asked, so a plain call does no work for it.
    const readings = args.options.readings && applyReadingsOption(chosen, args.options.readings);
    const policy = readings ? readings.policy : chosen;
    // Only a blank start can be assumed; otherwise the window resolved at compile time stands.
    const window =
      assumedStart !== undefined && policy.policy.window.start.date === null
        ? resolveWindow(policy.policy.window, assumedStart)
        : policy.window;
    const result = evaluateExactly({
      policy,
      window,
      achievements: args.achievements,
      date: args.date,
      history: args.options.history ?? NONE,
    });
    if (readings && readings.switched.length > 0) {
      return deepFreeze({ ...result, readingsSwitched: readingsSwitched(readings.switched) });
    }
    // Already frozen all the way down by the engine (explain); asking again costs an isFrozen per call.
    return result;
  };
  const evaluate: Evaluator<V, J>['evaluate'] = (achievement, jurisdiction, date, options) =>
    evaluateParsed(parseArguments(library, achievement, jurisdiction, date, options));
  return {
    evaluate,
    safeEvaluate(achievement, jurisdiction, date, options) {
      try {
        // The error is returned as data, not thrown: it carries no stack trace (see withoutStackTraces),
        // and bad arguments are not thrown at all on the way.
        return withoutStackTraces((): SafeEvaluation => {
          const checked = checkArguments(library, achievement, jurisdiction, date, options);
          if (!checked.ok) return { success: false, error: errorAsData(checked.issues) };
          return { success: true, data: evaluateParsed(checked.args) };
        });
      } catch (error) {
        if (error instanceof QualityRewardsError) return { success: false, error };
        // Anything else is a bug, to be thrown with its stack: evaluate is pure, so it fails the same again.
        return { success: true, data: evaluate(achievement, jurisdiction, date, options) };
      }
    },
    listPolicies: () => library.policies.map(policyListing),
    getPolicy(id) {
      // An id that is not a string equals no policy's id; `suggest` itself offers nothing past 100 characters.
      const policy = library.policies.find((p) => p.id === id);
      if (!policy) {
        throw new QualityRewardsError([
          inputIssue(
            'unknown_policy',
            ['id'],
            { value: typeof id === 'string' ? id : typeof id },
            typeof id === 'string'
              ? suggest(
                  id,
                  library.policies.map((p) => p.id),
                )
              : [],
          ),
        ]);
      }
      return policy;
    },
    listJurisdictions() {
      const byCode = new Map<string, JurisdictionListing>();
      for (const p of library.policies) {
        const known = byCode.get(p.jurisdiction.code);
        byCode.set(p.jurisdiction.code, {
          code: p.jurisdiction.code,
          slug: p.jurisdiction.slug,
          names: p.jurisdiction.names,
          nameEn: p.jurisdiction.nameEn,
          policyIds: [...(known?.policyIds ?? []), p.id],
        });
      }
      return [...byCode.values()];
    },
    listAchievementKinds: () => library.kinds,
  };
}

/**
 * Evaluates a policy; sums too large to count exactly in 分 become a typed input error. (Given the input,
 * not a callback: a closure per call cost an allocation on the hot path.)
 */
function evaluateExactly(input: PolicyEvaluationInput): EvaluationResult {
  try {
    return evaluatePolicy(input);
  } catch (error) {
    if (!(error instanceof AmountOutOfRangeError)) throw error;
    throw new QualityRewardsError([
      inputIssue('out_of_range', ['achievement'], {
        zh: '奖励金额合计超出可精确计算的范围',
        en: 'amounts too large to count exactly',
      }),
    ]);
  }
}

/** The policy in force on the date; failing that, the latest that started before it; failing that, the first. */
function choosePolicy(policies: readonly Policy[], date: string, assumedStart: string | undefined): Policy {
  // Stryker disable next-line ConditionalExpression: a shortcut — with one policy, every way below ends at it.
  if (policies.length === 1) return policies[0] as Policy;
  const inForce = policies.filter((p) => windowStatus(resolveWindow(p.window, assumedStart), date) === 'in_force');
  // A blank start is taken as the caller's assumed start, for "started" and for "latest" alike: sorted as
  // blank, a policy the caller says started last would lose to an older one. With no start at all, it has
  // not started, whatever the date.
  const startOf = (p: Policy) => p.window.start.date ?? assumedStart;
  const byStart = (list: readonly Policy[]) =>
    // Stryker disable next-line StringLiteral: never used — a policy in force or started has a start, written or assumed.
    [...list].sort((a, b) => (startOf(b) ?? '').localeCompare(startOf(a) ?? ''));
  const started = policies.filter((p) => {
    const start = startOf(p);
    // Stryker disable next-line ConditionalExpression: states "no start" for the types (`undefined <= date` is false anyway); the comparison below is measured on its own line.
    if (start === undefined) return false;
    return start <= date;
  });
  return byStart(inForce)[0] ?? byStart(started)[0] ?? (policies[0] as Policy);
}

/** A library is what `defineLibrary` returns: frozen, with a vocabulary and policies. */
function assertLibrary(library: unknown): asserts library is Library {
  const candidate = library as Partial<Library> | null;
  const ok =
    typeof candidate === 'object' &&
    candidate !== null &&
    Object.isFrozen(candidate) &&
    Array.isArray(candidate.kinds) &&
    Array.isArray(candidate.policies);
  if (!ok) {
    throw new QualityRewardsError([
      inputIssue('invalid_type', ['library'], {
        zh: '应为 defineLibrary() 返回的政策库',
        en: 'expected a library returned by defineLibrary()',
      }),
    ]);
  }
}
