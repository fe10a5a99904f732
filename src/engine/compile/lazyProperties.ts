/**
 * `target` frozen, with `keys` as read-only properties built together by `build` the first time one is
 * read: for lookups no call reads (tests, tools), so that no call pays for building them. Accessors
 * defined on the object made, not written in its literal: V8 keeps an object literal with a getter in its
 * slow (dictionary) mode, and every call reads the target's other properties.
 */
export function withLazyProperties<T extends object, K extends string>(
  target: T,
  keys: readonly K[],
  build: () => Record<K, unknown>,
): T {
  let built: Record<K, unknown> | undefined;
  for (const key of keys) Object.defineProperty(target, key, { get: () => (built ??= build())[key], enumerable: true });
  return Object.freeze(target);
}
