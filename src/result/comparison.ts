import { z } from 'zod';
import { evaluationResultSchema } from './types.js';

/** What `compare` returns: one evaluation result per jurisdiction, in the order asked. */
export const comparisonSchema = z.array(evaluationResultSchema);
/** See {@link comparisonSchema}. */
export type Comparison = z.infer<typeof comparisonSchema>;
