import { z } from 'zod';
import {
  achievementSchema,
  compareRequestSchema,
  evaluateOptionsSchema,
  evaluateRequestSchema,
  kindDefinitionSchema,
} from '../index.js';

/**
 * The JSON Schemas the service publishes at `/v1/schemas/{name}`, each generated from the zod schema
 * the code validates with (`z.toJSONSchema`, input side: what a caller sends).
 */
const SCHEMAS: Readonly<Record<string, z.core.$ZodType>> = {
  achievement: achievementSchema,
  request: evaluateRequestSchema,
  'compare-request': compareRequestSchema,
  options: evaluateOptionsSchema,
  kind: kindDefinitionSchema,
};

/** The names `/v1/schemas/{name}` answers to. */
export const PUBLISHED_SCHEMA_NAMES = Object.keys(SCHEMAS);

const cache = new Map<string, object>();

/** A published JSON Schema by name, or `undefined`. Generated once, then reused. */
export function publishedSchema(name: string): object | undefined {
  if (!Object.hasOwn(SCHEMAS, name)) return undefined;
  let schema = cache.get(name);
  if (!schema) {
    schema = z.toJSONSchema(SCHEMAS[name] as z.core.$ZodType, { io: 'input', unrepresentable: 'any' });
    cache.set(name, schema);
  }
  return schema;
}
