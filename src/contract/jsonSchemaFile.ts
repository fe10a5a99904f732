import type { JsonSchema } from './jsonSchemas.js';

/** The text of a shipped `schemas/*.json` file: two-space JSON and a final newline. */
export function jsonSchemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
