import type { Policy } from '../schema/policy.js';
import { compiledLibrary } from './compile/compiledLibrary.js';
import type { Library } from './library.js';
import { NONE } from './none.js';

/**
 * The policies of the jurisdiction a caller named by GB/T 2260 code, slug (any case) or one of its
 * names as the policy data lists them, in the library's order. Empty when nothing matches.
 */
export function policiesOfJurisdiction(library: Library, query: string): readonly Policy[] {
  const { byCodeOrName, bySlug } = compiledLibrary(library);
  const q = query.trim();
  const exact = byCodeOrName.get(q);
  const slug = bySlug.get(q.toLowerCase());
  if (!exact) return slug ?? NONE;
  // Stryker disable next-line ConditionalExpression: `slug === exact` is a shortcut only (the two maps never share a list); the filter below gives `exact` then too.
  if (!slug || slug === exact) return exact;
  return library.policies.filter((p) => exact.includes(p) || slug.includes(p));
}
