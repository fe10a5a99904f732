import type { Policy } from '../schema/policy.js';
import type { Library } from './library.js';

/**
 * The policies of the jurisdiction a caller named by GB/T 2260 code (`'350112'`), slug (`'changle'`,
 * any case) or one of its names (`'长乐区'`, `'福州市长乐区'`). Empty when nothing matches.
 */
export function policiesOfJurisdiction(library: Library, query: string): readonly Policy[] {
  const q = query.trim();
  const lower = q.toLowerCase();
  return library.policies.filter(
    (p) => p.jurisdiction.code === q || p.jurisdiction.slug === lower || p.jurisdiction.names.includes(q),
  );
}
