import { compiledLibrary } from '../engine/compile/compiledLibrary.js';
import type { Library } from '../engine/library.js';
import { type Achievement, anyKindAchievementSchema, anyKindPortfolioSchema } from '../schema/achievement.js';
import { LIMITS } from '../schema/limits.js';

/**
 * The fast path of the boundary, for input that is valid: one strict parse of the fields (no
 * intersection, no union over the kinds), then the kind and subtype looked up in the compiled
 * vocabulary. Whatever passes here also passes the full per-vocabulary schema, with the same output
 * (the intersection's output is its fields half, key for key). `undefined` means "not shown valid":
 * the caller then runs the full schema, which names every problem exactly as before.
 */
export function knownAchievements(
  library: Library,
  achievement: unknown,
  portfolio: boolean,
): { readonly success: true; readonly data: Achievement | Achievement[] } | undefined {
  if (portfolio) {
    const length = (achievement as unknown[]).length;
    if (length < 1 || length > LIMITS.achievements) return undefined;
    const parsed = anyKindPortfolioSchema.safeParse(achievement);
    if (!parsed.success) return undefined;
    const { subtypesOfKind } = compiledLibrary(library);
    for (const item of parsed.data) if (!known(subtypesOfKind, item)) return undefined;
    return parsed;
  }
  const parsed = anyKindAchievementSchema.safeParse(achievement);
  if (!parsed.success || !known(compiledLibrary(library).subtypesOfKind, parsed.data)) return undefined;
  return parsed;
}

function known(subtypesOfKind: ReadonlyMap<string, ReadonlySet<string>>, item: Achievement): boolean {
  const subtypes = subtypesOfKind.get(item.kind);
  return subtypes !== undefined && (item.subtype === undefined || subtypes.has(item.subtype));
}
