import { inputIssue, type InputIssue } from './QualityRewardsError.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Fields where a caller may pass a `Date` instead of a `'YYYY-MM-DD'` string. */
const DATE_FIELDS = new Set(['date', 'obtainedOn', 'filedOn', 'paidOn', 'assumeStartDate']);

/** Deeper than any valid input goes; deeper input is refused rather than walked. */
const MAX_DEPTH = 16;

/**
 * Finds what zod would let through or read through a prototype or a getter: own keys such as
 * `__proto__` or `constructor` (e.g. from `JSON.parse`), objects whose prototype is not
 * `Object.prototype` or `null` (e.g. `{ __proto__: { kind: … } }`), accessor properties (a getter
 * could answer differently each time it is read), symbol keys, a `Date` anywhere but a date field,
 * and input nested deeper than any valid input. Reads no getter and follows no prototype.
 */
export function findHostileInput(value: unknown, path: (string | number)[] = []): InputIssue[] {
  if (value === null || typeof value !== 'object') return [];
  if (path.length > MAX_DEPTH) return [inputIssue('invalid_value', path, 'nested too deeply')];
  if (Object.prototype.toString.call(value) === '[object Date]' && Object.getPrototypeOf(value) === Date.prototype) {
    const field = path[path.length - 1];
    const allowed = typeof field === 'string' && DATE_FIELDS.has(field) && Reflect.ownKeys(value).length === 0;
    return allowed ? [] : [inputIssue('invalid_type', path, 'a Date where a date field was not expected')];
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    return [inputIssue('forbidden_key', [...path, '__proto__'], 'not a plain object')];
  }
  if (Array.isArray(value) && proto !== Array.prototype) {
    return [inputIssue('forbidden_key', [...path, '__proto__'], 'not a plain array')];
  }
  const issues: InputIssue[] = [];
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === 'length') continue;
    const name = String(key);
    const at = Array.isArray(value) && /^\d+$/.test(name) ? Number(name) : name;
    if (typeof key === 'symbol' || FORBIDDEN.has(name)) {
      issues.push(inputIssue('forbidden_key', [...path, at]));
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) {
      issues.push(inputIssue('forbidden_key', [...path, at], 'accessor property'));
      continue;
    }
    if (!descriptor.enumerable) {
      // zod does not see non-enumerable keys, so an unknown one would slip past the strict schemas.
      issues.push(inputIssue('forbidden_key', [...path, at], 'non-enumerable property'));
      continue;
    }
    issues.push(...findHostileInput(descriptor.value, [...path, at]));
  }
  return issues;
}
