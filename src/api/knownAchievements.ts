import { compiledLibrary } from '../engine/compile/compiledLibrary.js';
import type { Library } from '../engine/library.js';
import { type Achievement, anyKindAchievementSchema, anyKindPortfolioSchema } from '../schema/achievement.js';
import { LIMITS } from '../schema/limits.js';

type FieldsParse =
  ReturnType<typeof anyKindAchievementSchema.safeParse> | ReturnType<typeof anyKindPortfolioSchema.safeParse>;

/** What the fast path found. */
export interface KnownAchievements {
  /** The achievements, when shown valid; otherwise the full schema must run. */
  readonly known: { readonly success: true; readonly data: Achievement | Achievement[] } | undefined;
  /** The parse of the fields alone (any kind), when it ran and passed: the full path need not parse them again. */
  readonly fields: FieldsParse | undefined;
  /** True when the fields alone were shown invalid: the full schema is sure to fail as well. */
  readonly invalid: boolean;
}

/**
 * The fast path of the boundary, for input that is valid: one strict parse of the fields (no
 * intersection, no union over the kinds), then the kind and subtype looked up in the compiled
 * vocabulary. Whatever passes here also passes the full per-vocabulary schema, with the same output
 * (the intersection's output is its fields half, key for key). When it is not shown valid, the caller
 * runs the full schema, which names every problem exactly as before.
 */
export function knownAchievements(library: Library, achievement: unknown, portfolio: boolean): KnownAchievements {
  if (portfolio) {
    const length = (achievement as unknown[]).length;
    if (length < 1 || length > LIMITS.achievements) return { known: undefined, fields: undefined, invalid: true };
    const parsed = anyKindPortfolioSchema.safeParse(achievement);
    if (!parsed.success) return { known: undefined, fields: undefined, invalid: true };
    const { subtypesOfKind } = compiledLibrary(library);
    for (const item of parsed.data) {
      if (!known(subtypesOfKind, item)) return { known: undefined, fields: parsed, invalid: true };
    }
    return { known: parsed, fields: parsed, invalid: false };
  }
  const parsed = anyKindAchievementSchema.safeParse(achievement);
  if (!parsed.success) return { known: undefined, fields: undefined, invalid: true };
  const isKnown = known(compiledLibrary(library).subtypesOfKind, parsed.data);
  return { known: isKnown ? parsed : undefined, fields: parsed, invalid: !isKnown };
}

function known(subtypesOfKind: ReadonlyMap<string, ReadonlySet<string>>, item: Achievement): boolean {
  const subtypes = subtypesOfKind.get(item.kind);
  return subtypes !== undefined && (item.subtype === undefined || subtypes.has(item.subtype));
}
