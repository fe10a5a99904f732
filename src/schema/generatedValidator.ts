import * as core from 'zod/v4/core';

/** A generated validator's answer when it cannot vouch for the input: the caller parses it with zod. */
export const UNDECIDED: unique symbol = Symbol('undecided');

/**
 * A validator generated from a zod schema's definition. For input that passed `findHostileInput`
 * (plain objects and arrays, own keys all enumerable data properties: what the boundary checks first),
 * it answers the output `schema.safeParse(input).data` would give (same value, same keys in the same
 * order, same decoded dates and amounts), or {@link UNDECIDED}. Undecided is never an error: zod then
 * parses the input and reports whatever it finds, so issues and messages always come from zod.
 */
export interface GeneratedValidator<T> {
  (input: unknown): T | typeof UNDECIDED;
  /**
   * For input that passed `findHostileInput` and that zod refuses: the issues zod's parse with
   * `reportInput` gives (the same issues, in the same order, with the same paths, messages and input),
   * found with zod run only on the parts that fail; otherwise, or where it cannot tell, `UNDECIDED`.
   */
  issues(input: unknown): core.$ZodIssue[] | typeof UNDECIDED;
}

/**
 * A built validator: zod's output, or `UNDECIDED` — where zod reports an issue, and where it cannot
 * tell (an object of another prototype) or zod would throw.
 */
export type BuiltValidator = ((input: unknown) => unknown) & {
  issues?: GeneratedValidator<unknown>['issues'];
};

/**
 * What turns a schema into a {@link BuiltValidator}, or `undefined` where it cannot (see
 * `buildValidator.ts`).
 */
export type ValidatorBuilder = (schema: core.$ZodType) => BuiltValidator | undefined;

/**
 * Calls before a schema's validator is generated. Generating it (the source, then `new Function`) costs
 * what a few hundred zod parses save, so, as zod's and `compiledObject.ts`'s tiering do, a schema used
 * only a few times (the first call in a process) is left to zod.
 */
const WARM_UP_CALLS = 50;

/**
 * The builder in use: none until an entry installs one. The package's main entry installs
 * `buildValidator`; `quality-rewards/engine` does not, so a page for one city ships no code generator
 * (about 3 KB min+gz) and its boundary is zod's alone — the same answers, at zod's speed.
 */
let builder: ValidatorBuilder | undefined;

/** Makes {@link generatedValidator} build validators with `build` (see `buildValidator.ts`). */
export function installValidatorBuilder(build: ValidatorBuilder): void {
  builder = build;
}

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
  let built: BuiltValidator | null | undefined;
  const validator = ((input: unknown) => {
    if (built === undefined) {
      // With no builder installed (yet), zod parses: an entry may install one later.
      if (++calls <= WARM_UP_CALLS || builder === undefined) return UNDECIDED;
      try {
        built = builder(schema) ?? null;
      } catch {
        // A generator that fails (a bug in it) leaves the schema to zod: the answer stays zod's, never a
        // raw error to a caller. Tests require every bundled schema to be generated, so the bug shows there.
        built = null;
      }
    }
    if (built === null || core.globalConfig.jitless) return UNDECIDED;
    return built(input);
  }) as GeneratedValidator<T>;
  validator.issues = (input) => {
    // Warmed up and built as the validator is, whichever of the two is asked: until it is built, asking
    // runs the validator once more (a call that just failed it counts twice towards the warm-up).
    if (built === undefined) validator(input);
    return (built && !core.globalConfig.jitless && built.issues?.(input)) || UNDECIDED;
  };
  validators.set(schema, validator as GeneratedValidator<unknown>);
  return validator;
}
