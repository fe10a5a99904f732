/**
 * Writes `schemas/<name>.json` from the zod schemas (`npm run schemas`). A test fails when a file is
 * stale, so a change to a schema is committed together with its JSON Schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { JSON_SCHEMA_NAMES, jsonSchema } from '../src/contract/jsonSchemas.js';
import { jsonSchemaFileText } from '../src/contract/jsonSchemaFile.js';

mkdirSync('schemas', { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(`schemas/${name}.json`, jsonSchemaFileText(jsonSchema(name)));
  process.stdout.write(`schemas/${name}.json\n`);
}
