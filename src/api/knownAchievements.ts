import { compiledLibrary } from '../engine/compile/compiledLibrary.js';
import type { Library } from '../engine/library.js';
import type { Achievement } from '../schema/achievement.js';
import { LIMITS } from '../schema/limits.js';
import type * as core from 'zod/v4/core';
import { anyKindAchievementSchema, anyKindPortfolioSchema } from '../schema/achievement.js';
import { generatedValidator, UNDECIDED } from '../schema/generatedValidator.js';
import { fieldsPresentParse, parseFieldsPresent } from './fieldsPresentParser.js';

/** The achievement schema's generated validator: the quickest path for an achievement that is valid. */
const validateAchievement = generatedValidator(anyKindAchievementSchema);
/** The portfolio schema's: for its issues alone (each achievement is validated by the one above). */
const validatePortfolio = generatedValidator(anyKindPortfolioSchema);

/** What the fast path found. */
export interface KnownAchievements {
  /** The achievements, when shown valid; otherwise the full schema must run. */
  readonly known: { readonly success: true; readonly data: Achievement | Achievement[] } | undefined;
  /** True when the fields alone (any kind) are valid: the full path need not parse them again. */
  readonly fieldsValid: boolean;
  /** True when the fields alone were shown invalid: the full schema is sure to fail as well. */
  readonly invalid: boolean;
  /**
   * True when the fields failed but every `kind` and `subtype` is one the vocabulary knows: then the
   * per-kind half of the full schema has nothing to add, and the fields' own issues are all of them, so
   * the error path need not run the intersection and the union over the kinds.
   */
  readonly fieldsDecide: boolean;
  /**
   * With `fieldsDecide`: the fields' issues, as the full fields schema (of one achievement, or of the
   * portfolio) would report them, so the error path does not parse the input again.
   */
  readonly fieldsIssues?: readonly core.$ZodIssue[];
}

/**
 * The fast path of the boundary, for input that is valid: one strict parse of the fields (no
 * intersection, no union over the kinds; first with a parser for just the fields present), then the
 * kind and subtype looked up in the compiled vocabulary. Whatever passes here also passes the full per-vocabulary schema, with the same output
 * (the intersection's output is its fields half, key for key). When it is not shown valid, the caller
 * runs the full schema, which names every problem exactly as before.
 */
export function knownAchievements(library: Library, achievement: unknown, portfolio: boolean): KnownAchievements {
  if (portfolio) {
    const length = (achievement as unknown[]).length;
    if (length < 1 || length > LIMITS.achievements) return notShownValid(false);
    const { subtypesOfKind } = compiledLibrary(library);
    const items = achievement as readonly unknown[];
    const generated = eachParsed(items, generatedAchievement);
    const allKnown = generated === undefined && items.every((item) => known(subtypesOfKind, item));
    const located = allKnown ? validatePortfolio.issues(items) : UNDECIDED;
    if (located !== UNDECIDED) return locatedAs(located);
    const quick = generated ?? eachParsed(items, parseFieldsPresent);
    // Not shown valid here means the fields schema fails too (see parseFieldsPresent): no second parse.
    if (quick === undefined) return notShownValid(allKnown);
    if (quick.every((item) => known(subtypesOfKind, item))) return knownAs(quick);
    return { known: undefined, fieldsValid: true, invalid: true, fieldsDecide: false };
  }
  const { subtypesOfKind } = compiledLibrary(library);
  const generated = validateAchievement(achievement);
  if (generated !== UNDECIDED) {
    // The fields are valid: as below, the kind and subtype decide.
    if (known(subtypesOfKind, generated)) return knownAs(generated);
    return { known: undefined, fieldsValid: true, invalid: true, fieldsDecide: false };
  }
  // The kind known, zod's issues of the fields are all there are: found, where the validator can tell,
  // with zod run on the failing fields alone.
  const kindKnown = known(subtypesOfKind, achievement);
  const located = kindKnown ? validateAchievement.issues(achievement) : UNDECIDED;
  if (located !== UNDECIDED) return locatedAs(located);
  const parsed = fieldsPresentParse(achievement);
  if (parsed?.success === false && kindKnown) return locatedAs(parsed.issues);
  if (parsed?.success !== true) return notShownValid(kindKnown);
  const quick = parsed.data;
  if (known(subtypesOfKind, quick)) return knownAs(quick);
  return { known: undefined, fieldsValid: true, invalid: true, fieldsDecide: false };
}

/** The fields were not shown valid; `fieldsDecide` as {@link KnownAchievements} says. (A literal, not a spread: V8 copies a spread slowly.) */
function notShownValid(fieldsDecide: boolean): KnownAchievements {
  return { known: undefined, fieldsValid: false, invalid: true, fieldsDecide };
}

/** The fields refused, with zod's issues as the fields schema reports them: `fieldsDecide` (see above). */
function locatedAs(fieldsIssues: readonly core.$ZodIssue[]): KnownAchievements {
  return { known: undefined, fieldsValid: false, invalid: true, fieldsDecide: true, fieldsIssues };
}

/** Valid achievements found by the quickest path (see {@link parseFieldsPresent}). */
function knownAs(data: Achievement | Achievement[]): KnownAchievements {
  return { known: { success: true, data }, fieldsValid: true, invalid: false, fieldsDecide: false };
}

/** Each achievement of a portfolio by `parse`; `undefined` as soon as one does not pass. */
function eachParsed(
  items: readonly unknown[],
  parse: (item: unknown) => Achievement | undefined,
): Achievement[] | undefined {
  const out: Achievement[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = parse(items[i]);
    if (item === undefined) return undefined;
    out.push(item);
  }
  return out;
}

/** An achievement by the generated validator, when it vouches for it; `undefined` when undecided. */
function generatedAchievement(item: unknown): Achievement | undefined {
  const answer = validateAchievement(item);
  return answer === UNDECIDED ? undefined : answer;
}

/** True when `item` is an object whose `kind` (and `subtype`, if any) the vocabulary knows. */
function known(subtypesOfKind: ReadonlyMap<string, ReadonlySet<string>>, item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const { kind, subtype } = item as { kind?: unknown; subtype?: unknown };
  const subtypes = typeof kind === 'string' ? subtypesOfKind.get(kind) : undefined;
  // A subtype that is not a string is in no set of subtypes: `has` answers false, no type check needed.
  return subtypes !== undefined && (subtype === undefined || subtypes.has(subtype as string));
}
