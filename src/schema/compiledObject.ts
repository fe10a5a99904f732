import * as z from 'zod/mini';
import * as core from 'zod/v4/core';

type Init = (inst: unknown, def: unknown) => void;

/** Parses an object gets by zod's generic walk before its parser is compiled: see below. */
const WALKED_PARSES = 100;
/**
 * `z.strictObject` of `zod/mini`, parsed by zod's compiled object parser. Classic zod's objects compile
 * their parser once (zod core's `$ZodObjectJIT`, a generated function specialised to the shape); mini's
 * objects walk the shape generically on every parse, which made the boundary most of each `evaluate`.
 * Same definition, same issues, same output; where a platform forbids `new Function` (a strict CSP), zod
 * falls back to the generic walk by itself.
 */
const ZodMiniCompiledObject: core.$constructor<z.ZodMiniObject> = /* @__PURE__ */ core.$constructor(
  'ZodMiniCompiledObject',
  (inst, def) => {
    // zod's generic walk first (this init runs once per trait, so the compiled init below keeps it as its fallback)
    (core.$ZodObject.init as Init)(inst, def);
    const walk = inst._zod.parse;
    (core.$ZodObjectJIT.init as Init)(inst, def);
    const compiled = inst._zod.parse;
    let parses = 0;
    // Tiered, as a JIT is: compiling the parser (generating its code, then `new Function`) costs about what a
    // thousand generic parses save, so an object parsed only a few times — the first call in a process, a
    // rare shape of input — is walked, and only one parsed often is compiled; then the compiled parser
    // takes the counting one's place: as the parser, and as the run too unless zod wrapped the parser in a
    // run that applies the object's checks (`.check(...)`), which then calls the compiled parser.
    const tiered: typeof compiled = (payload, ctx) => {
      if (++parses <= WALKED_PARSES) return walk(payload, ctx);
      inst._zod.parse = compiled;
      if (inst._zod.run === tiered) inst._zod.run = compiled;
      return compiled(payload, ctx);
    };
    inst._zod.parse = tiered;
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
