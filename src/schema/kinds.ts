import * as z from 'zod/mini';
import { type Bilingual, bilingualSchema } from './primitives.js';
import { lazySchema, lazyValue } from './lazySchema.js';

/** Shared by the kind and subtype fields, so built once. */
const identifierSchema = /* @__PURE__ */ lazyValue(() =>
  z.string().check(z.regex(/^[a-z][a-z0-9_]*$/), z.maxLength(100)),
);

/**
 * One entry of the achievement vocabulary: a kind of achievement with its names, and the subtypes a
 * caller may give for it. The vocabulary is data (see `policies/vocabulary.ts`), shared by all policies.
 */
export const kindDefinitionSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    kind: identifierSchema(),
    label: bilingualSchema,
    /** What the kind covers, with the policy words it stands for. */
    description: bilingualSchema,
    subtypes: z.optional(
      z.array(z.strictObject({ subtype: identifierSchema(), label: bilingualSchema })).check(z.minLength(1)),
    ),
  }),
);
/** See {@link kindDefinitionSchema}. */
export type KindDefinition = z.infer<typeof kindDefinitionSchema>;

/** The whole vocabulary: a list of kinds. */
export const vocabularySchema = /* @__PURE__ */ lazySchema(() => z.readonly(z.array(kindDefinitionSchema)));

/**
 * The shape of a vocabulary as data, kept literal (`as const`) so that the kinds and subtypes it
 * names become types: the achievement type of an evaluator is computed from its vocabulary.
 */
export interface VocabularyEntry {
  readonly kind: string;
  readonly label: Readonly<Bilingual>;
  readonly description: Readonly<Bilingual>;
  readonly subtypes?: readonly { readonly subtype: string; readonly label: Readonly<Bilingual> }[];
}
/** See {@link VocabularyEntry}. */
export type Vocabulary = readonly VocabularyEntry[];

/** The kinds a vocabulary names, as a union of literals. */
export type KindOf<V extends Vocabulary> = V[number]['kind'];

/**
 * The subtypes a vocabulary allows for `K`, as a union of literals (`never` for a kind without any;
 * `string` when the vocabulary is not known at compile time).
 */
export type SubtypeOf<V extends Vocabulary, K extends string> = string extends K
  ? string
  : Extract<V[number], { readonly kind: K }> extends infer E
    ? E extends { readonly subtypes: readonly { readonly subtype: infer S }[] }
      ? S
      : never
    : never;
