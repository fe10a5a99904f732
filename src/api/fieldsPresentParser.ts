import type * as z from 'zod/mini';
import { type ParseOutcome, parseToIssues } from './parseToIssues.js';
import { boundedMemo } from '../memo/boundedMemo.js';
import { compiledStrictObject } from '../schema/compiledObject.js';
import { type Achievement, anyKindAchievementSchema } from '../schema/achievement.js';

const SHAPE = anyKindAchievementSchema._zod.def.shape as Readonly<Record<string, z.ZodMiniType>>;
const REQUIRED = Object.keys(SHAPE).filter((key) => SHAPE[key]?._zod.optin !== 'optional');
/** One bit per field of the shape: a set of fields present is one number (there are about thirty). */
const BIT_OF_FIELD: ReadonlyMap<string, number> = new Map(Object.keys(SHAPE).map((key, i) => [key, 2 ** i]));

/** Parsers already compiled, by the set of fields an achievement carries. Bounded: input shapes repeat. */
const parserFor = boundedMemo<z.ZodMiniType, number>(256);

/** What the parser for the fields present found: the achievement, or zod's issues with it. */
export type FieldsPresentParse = ParseOutcome<Achievement>;

/**
 * The fast path's parse of one achievement of any kind: zod's compiled parser for a strict object with
 * just the fields this achievement carries (and the required ones), instead of all thirty. An
 * achievement carries a handful; the compiled parser of the full shape spends most of its time on the
 * fields that are absent. Its verdict, output and issues are those of {@link anyKindAchievementSchema}
 * (same field schemas, in the same order; an absent optional field has nothing to say). An unknown
 * field, or an item that is not an object, gives `undefined`: only the full schemas can name those.
 */
export function fieldsPresentParse(item: unknown): FieldsPresentParse | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const keys = Object.keys(item);
  let fields = 0;
  for (let i = 0; i < keys.length; i++) {
    const bit = BIT_OF_FIELD.get(keys[i] as string);
    if (bit === undefined) return undefined;
    fields += bit;
  }
  const parser = parserFor(fields, () => {
    const present = new Set([...keys, ...REQUIRED]);
    const shape: Record<string, z.ZodMiniType> = {};
    // In the full shape's order, so the output's keys come in the same order as the full parse's.
    // Stryker disable next-line ConditionalExpression: a parser of every field gives the same verdict, output and issues (an absent optional field says nothing); only slower, which is why it is not used.
    for (const key of Object.keys(SHAPE)) if (present.has(key)) shape[key] = SHAPE[key] as z.ZodMiniType;
    return compiledStrictObject(shape);
  });
  return parseToIssues<Achievement>(parser, item, true);
}

/** {@link fieldsPresentParse}'s achievement when it is valid; `undefined` otherwise. */
export function parseFieldsPresent(item: unknown): Achievement | undefined {
  const parsed = fieldsPresentParse(item);
  return parsed?.success ? parsed.data : undefined;
}
