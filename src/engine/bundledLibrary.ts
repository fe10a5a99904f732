import type { PolicyInput, Policy } from '../schema/policy.js';
import type { Vocabulary } from '../schema/kinds.js';
import { deepFreeze } from './deepFreeze.js';
import type { Library } from './library.js';

/**
 * A library of the bundled data, frozen but not validated again: the bundled vocabulary and policies
 * are validated by the tests and by the build (`tsup.config.ts` refuses to build bad data), so an
 * import does not pay for it, and a page that ships one policy ships no policy schema. A caller's own
 * data goes through `defineLibrary`, which validates it.
 */
export function bundledLibrary<const V extends Vocabulary>(input: {
  readonly kinds: V;
  readonly policies: readonly Policy[];
}): Library<V> {
  return deepFreeze({ kinds: input.kinds, policies: input.policies });
}

/**
 * A bundled policy's data as the engine reads it, frozen. Its shape was validated at build time
 * (the input and output of the policy schema are the same plain data: no defaults, no transforms).
 */
export function bundledPolicy(input: PolicyInput): Policy {
  return deepFreeze(input as Policy);
}
