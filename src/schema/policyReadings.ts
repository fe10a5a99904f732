import type { Policy, Reading } from './policy.js';

/** Whether a value of policy data is a reading (see `readingSchema`): an id, a question, the literal words. */
export function isReading(value: unknown): value is Reading {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const candidate = value as Partial<Reading>;
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.literal === 'string' &&
    typeof candidate.chosen === 'object' &&
    typeof candidate.question === 'object' &&
    typeof candidate.basis === 'object'
  );
}

/**
 * Every reading a policy records, by id, wherever it is recorded (a rule, its amount, a condition, a
 * stacking rule, the window). Readings recorded in several places under one id are one reading; the
 * first found stands for it.
 */
export function readingsOf(policy: Policy): ReadonlyMap<string, Reading> {
  const found = new Map<string, Reading>();
  // An array's values are its items, in order: arrays and objects are walked alike.
  const walk = (value: unknown): void => {
    if (isReading(value)) {
      if (!found.has(value.id)) found.set(value.id, value);
    } else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  walk(policy);
  return found;
}
