import * as z from 'zod/mini';
import * as core from 'zod/v4/core';
import { type Emitter, NotGenerated } from './validatorEmitter.js';

/**
 * zod's default `when` of a length check (run on any value with a `length`): a string or an array
 * always has one, so such a check always runs. Any other `when` is not generated.
 */
const LENGTH_WHEN = (z.minLength(0)._zod.def as { when?: unknown }).when;

/** The value types a check of each kind is generated on (what zod's check reads of the value). */
const ON: Readonly<Record<string, readonly string[]>> = {
  min_length: ['string', 'array'],
  max_length: ['string', 'array'],
  string_format: ['string'],
  greater_than: ['number'],
  less_than: ['number'],
  number_format: ['number'],
};

/**
 * The code of one zod check on the value in variable `x` (already parsed as `type`): `return U` where
 * zod's check would push an issue. Each reproduces the check's own test (see zod core's `checks.js`);
 * a check of another kind, with its own `when`, or on another type is not generated.
 */
export function checkSource(e: Emitter, check: core.$ZodCheck, type: string, x: string): string {
  const def = check._zod.def as unknown as Record<string, unknown>;
  const traits = (check._zod as { traits?: Set<string> }).traits;
  if (def.check === 'custom' && traits?.has('$ZodCustom') && def.when === undefined) {
    return customSource(e, def.fn as (value: unknown) => unknown, x);
  }
  const kind = String(def.check);
  if (!ON[kind]?.includes(type)) throw new NotGenerated(`check ${kind} on ${type}`);
  const when = def.when;
  if (when !== undefined && !(when === LENGTH_WHEN && (kind === 'min_length' || kind === 'max_length'))) {
    throw new NotGenerated(`check ${kind} with its own when`);
  }
  switch (kind) {
    case 'min_length':
      return minLengthSource(e, def.minimum as number, type, x);
    case 'max_length':
      return maxLengthSource(e, def.maximum as number, type, x);
    case 'string_format': {
      // Only `z.regex`: other formats (email, url …) test more than a pattern.
      if (def.format !== 'regex' || !traits?.has('$ZodCheckRegex') || !(def.pattern instanceof RegExp)) {
        throw new NotGenerated(`string format ${String(def.format)}`);
      }
      const pattern = e.ref(def.pattern);
      // As zod does: a global or sticky pattern starts from the beginning every time.
      return `${pattern}.lastIndex = 0;\nif (!${pattern}.test(${x})) return U;`;
    }
    case 'greater_than':
    case 'less_than': {
      if (typeof def.value !== 'number') throw new NotGenerated(`${kind} of a ${typeof def.value}`);
      const bound = e.ref(def.value);
      const op = kind === 'greater_than' ? (def.inclusive ? '>=' : '>') : def.inclusive ? '<=' : '<';
      return `if (!(${x} ${op} ${bound})) return U;`;
    }
    case 'number_format':
      // `z.int()`: a safe integer (which is within the format's range by itself).
      if (def.format !== 'safeint') throw new NotGenerated(`number format ${String(def.format)}`);
      return `if (!Number.isSafeInteger(${x})) return U;`;
    default:
      throw new NotGenerated(`check ${kind}`);
  }
}

/**
 * zod counts a string's length in code points. A code point is one or two UTF-16 units, so a string
 * of at least twice the minimum units passes and one of fewer units fails without counting; only in
 * between are the code points counted, with zod's own function.
 */
function minLengthSource(e: Emitter, minimum: number, type: string, x: string): string {
  if (type === 'array') return `if (${x}.length < ${e.ref(minimum)}) return U;`;
  const m = e.ref(minimum);
  const count = e.ref(core.util.codePointLength);
  return `if (${x}.length < ${m} * 2 && (${x}.length < ${m} || ${count}(${x}) < ${m})) return U;`;
}

/** As {@link minLengthSource}: a string within the maximum in units is within it in code points. */
function maxLengthSource(e: Emitter, maximum: number, type: string, x: string): string {
  const m = e.ref(maximum);
  if (type === 'array') return `if (${x}.length > ${m}) return U;`;
  const count = e.ref(core.util.codePointLength);
  return `if (${x}.length > ${m} && ${count}(${x}) > ${m}) return U;`;
}

/**
 * A refinement (`z.refine`): its function called as zod calls it; a falsy answer is zod's issue. A
 * promise makes zod throw in a synchronous parse, and so does the validator.
 */
function customSource(e: Emitter, fn: (value: unknown) => unknown, x: string): string {
  const r = e.fresh('r');
  return `const ${r}_ = ${e.ref(fn)}(${x});\nif (${r}_ instanceof Promise) throw BAIL;\nif (!${r}_) return U;`;
}
