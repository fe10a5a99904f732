const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/**
 * The rule ids of a list in the policy data (a stacking rule's members, an addition's bases) as a set,
 * built once per list: policy data is frozen, so the list itself is the key, and no call rebuilds it.
 */
export function idSet(list: readonly string[] | undefined): ReadonlySet<string> {
  if (list === undefined) return EMPTY;
  let set = sets.get(list);
  if (set === undefined) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}
