import { z } from 'zod/mini';
import { kindDefinitionSchema, type Vocabulary } from '../schema/kinds.js';
import { type Policy, type PolicyInput, policySchema } from '../schema/policy.js';
import { deepFreeze } from './deepFreeze.js';
import { checkArgument } from '../errors/checkArgument.js';
import { lazySchema } from '../schema/lazySchema.js';

/** The shape `defineLibrary` needs before it reads anything; the contents are checked as policy data. */
const libraryInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kinds: z.array(z.unknown()).check(z.minLength(1)),
    policies: z.array(z.unknown()),
  }),
);

/**
 * The vocabulary and the policies an evaluator works with. Deep-frozen. `V` is the vocabulary as the
 * data spells it (kept literal by `defineLibrary`), so an evaluator knows its kinds at compile time.
 */
export interface Library<V extends Vocabulary = Vocabulary> {
  readonly kinds: V;
  readonly policies: readonly Policy[];
}

/** Thrown when policy data breaks the schema: a fault in the data files, not in a caller's input. */
export class PolicyDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyDataError';
  }
}

/**
 * Validates the vocabulary and the policies against their schemas and each other (every rule's kind
 * and subtypes are in the vocabulary; policy ids are unique), then deep-freezes them.
 */
export function defineLibrary<const V extends Vocabulary>(input: {
  readonly kinds: V;
  readonly policies: readonly PolicyInput[];
}): Library<V> {
  checkArgument(libraryInputSchema, input, 'library');
  const kinds = input.kinds.map((k, i) => parseOrThrow(kindDefinitionSchema, k, `kinds[${i}]`));
  const byKind = new Map(kinds.map((k) => [k.kind, k]));
  if (byKind.size !== kinds.length) throw new PolicyDataError('duplicate kind in the vocabulary');
  const policies = input.policies.map((p, i) => parseOrThrow(policySchema, p, `policies[${i}]`));
  const ids = new Set<string>();
  for (const policy of policies) {
    if (ids.has(policy.id)) throw new PolicyDataError(`duplicate policy id ${policy.id}`);
    ids.add(policy.id);
    for (const rule of policy.rules) {
      const kind = byKind.get(rule.match.kind);
      if (!kind) throw new PolicyDataError(`${policy.id}/${rule.id}: kind ${rule.match.kind} is not in the vocabulary`);
      const subtypes = rule.match.subtype === undefined ? [] : [rule.match.subtype].flat();
      for (const subtype of subtypes) {
        if (!kind.subtypes?.some((s) => s.subtype === subtype)) {
          throw new PolicyDataError(`${policy.id}/${rule.id}: subtype ${subtype} is not a subtype of ${kind.kind}`);
        }
      }
    }
  }
  return deepFreeze({ kinds: kinds as Vocabulary as V, policies });
}

function parseOrThrow<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  where: string,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `${where}.${i.path.map(String).join('.')}: ${i.message}`).join('; ');
  throw new PolicyDataError(details);
}
