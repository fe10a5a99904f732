import * as z from 'zod/mini';
import * as core from 'zod/v4/core';

/**
 * `z.strictObject` of `zod/mini`, parsed by zod's compiled object parser. Classic zod's objects compile
 * their parser once (zod core's `$ZodObjectJIT`, a generated function specialised to the shape); mini's
 * objects walk the shape generically on every parse, which made the boundary most of each `evaluate`.
 * Same definition, same issues, same output; where a platform forbids `new Function` (a strict CSP), zod
 * falls back to the generic walk by itself.
 */
type Init = (inst: unknown, def: unknown) => void;
const ZodMiniCompiledObject: core.$constructor<z.ZodMiniObject> = /* @__PURE__ */ core.$constructor(
  'ZodMiniCompiledObject',
  (inst, def) => {
    (core.$ZodObjectJIT.init as Init)(inst, def);
    (z.ZodMiniType.init as Init)(inst, def);
    // As mini's own objects do: `schema.shape` reads the definition's shape.
    Object.defineProperty(inst, 'shape', { get: () => def.shape, enumerable: false, configurable: true });
  },
);

/** A strict object schema (unknown keys are an issue) with a compiled parser: see above. */
export function compiledStrictObject<const Shape extends core.$ZodShape>(
  shape: Shape,
): z.ZodMiniObject<Shape, core.$strict> {
  return new ZodMiniCompiledObject({
    type: 'object',
    shape,
    catchall: z.never(),
  }) as unknown as z.ZodMiniObject<Shape, core.$strict>;
}
