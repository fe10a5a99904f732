/**
 * Writes the generated contract files (`npm run schemas`): `schemas/<name>.json` from the zod schemas,
 * and `policies/jurisdictionNames.generated.ts` from the policies. A test fails when one is stale, so a
 * change to a schema or a jurisdiction is committed together with what is generated from it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { library } from '../policies/index.js';
import { jsonSchemaFileText } from '../src/contract/jsonSchemaFile.js';
import { JSON_SCHEMA_NAMES, jsonSchema } from '../src/contract/jsonSchemas.js';
import { jurisdictionNamesFileText } from '../src/contract/jurisdictionNamesFile.js';

mkdirSync('schemas', { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(`schemas/${name}.json`, jsonSchemaFileText(jsonSchema(name)));
  process.stdout.write(`schemas/${name}.json\n`);
}
writeFileSync('policies/jurisdictionNames.generated.ts', jurisdictionNamesFileText(library));
process.stdout.write('policies/jurisdictionNames.generated.ts\n');
