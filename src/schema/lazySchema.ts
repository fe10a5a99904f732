import * as core from 'zod/v4/core';

/**
 * An exported zod schema that is built the first time anything reads it.
 *
 * Why: the package exports well over a hundred zod schemas — the result and listing contracts, the policy
 * model, the input schemas — and building them at import was most of the import after zod itself (zod's
 * constructors, and the first run of each of zod's code paths), though a caller who only evaluates reads
 * few of them. An ES module cannot export a getter, so each export is an empty object whose prototype
 * stands in for the schema: the first read of any property (`parse`, `_zod`, `shape`; also `instanceof`
 * and `in`) builds the schema and makes that very object the schema, by running the schema's own zod
 * constructor on it (`new` without the allocation). From then on it is an ordinary zod schema — no proxy
 * on the evaluate path, and one identity for zod's JSON Schema and for every schema built from it.
 *
 * The build runs the builder once and constructs its result's kind again on the exported object, from the
 * same definition (the same child schemas), keeping its parent link (`.min(1)` and the like record one).
 * A builder must return a new schema, not another export (that one keeps its own identity). What two
 * builders share must be built once, with {@link lazyValue}.
 */
export function lazySchema<T extends object>(build: () => T): T {
  const schema = {} as T;
  let building = false;
  const materialize = (): void => {
    if (building) throw new Error('lazySchema: a schema read itself while it was being built');
    building = true;
    try {
      const built = build() as unknown as core.$ZodType;
      const internals = built._zod;
      Object.setPrototypeOf(schema, Object.getPrototypeOf(built));
      (internals.constr as unknown as (this: unknown, def: unknown) => unknown).call(schema, internals.def);
      // Stryker disable next-line ConditionalExpression: zod reads `_zod.parent` only as truthy (its registry, its JSON Schema), so a parent set to undefined is no parent, as an absent one is.
      if (internals.parent) (schema as unknown as core.$ZodType)._zod.parent = internals.parent;
      const meta = core.globalRegistry.get(built);
      if (meta) core.globalRegistry.add(schema as unknown as core.$ZodType, meta);
    } finally {
      building = false;
    }
  };
  // Reached only while the schema is unbuilt: afterwards the schema's prototype is its kind's own.
  const standIn = new Proxy(Object.create(null) as object, {
    get: (_, key, receiver) => {
      materialize();
      return Reflect.get(schema, key, receiver);
    },
    set: (_, key, value, receiver) => {
      materialize();
      return Reflect.set(schema, key, value, receiver);
    },
    has: (_, key) => {
      materialize();
      return Reflect.has(schema, key);
    },
  });
  Object.setPrototypeOf(schema, standIn);
  return schema;
}

/** A value computed once, the first time it is asked for: for what two lazily built schemas share. */
export function lazyValue<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
