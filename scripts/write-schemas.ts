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
import { fixtureJsonSchema } from '../src/fixtures/fixtureJsonSchema.js';

mkdirSync('schemas', { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(`schemas/${name}.json`, jsonSchemaFileText(jsonSchema(name)));
  process.stdout.write(`schemas/${name}.json\n`);
}
// The fixture format (`quality-rewards test`), beside the achievement.json it refers to.
writeFileSync('schemas/fixture.json', jsonSchemaFileText(fixtureJsonSchema()));
process.stdout.write('schemas/fixture.json\n');
writeFileSync('policies/jurisdictionNames.generated.ts', jurisdictionNamesFileText(library));
process.stdout.write('policies/jurisdictionNames.generated.ts\n');
