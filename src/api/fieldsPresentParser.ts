import type * as z from 'zod/mini';
import { boundedMemo } from '../memo/boundedMemo.js';
import { compiledStrictObject } from '../schema/compiledObject.js';
import { type Achievement, anyKindAchievementSchema } from '../schema/achievement.js';

const SHAPE = anyKindAchievementSchema._zod.def.shape as Readonly<Record<string, z.ZodMiniType>>;
const FIELDS = new Set(Object.keys(SHAPE));
const REQUIRED = Object.keys(SHAPE).filter((key) => SHAPE[key]?._zod.optin !== 'optional');

/** Parsers already compiled, by the fields an achievement carries. Bounded: input shapes repeat. */
const parserFor = boundedMemo<z.ZodMiniType>(256);

/**
 * The fast path's parse of one achievement of any kind: zod's compiled parser for a strict object with
 * just the fields this achievement carries (and the required ones), instead of all thirty. An
 * achievement carries a handful; the compiled parser of the full shape spends most of its time on the
 * fields that are absent. Whatever passes here passes {@link anyKindAchievementSchema} with the same
 * output, key for key (same field schemas, same order); anything else — an unknown field, a missing
 * required one, a bad value — returns `undefined`, and the caller parses with the full schemas, which
 * name every problem.
 */
export function parseFieldsPresent(item: unknown): Achievement | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const keys = Object.keys(item);
  for (let i = 0; i < keys.length; i++) if (!FIELDS.has(keys[i] as string)) return undefined;
  const parser = parserFor(keys.join(','), () => {
    const present = new Set([...keys, ...REQUIRED]);
    const shape: Record<string, z.ZodMiniType> = {};
    // In the full shape's order, so the output's keys come in the same order as the full parse's.
    for (const key of Object.keys(SHAPE)) if (present.has(key)) shape[key] = SHAPE[key] as z.ZodMiniType;
    return compiledStrictObject(shape);
  });
  const parsed = parser.safeParse(item);
  return parsed.success ? (parsed.data as Achievement) : undefined;
}
