import { performance } from 'node:perf_hooks';
import { evaluate, evaluateRequest } from '../../src/index.js';
import { errorViolations, resultViolations } from '../support/invariants.js';
import { checkedCall } from '../support/checkedCall.js';
import { library } from '../../src/index.js';
import type { EvaluationResult } from '../../src/result/types.js';
import { buildCase, type FuzzCase, sampleValidCalls } from './fuzzCases.js';
import { seededRandom } from './hostileValues.js';

/** Calls slower than this, on inputs of ordinary size, are counted. */
export const SLOW_MS = 50;

/** What a fuzz run found. The four counts must be 0. */
export interface FuzzSummary {
  readonly inputs: number;
  readonly seed: number;
  readonly byCategory: Record<string, { inputs: number; accepted: number; refused: number }>;
  /** Inputs and accepted calls per variant. */
  readonly byVariant: Record<string, { inputs: number; accepted: number }>;
  readonly rawExceptions: number;
  readonly malformedErrors: number;
  readonly invariantViolations: number;
  readonly slowCalls: number;
  readonly slowestOrdinaryMs: number;
  /** The first few findings of each count, to start debugging from. */
  readonly examples: string[];
}

const BATCH = 500;

/**
 * Runs `inputs` generated calls of `evaluate` (a tenth through the request envelope): valid, noisy and
 * hostile. Counts raw exceptions (anything but a `QualityRewardsError`), malformed errors, invariant
 * violations of accepted results, and calls over {@link SLOW_MS} on inputs of ordinary size.
 * `large: false` leaves out the inputs beyond ordinary size (slow by nature), for the run inside `npm test`;
 * `progress` hears how many inputs are done, and the four counts so far, before each batch.
 */
export function runFuzz(
  inputs: number,
  seed = 20_261_201,
  { large = true, progress }: { large?: boolean; progress?: (done: number, counts: readonly number[]) => void } = {},
): FuzzSummary {
  const random = seededRandom(seed);
  const byCategory: FuzzSummary['byCategory'] = {};
  const byVariant: FuzzSummary['byVariant'] = {};
  const examples: string[] = [];
  const note = (what: string, c: FuzzCase, detail: string) => {
    if (examples.length < 20)
      examples.push(`${what} [${c.category}/${c.variant}${c.viaRequest ? ', via request' : ''}]: ${detail}`);
  };
  let rawExceptions = 0;
  let malformedErrors = 0;
  let invariantViolations = 0;
  let slowCalls = 0;
  let slowestOrdinaryMs = 0;
  for (let done = 0; done < inputs; done += BATCH) {
    progress?.(done, [rawExceptions, malformedErrors, invariantViolations, slowCalls]);
    const bases = sampleValidCalls(Math.min(BATCH, inputs - done), seed + done);
    for (const base of bases) {
      const c = buildCase(base, random, { large });
      const stats = (byCategory[c.category] ??= { inputs: 0, accepted: 0, refused: 0 });
      stats.inputs += 1;
      const variant = (byVariant[`${c.category}/${c.variant}`] ??= { inputs: 0, accepted: 0 });
      variant.inputs += 1;
      const before = c.valid ? structuredClone(c.valid.call) : undefined;
      let result: EvaluationResult | undefined;
      const started = performance.now();
      try {
        result = call(c);
      } catch (error) {
        const { raw, problems } = errorViolations(error);
        if (raw) {
          rawExceptions += 1;
          note('raw exception', c, problems.join('; '));
        } else if (problems.length > 0) {
          malformedErrors += 1;
          note('malformed error', c, problems.join('; '));
        }
      }
      let ms = performance.now() - started;
      // A shared machine pauses now and then: a slow call is timed twice more and counts only if every
      // run is slow (the least of three timings).
      for (let again = 0; c.ordinary && ms > SLOW_MS && again < 2; again += 1) ms = Math.min(ms, timed(c));
      if (c.ordinary) {
        slowestOrdinaryMs = Math.max(slowestOrdinaryMs, ms);
        if (ms > SLOW_MS) {
          slowCalls += 1;
          note('slow call', c, `${ms.toFixed(1)} ms`);
        }
      }
      if (result === undefined) {
        stats.refused += 1;
        continue;
      }
      stats.accepted += 1;
      variant.accepted += 1;
      const violations = c.valid ? validViolations(c, result, before) : generalViolations(result);
      if (violations.length > 0) {
        invariantViolations += 1;
        note('invariant violation', c, violations.join('; '));
      }
    }
  }
  return {
    inputs,
    seed,
    byCategory,
    byVariant,
    rawExceptions,
    malformedErrors,
    invariantViolations,
    slowCalls,
    slowestOrdinaryMs,
    examples,
  };
}

function timed(c: FuzzCase): number {
  const started = performance.now();
  try {
    call(c);
  } catch {
    // Counted on the first run.
  }
  return performance.now() - started;
}

function call(c: FuzzCase): EvaluationResult {
  const [achievements, jurisdiction, date, options] = c.args;
  if (c.viaRequest) {
    return evaluateRequest(
      options === undefined ? { achievements, jurisdiction, date } : { achievements, jurisdiction, date, options },
    );
  }
  return evaluate(achievements as never, jurisdiction as never, date as never, options as never);
}

function validViolations(c: FuzzCase, result: EvaluationResult, before: unknown): string[] {
  const { policy, call: valid } = c.valid!;
  const v = resultViolations(result, checkedCall(policy, valid));
  if (JSON.stringify(before) !== JSON.stringify(valid)) v.push('the input was changed');
  if (result.policy.id !== policy.id) v.push(`evaluated under ${result.policy.id}, not ${policy.id}`);
  return v;
}

/** For an accepted noisy or hostile input: the invariants that need nothing of the input. */
function generalViolations(result: EvaluationResult): string[] {
  const policy = library.policies.find((p) => p.id === result.policy.id);
  if (!policy) return [`unknown policy ${result.policy.id}`];
  const maxIndex = Math.max(-1, ...result.awards.map((a) => a.achievementIndex));
  const achievements = Array.from({ length: maxIndex + 1 }, () => ({ obtainedOn: result.date }));
  // Stacking checks need the achievements' dates and projects, which a noisy input does not give reliably.
  return resultViolations(result, { policy: { ...policy, stacking: [] }, achievements, history: [] });
}
