import type { Policy } from '../schema/policy.js';
import type { Library } from './library.js';

/**
 * The policies of the jurisdiction a caller named by GB/T 2260 code, slug (any case) or one of its
 * names as the policy data lists them. Empty when nothing matches.
 */
export function policiesOfJurisdiction(library: Library, query: string): readonly Policy[] {
  const q = query.trim();
  const lower = q.toLowerCase();
  return library.policies.filter(
    (p) => p.jurisdiction.code === q || p.jurisdiction.slug === lower || p.jurisdiction.names.includes(q),
  );
}
