import * as core from 'zod/v4/core';
import { NotGenerated } from './validatorEmitter.js';
import { validatorSource } from './validatorSource.js';

/** A generated validator's answer when it cannot vouch for the input: the caller parses it with zod. */
export const UNDECIDED: unique symbol = Symbol('undecided');

/**
 * A validator generated from a zod schema's definition. For input that passed `findHostileInput`
 * (plain objects and arrays, own keys all enumerable data properties: what the boundary checks first),
 * it answers the output `schema.safeParse(input).data` would give (same value, same keys in the same
 * order, same decoded dates and amounts), or {@link UNDECIDED}. Undecided is never an error: zod then
 * parses the input and reports whatever it finds, so issues and messages always come from zod.
 */
export type GeneratedValidator<T> = (input: unknown) => T | typeof UNDECIDED;

/**
 * A built validator: zod's output, or `UNDECIDED` — where zod reports an issue, and where it cannot
 * tell (an object of another prototype) or zod would throw.
 */
type Built = (input: unknown) => unknown;

/**
 * Calls before a schema's validator is generated. Generating it (the source, then `new Function`) costs
 * what a few hundred zod parses save, so, as zod's and `compiledObject.ts`'s tiering do, a schema used
 * only a few times (the first call in a process) is left to zod.
 */
const WARM_UP_CALLS = 50;

/**
 * The validator of `schema`, now: `undefined` where it cannot be generated — a definition the
 * generator does not know (see `validatorSource.ts`), or a platform where zod itself would not compile
 * its parsers (`jitless` set in zod's config, or `new Function` forbidden, e.g. by a strict CSP).
 */
export function buildValidator(schema: core.$ZodType): Built | undefined {
  // Guarded as zod guards its own compiled object parser (`$ZodObjectJIT`); `jitless` first, so the
  // probe of `new Function` is not even tried under a CSP that forbids it.
  if (core.globalConfig.jitless || !core.util.allowsEval.value) return undefined;
  let source;
  try {
    source = validatorSource(schema);
  } catch (error) {
    if (error instanceof NotGenerated) return undefined;
    throw error;
  }
  // The values the code refers to stay constants of its closure, which the engine specialises on.
  const make = new Function('r', 'U', 'BAIL', source.body) as (r: readonly unknown[], u: symbol, bail: object) => Built;
  return make(source.refs, UNDECIDED, BAIL);
}

/** Thrown by generated code where it cannot tell, or zod's synchronous parse would throw: undecided. */
const BAIL = Object.freeze({ bail: true });

const validators = new WeakMap<core.$ZodType, GeneratedValidator<unknown>>();

/**
 * The generated validator of `schema` (made once per schema): {@link UNDECIDED} for its first
 * calls (see {@link WARM_UP_CALLS}), where it cannot be generated, when zod's config turns `jitless`
 * on later, and wherever reading the input throws; otherwise zod's output or `UNDECIDED` where zod
 * would report an issue.
 *
 * @example
 * const validate = generatedValidator(textSchema);
 * const out = validate(input);
 * const data = out === UNDECIDED ? textSchema.parse(input) : out;
 */
export function generatedValidator<T>(schema: core.$ZodType<T>): GeneratedValidator<T> {
  const known = validators.get(schema);
  if (known) return known as GeneratedValidator<T>;
  let calls = 0;
  // `undefined` until built; `null` when it cannot be.
  let built: Built | null | undefined;
  const validator: GeneratedValidator<T> = (input) => {
    if (built === undefined) {
      if (++calls <= WARM_UP_CALLS) return UNDECIDED;
      built = buildValidator(schema) ?? null;
    }
    if (built === null || core.globalConfig.jitless) return UNDECIDED;
    return built(input) as T | typeof UNDECIDED;
  };
  validators.set(schema, validator as GeneratedValidator<unknown>);
  return validator;
}
