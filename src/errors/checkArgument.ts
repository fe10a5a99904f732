import type { z } from 'zod/mini';
import { fromZodIssues } from './fromZodIssues.js';
import { throwIfAny } from './QualityRewardsError.js';

/**
 * Checks an argument of an exported function against its schema, so that a wrong argument (`null`,
 * `{}`) is a {@link QualityRewardsError} naming it, never a raw `TypeError` from deep inside.
 */
export function checkArgument(schema: z.core.$ZodType, value: unknown, name: string): void {
  const parsed = (schema as z.ZodMiniType).safeParse(value, { reportInput: true });
  if (!parsed.success) throwIfAny(fromZodIssues(parsed.error.issues, [name]));
}
