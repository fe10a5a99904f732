import type { Policy, Reading, ReadingChange } from '../../schema/policy.js';
import { isReading } from '../../schema/policyReadings.js';

/** The field that states an amount's figure in 元, by amount type (see the `amount_yuan` change). */
const AMOUNT_FIGURE: Readonly<Record<string, string>> = {
  fixed: 'yuan',
  per_item: 'yuanEach',
  per_year: 'yuanPerYear',
};

type Changes<T extends ReadingChange['type']> = Extract<ReadingChange, { type: T }>;

/**
 * A reading as a switched evaluation uses it: the alternative is now the reading used (`chosen`) and
 * the library's reading the one left (`alternative`), so every line and warning that relies on it says
 * what was used. Its `alternativeData` has been applied and is dropped.
 */
export function switchedReading(reading: Reading): Reading {
  const { alternativeData: _applied, ...rest } = reading;
  return { ...rest, chosen: reading.alternative ?? reading.chosen, alternative: reading.chosen };
}

/**
 * The policy as it reads with the alternatives of `ids` (readings that carry `alternativeData`): every
 * amount and condition that records one of them takes the alternative's figure or values, every rule
 * that lists one its alternative selectors, a named cumulative cap its alternative cap, and each such reading is recorded switched (see
 * {@link switchedReading}). A new object; the policy passed is not changed. Generic: it reads only the
 * reading-change primitives, never a clause or a place.
 */
export function switchReadings(policy: Policy, readings: readonly Reading[]): Policy {
  const byId = new Map(readings.map((r) => [r.id, r]));
  const caps = new Map<string, number>();
  for (const reading of readings) {
    // Stryker disable next-line ArrayDeclaration: only cap_amount entries are collected; an array holding anything else collects none, as the empty one does.
    for (const change of reading.alternativeData ?? []) {
      // Stryker disable next-line ConditionalExpression: the other changes name no stacking; a cap stored under `undefined` is never looked up (cap ids are strings).
      if (change.type === 'cap_amount') caps.set(change.stacking, change.capYuan);
    }
  }
  const changesOf = <T extends ReadingChange['type']>(recorded: unknown, type: T): Changes<T>[] =>
    isReading(recorded) && byId.has(recorded.id)
      ? ((byId.get(recorded.id)?.alternativeData ?? []).filter((c) => c.type === type) as Changes<T>[])
      : [];
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    if (isReading(value)) return byId.has(value.id) ? switchedReading(value) : value;
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(source)) copy[key] = rewrite(item);
    // An amount or condition takes the alternative of the reading it records.
    for (const change of changesOf(source.reading, 'amount_yuan')) {
      const figure = AMOUNT_FIGURE[String(copy.type)];
      if (figure) copy[figure] = change.yuan;
    }
    for (const change of changesOf(source.reading, 'fact_in_values')) {
      if (copy.type === 'fact_in') copy.values = [...change.values];
    }
    for (const change of changesOf(source.reading, 'fact_at_least_min')) {
      if (copy.type === 'fact_at_least') copy.min = change.min;
    }
    for (const change of changesOf(source.reading, 'once_per')) if (typeof copy.per === 'string') copy.per = change.per;
    // A rule takes the alternative selectors of the readings it lists.
    if (
      Array.isArray(source.readings) &&
      // Stryker disable next-line ConditionalExpression: only rules list `readings`, and every rule has a `match` object.
      typeof copy.match === 'object' &&
      // Stryker disable next-line ConditionalExpression: only rules list `readings`, and every rule's `match` is an object.
      copy.match !== null
    ) {
      const match = { ...(copy.match as Record<string, unknown>) };
      for (const listed of source.readings) {
        for (const change of changesOf(listed, 'match_values')) {
          if (change.values === null) delete match[change.fact];
          else match[change.fact] = change.values.length === 1 ? change.values[0] : [...change.values];
        }
      }
      copy.match = match;
    }
    if (copy.type === 'cumulative_cap' && typeof copy.id === 'string' && caps.has(copy.id)) {
      copy.capYuan = caps.get(copy.id);
    }
    return copy;
  };
  return rewrite(policy) as Policy;
}
