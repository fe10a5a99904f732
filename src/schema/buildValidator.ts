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
  let locator;
  try {
    source = validatorSource(schema);
    locator = locatorSource(schema);
  } catch (error) {
    if (error instanceof NotGenerated) return undefined;
    throw error;
  }
  const validate = compiled<BuiltValidator>(source);
  const locate = compiled<Locator>(locator);
  validate.issues = (input) => locatedIssues(locate, input);
  return validate;
}

/** The function a generated source returns. */
function compiled<F>(source: ValidatorSource): F {
  // The values the code refers to stay constants of its closure, which the engine specialises on.
  const make = new Function('r', 'U', 'BAIL', source.body) as (r: readonly unknown[], u: symbol, bail: object) => F;
  return make(source.refs, UNDECIDED, BAIL);
}
