import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema.js';
import { evaluationResultSchema } from './types.js';

/** What `compare` returns: one evaluation result per jurisdiction, in the order asked. */
export const comparisonSchema = /* @__PURE__ */ lazySchema(() => z.array(evaluationResultSchema));
/** See {@link comparisonSchema}. */
export type Comparison = z.infer<typeof comparisonSchema>;
