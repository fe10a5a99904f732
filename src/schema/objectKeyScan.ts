import type * as core from 'zod/v4/core';
import { type Emitter, NotGenerated } from './validatorEmitter.js';

/** The shape of an object schema the generated code can read: its keys, and whether it is strict. */
export interface ScannedShape {
  readonly shape: Readonly<Record<string, core.$ZodType>>;
  readonly keys: readonly string[];
  /** True for a strict object (a key outside the shape fails), false for a stripping one (it is dropped). */
  readonly strict: boolean;
}

/** The object definitions both generated functions (validator and locator) support; throws {@link NotGenerated} otherwise. */
export function scannedShape(def: Record<string, unknown>): ScannedShape {
  const shape = def.shape as Record<string, core.$ZodType>;
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new NotGenerated('symbol keys');
  const catchall = def.catchall as core.$ZodType | undefined;
  if (catchall !== undefined && catchall._zod.def.type !== 'never') throw new NotGenerated('catchall');
  const keys = Object.keys(shape);
  for (const name of keys) {
    if (name === '__proto__' || name in Object.prototype) throw new NotGenerated(`key ${name} in shape`);
  }
  return { shape, keys, strict: catchall !== undefined };
}

/**
 * The statements that read which keys of the shape object `x` has, into the flags `present` (one per key,
 * in the shape's order), running `other` for a key outside the shape; `x` is known to be a non-array
 * object. An object of another prototype is left to zod (BAIL). Shared by the validator and the locator,
 * so the two read an object the same way.
 *
 * zod asks `in` of every key of the shape and reads each, present or not, so a Proxy whose `has` or
 * `get` trap throws makes zod throw (reported as input that cannot be read); `for…in` asks neither.
 * One `in` and one read per object, agreeing with `for…in` on plain input (an absent key reads as
 * `undefined`), meet such a trap as zod would: it throws, and the answer is undecided.
 */
export function keyScanSource(
  e: Emitter,
  x: string,
  keys: readonly string[],
  present: readonly string[],
  other: string,
): string {
  const proto = e.fresh('pr');
  const key = e.fresh('k');
  const cases = keys.map((name, i) => `case ${JSON.stringify(name)}: ${present[i]} = true; break;`).join('\n');
  let code = `const ${proto} = Object.getPrototypeOf(${x});
if (${proto} !== null && ${proto} !== ${e.ref(Object.prototype)}) throw BAIL;
let ${present.join(' = false, ')} = false;
for (const ${key} in ${x}) {
switch (${key}) {
${cases}
default: ${other}
}
}`;
  if (keys.length > 0) {
    const k0 = JSON.stringify(keys[0]);
    code += `\nif ((${k0} in ${x}) !== ${present[0]} || (!${present[0]} && ${x}[${k0}] !== undefined)) throw BAIL;`;
  }
  return code;
}
