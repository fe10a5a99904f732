import { LIMITS } from '../schema/limits.js';
import { isForbiddenKey } from './plainInput.js';

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
    return (typeof value === 'object' && value !== null ? plainObject(value, 0, 1) : plainPrimitive(value)) >= 0;
  } catch {
    // An exotic object (a revoked Proxy …): the walk meets it and says what it is.
    return false;
  }
}

/**
 * The values counted so far (`nodes`) and those of this object and everything in it, or -1 when not sure
 * (a count, not a shared counter object, so the check allocates nothing of its own).
 */
function plainObject(value: object, depth: number, nodes: number): number {
  if (depth > LIMITS.depth) return -1;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) {
    return proto === Array.prototype && value.length <= LIMITS.achievements ? plainArray(value, depth, nodes) : -1;
  }
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(value).length > 0) return -1;
  const names = Object.getOwnPropertyNames(value);
  for (let i = 0; i < names.length && nodes >= 0; i++) {
    const name = names[i] as string;
    if (isForbiddenKey(name)) return -1;
    nodes = plainProperty(Object.getOwnPropertyDescriptor(value, name), depth, nodes);
  }
  return nodes;
}

/** A list with every index present as an enumerable data property and no other own key but `length`. */
function plainArray(list: readonly unknown[], depth: number, nodes: number): number {
  if (Object.getOwnPropertySymbols(list).length > 0) return -1;
  // Every index present (checked below) and one more name, `length`: no named extras, no holes.
  if (Object.getOwnPropertyNames(list).length !== list.length + 1) return -1;
  for (let i = 0; i < list.length && nodes >= 0; i++) {
    nodes = plainProperty(Object.getOwnPropertyDescriptor(list, i), depth, nodes);
  }
  return nodes;
}

/** One own property: an enumerable data property whose value is plain, one level down. */
function plainProperty(descriptor: PropertyDescriptor | undefined, depth: number, nodes: number): number {
  if (descriptor === undefined || !('value' in descriptor) || !descriptor.enumerable) return -1;
  const value = descriptor.value as unknown;
  if (++nodes > LIMITS.nodes) return -1;
  if (typeof value === 'object' && value !== null) return plainObject(value, depth + 1, nodes);
  return typeof value !== 'string' || value.length <= LIMITS.stringLength ? nodes : -1;
}

/** A value that is not an object, as the first (and only) value. */
function plainPrimitive(value: unknown): number {
  return typeof value !== 'string' || value.length <= LIMITS.stringLength ? 1 : -1;
}
