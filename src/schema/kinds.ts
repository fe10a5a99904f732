import { z } from 'zod';
import { bilingualSchema } from './primitives.js';

/**
 * One entry of the achievement vocabulary: a kind of achievement with its names, and the subtypes a
 * caller may give for it. The vocabulary is data (see `policies/vocabulary.ts`), shared by all policies.
 */
export const kindDefinitionSchema = z.strictObject({
  kind: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: bilingualSchema,
  /** What the kind covers, with the policy words it stands for. */
  description: bilingualSchema,
  subtypes: z
    .array(z.strictObject({ subtype: z.string().regex(/^[a-z][a-z0-9_]*$/), label: bilingualSchema }))
    .optional(),
});
/** See {@link kindDefinitionSchema}. */
export type KindDefinition = z.infer<typeof kindDefinitionSchema>;
