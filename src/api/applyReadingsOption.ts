import { inputIssue, type InputIssue, throwIfAny } from '../errors/QualityRewardsError.js';
import { suggest } from '../errors/suggest.js';
import { type CompiledPolicy, compilePolicyForCalls } from '../engine/compile/compiledPolicy.js';
import { deepFreeze } from '../engine/deepFreeze.js';
import { switchReadings } from '../engine/readings/switchReadings.js';
import { LIMITS } from '../schema/limits.js';
import type { EvaluateOptions } from '../schema/options.js';
import type { Policy, Reading } from '../schema/policy.js';
import { readingsOf } from '../schema/policyReadings.js';
import type { ReadingSwitched } from '../result/types.js';
import { boundedMemo } from '../memo/boundedMemo.js';

/** The policy to evaluate under, and the readings switched to their alternative. */
export interface WithReadings {
  readonly policy: CompiledPolicy;
  readonly switched: readonly Reading[];
}

/** Switched policies kept per policy: a what-if is usually asked again with the same readings. */
const MAX_KEPT = 64;
const SWITCHED = new WeakMap<Policy, (key: string, work: () => CompiledPolicy) => CompiledPolicy>();
const READINGS = new WeakMap<Policy, ReadonlyMap<string, Reading>>();

function readingsOfPolicy(policy: Policy): ReadonlyMap<string, Reading> {
  let readings = READINGS.get(policy);
  // Stryker disable next-line ConditionalExpression: a cache — building the map again gives the same readings.
  if (!readings) {
    readings = readingsOf(policy);
    READINGS.set(policy, readings);
  }
  return readings;
}

/**
 * `options.readings`: checks each reading id against the policy (unknown → `unknown_reading`, with
 * did-you-mean; an alternative with no `alternativeData` → `reading_not_computable`) and returns the
 * policy as it reads with the alternatives asked for, compiled once per set of readings. Called only
 * when the option is given, so an evaluation without it does no work here.
 */
export function applyReadingsOption(
  compiled: CompiledPolicy,
  requested: NonNullable<EvaluateOptions['readings']>,
): WithReadings {
  const known = readingsOfPolicy(compiled.policy);
  const issues: InputIssue[] = [];
  const switched: Reading[] = [];
  for (const [id, choice] of Object.entries(requested)) {
    if (issues.length >= LIMITS.issues) break;
    const reading = known.get(id);
    const path = ['options', 'readings', id];
    if (!reading) issues.push(inputIssue('unknown_reading', path, { value: id }, suggest(id, known.keys())));
    else if (choice === 'alternative' && !reading.alternativeData) {
      issues.push(
        inputIssue('reading_not_computable', path, {
          value: reading.alternative ? `${id}: ${reading.alternative.zh}` : id,
        }),
      );
    } else if (choice === 'alternative') switched.push(reading);
  }
  throwIfAny(issues);
  // Stryker disable next-line ConditionalExpression: a shortcut — a policy with nothing switched, compiled again, reads the same.
  if (switched.length === 0) return { policy: compiled, switched };
  switched.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = switched.map((r) => r.id).join('\n');
  let kept = SWITCHED.get(compiled.policy);
  // Stryker disable next-line ConditionalExpression: a cache — a new memo compiles the same switched policy again.
  if (!kept) SWITCHED.set(compiled.policy, (kept = boundedMemo<CompiledPolicy>(MAX_KEPT)));
  const policy = kept(key, () => compilePolicyForCalls(deepFreeze(switchReadings(compiled.policy, switched))));
  return { policy, switched };
}

/** How a result lists the readings switched: what was used instead of the library's reading. */
export function readingsSwitched(switched: readonly Reading[]): ReadingSwitched[] {
  return switched.map((r) => ({
    id: r.id,
    literal: r.literal,
    used: r.alternative ?? r.chosen,
    insteadOf: r.chosen,
  }));
}
