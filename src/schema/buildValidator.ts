import * as core from 'zod/v4/core';
import { type BuiltValidator, UNDECIDED } from './generatedValidator.js';
import { NotGenerated } from './validatorEmitter.js';
import { type Locator, locatedIssues } from './validatorIssues.js';
import { locatorSource } from './validatorLocator.js';
import { type ValidatorSource, validatorSource } from './validatorSource.js';

/** Thrown by generated code where it cannot tell, or zod's synchronous parse would throw: undecided. */
const BAIL = Object.freeze({ bail: true });

/**
 * The validator of `schema`, now: `undefined` where it cannot be generated — a definition the
 * generator does not know (see `validatorSource.ts`), or a platform where zod itself would not compile
 * its parsers (`jitless` set in zod's config, or `new Function` forbidden, e.g. by a strict CSP).
 * Installed by the package's main entry (see `installValidatorBuilder`).
 */
export function buildValidator(schema: core.$ZodType): BuiltValidator | undefined {
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
  const validate = compiled<BuiltValidator>(source);
  // The locator is generated when issues are first asked for: most schemas are only ever valid.
  let locate: Locator | undefined;
  validate.issues = (input) => locatedIssues((locate ??= locatorOf(schema)), input);
  return validate;
}

/**
 * The locator of `schema` (see `validatorLocator.ts`); where it cannot be generated, or generating it
 * fails (a bug in it), one that is always undecided, so that zod parses as before (tests require the
 * bundled schemas' locators to answer).
 */
function locatorOf(schema: core.$ZodType): Locator {
  try {
    return compiled<Locator>(locatorSource(schema));
  } catch {
    return () => UNDECIDED;
  }
}

/** The function a generated source returns. */
function compiled<F>(source: ValidatorSource): F {
  // The values the code refers to stay constants of its closure, which the engine specialises on.
  const make = new Function('r', 'U', 'BAIL', source.body) as (r: readonly unknown[], u: symbol, bail: object) => F;
  return make(source.refs, UNDECIDED, BAIL);
}
