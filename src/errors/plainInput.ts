import { inputIssue, type InputIssue } from './QualityRewardsError.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Finds what zod would let through or read through a prototype: own keys such as `__proto__` or
 * `constructor` (e.g. from `JSON.parse`), and objects whose prototype is not `Object.prototype`
 * or `null` (e.g. `{ __proto__: { kind: … } }`, whose fields would be read from the prototype).
 * `Date` objects are allowed where dates are accepted; zod checks their place.
 */
export function findHostileInput(
  value: unknown,
  path: (string | number)[] = [],
  seen = new Set<object>(),
): InputIssue[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (seen.has(value)) return [inputIssue('invalid_value', path, 'circular reference')];
  seen.add(value);
  try {
    return inspect(value, path, seen);
  } finally {
    seen.delete(value);
  }
}

function inspect(value: object, path: (string | number)[], seen: Set<object>): InputIssue[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => findHostileInput(item, [...path, i], seen));
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    return [inputIssue('forbidden_key', [...path, '__proto__'], 'not a plain object')];
  }
  const issues: InputIssue[] = [];
  for (const key of Reflect.ownKeys(value)) {
    const name = String(key);
    if (typeof key === 'symbol' || FORBIDDEN.has(name)) {
      issues.push(inputIssue('forbidden_key', [...path, name]));
      continue;
    }
    issues.push(...findHostileInput((value as Record<string, unknown>)[name], [...path, name], seen));
  }
  return issues;
}
