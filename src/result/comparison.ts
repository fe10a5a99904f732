import { z } from 'zod';
import type { EvaluationResult } from './types.js';

/**
 * What `compare` returns: one evaluation result per jurisdiction, in the order asked.
 * Each element is an `EvaluationResult`, checked here only as an object with its jurisdiction and total.
 */
export const comparisonSchema = z.array(
  z.custom<EvaluationResult>(
    (v) => typeof v === 'object' && v !== null && 'jurisdiction' in v && 'total' in v && 'policy' in v,
  ),
);
/** See {@link comparisonSchema}. */
export type Comparison = z.infer<typeof comparisonSchema>;
