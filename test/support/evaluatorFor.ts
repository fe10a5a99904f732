import { createEvaluator, type Evaluator } from '../../src/api/createEvaluator.js';
import { defineLibrary, type Library } from '../../src/engine/library.js';
import type { PolicyInput } from '../../src/schema/policy.js';
import { vocabulary } from '../../policies/vocabulary.js';

/** An evaluator over the shared vocabulary and the given policies only: lets a policy's tests stand alone. */
export function evaluatorFor(...policies: PolicyInput[]): Evaluator {
  // Typed over any kind, so the policy tests may build achievements with a plain `kind: string`.
  return createEvaluator(defineLibrary({ kinds: vocabulary, policies }) as Library);
}
