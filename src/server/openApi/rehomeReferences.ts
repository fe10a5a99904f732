/**
 * A schema moved into an OpenAPI document's `components.schemas` under the name `owner`, with its own
 * references rewritten to resolve from the document's root: `#` (the schema itself) becomes
 * `#/components/schemas/<owner>` and `#/$defs/X` becomes `#/components/schemas/<owner>.X`, the name its
 * `$defs` entry is given. Any other reference (another document's, a component's) is left as it is.
 */
export function rehomeReferences(value: unknown, owner: string): never {
  if (Array.isArray(value)) return value.map((v) => rehomeReferences(v, owner)) as never;
  if (value === null || typeof value !== 'object') return value as never;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === '$ref' && typeof v === 'string' ? referenceTo(v, owner) : rehomeReferences(v, owner),
    ]),
  ) as never;
}

function referenceTo(ref: string, owner: string): string {
  if (ref === '#') return `#/components/schemas/${owner}`;
  const def = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  return def === undefined ? ref : `#/components/schemas/${owner}.${def}`;
}
