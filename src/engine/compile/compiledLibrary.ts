import type { Policy } from '../../schema/policy.js';
import type { Library } from '../library.js';
import { type CompiledPolicy, compilePolicyForCalls } from './compiledPolicy.js';

/**
 * A library with its lookups built: policies by jurisdiction code, slug and name, each policy
 * compiled, the vocabulary's kinds with their subtypes, and rule ids by policy id.
 */
export interface CompiledLibrary {
  readonly library: Library;
  /** Policies by GB/T 2260 code or by one of the names in the data (exact). */
  readonly byCodeOrName: ReadonlyMap<string, readonly Policy[]>;
  /** Policies by slug (lower case). */
  readonly bySlug: ReadonlyMap<string, readonly Policy[]>;
  /** The subtypes of each kind of the vocabulary. */
  readonly subtypesOfKind: ReadonlyMap<string, ReadonlySet<string>>;
  /** The rule ids of each policy, by policy id. */
  readonly ruleIdsOfPolicy: ReadonlyMap<string, ReadonlySet<string>>;
  /** The compiled form of each policy. */
  compiled(policy: Policy): CompiledPolicy;
}

const CACHE = new WeakMap<Library, CompiledLibrary>();

/**
 * The compiled form of a library, built the first time it is asked for and kept for as long as the
 * library lives. (A library is frozen, so what is built from it stays true.)
 */
export function compiledLibrary(library: Library): CompiledLibrary {
  let compiled = CACHE.get(library);
  if (!compiled) {
    compiled = compileLibrary(library);
    CACHE.set(library, compiled);
  }
  return compiled;
}

function compileLibrary(library: Library): CompiledLibrary {
  const byCodeOrName = new Map<string, Policy[]>();
  const bySlug = new Map<string, Policy[]>();
  const add = (map: Map<string, Policy[]>, key: string, policy: Policy) => {
    const list = map.get(key);
    if (!list) map.set(key, [policy]);
    else if (!list.includes(policy)) list.push(policy);
  };
  for (const policy of library.policies) {
    add(byCodeOrName, policy.jurisdiction.code, policy);
    for (const name of policy.jurisdiction.names) add(byCodeOrName, name, policy);
    add(bySlug, policy.jurisdiction.slug, policy);
  }
  // Each policy is compiled when a call first needs it, so a library of many policies costs nothing up front.
  const compiledPolicies = new Map<Policy, CompiledPolicy>();
  return Object.freeze({
    library,
    byCodeOrName,
    bySlug,
    subtypesOfKind: new Map(library.kinds.map((k) => [k.kind, new Set((k.subtypes ?? []).map((s) => s.subtype))])),
    ruleIdsOfPolicy: new Map(library.policies.map((p) => [p.id, new Set(p.rules.map((r) => r.id))])),
    compiled(policy: Policy): CompiledPolicy {
      let compiled = compiledPolicies.get(policy);
      if (!compiled) {
        compiled = compilePolicyForCalls(policy);
        compiledPolicies.set(policy, compiled);
      }
      return compiled;
    },
  });
}
