import { LIMITS } from '../schema/limits.js';

/** Own keys the hostile walk refuses on any object. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True only where `findHostileInput` would find nothing: plain objects and arrays all the way down, every
 * own key an enumerable data property (no symbol, no accessor, none of `__proto__`, `constructor`,
 * `prototype`), strings within `LIMITS.stringLength`, nesting within `LIMITS.depth`, lists within the
 * smallest list limit, at most `LIMITS.nodes` values. `false` means "not sure": the boundary then runs the
 * hostile walk itself, which names what it finds, so its verdicts and issues never change.
 *
 * It reads what the walk reads, less its bookkeeping: the walk keeps a path for its issues, a set of
 * the objects seen (a shared object is walked once; here once per reference, which only counts more
 * values against the limit), and tells a `Date` in a date field from one elsewhere — here any `Date` is
 * "not sure". On valid input that bookkeeping was most of the walk, which was most of what the boundary
 * cost once zod's parse was generated.
 */
export function surelyPlainInput(value: unknown): boolean {
  try {
    const budget = { nodes: 0 };
    return plain(value, 0, budget);
  } catch {
    // An exotic object (a revoked Proxy …): the walk meets it and says what it is.
    return false;
  }
}

function plain(value: unknown, depth: number, budget: { nodes: number }): boolean {
  if (++budget.nodes > LIMITS.nodes) return false;
  if (typeof value === 'string') return value.length <= LIMITS.stringLength;
  if (value === null || typeof value !== 'object') return true;
  if (depth > LIMITS.depth) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) {
    if (proto !== Array.prototype || value.length > LIMITS.achievements) return false;
    return plainArray(value, depth, budget);
  }
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  const names = Object.getOwnPropertyNames(value);
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (FORBIDDEN.has(name)) return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, name);
    if (descriptor === undefined || !('value' in descriptor) || !descriptor.enumerable) return false;
    if (!plainValue(descriptor.value, depth + 1, budget)) return false;
  }
  return true;
}

/** {@link plain}, with a primitive (most values) answered without a call. */
function plainValue(value: unknown, depth: number, budget: { nodes: number }): boolean {
  if (typeof value === 'object' && value !== null) return plain(value, depth, budget);
  if (++budget.nodes > LIMITS.nodes) return false;
  return typeof value !== 'string' || value.length <= LIMITS.stringLength;
}

/** A list with every index present as an enumerable data property and no other own key but `length`. */
function plainArray(list: readonly unknown[], depth: number, budget: { nodes: number }): boolean {
  if (Object.getOwnPropertySymbols(list).length > 0) return false;
  // Every index present (checked below) and one more name, `length`: no named extras, no holes.
  if (Object.getOwnPropertyNames(list).length !== list.length + 1) return false;
  for (let i = 0; i < list.length; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(list, i);
    if (descriptor === undefined || !('value' in descriptor) || !descriptor.enumerable) return false;
    if (!plainValue(descriptor.value, depth + 1, budget)) return false;
  }
  return true;
}
