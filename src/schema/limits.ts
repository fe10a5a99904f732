/**
 * How much one call may carry. Each limit is far above any real applicant's claim (the largest
 * policy has fewer than 200 rules) and low enough that validation stays in milliseconds and memory in
 * megabytes. They are checked before any deep walk of the input, in constant time for a list (its
 * `length` is read, not its elements), so a huge or sparse array is refused at once with `too_large`.
 */
export const LIMITS = Object.freeze({
  /** Achievements in one portfolio. */
  achievements: 10_000,
  /** Entries in `options.history`. */
  historyEntries: 100_000,
  /** Characters in any string field (ids, kinds, subtypes, jurisdiction). */
  stringLength: 200,
  /** Depth of nesting below an argument (a valid achievement nests 2 deep, a history 3). */
  depth: 8,
  /** Objects, arrays and values visited in one argument, counting a shared sub-object once. */
  nodes: 2_000_000,
  /** Issues listed in one error; past it, one more issue says how many were left out. */
  issues: 100,
});
/** See {@link LIMITS}. */
export type Limits = typeof LIMITS;
