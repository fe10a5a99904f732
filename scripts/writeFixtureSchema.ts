// Writes schemas/fixture.json from the fixture format's zod schema: `npx tsx scripts/writeFixtureSchema.ts`.
// test/fixtures/fixture-json-schema.test.ts fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fixtureJsonSchema } from '../src/fixtures/fixtureJsonSchema.js';

writeFileSync(new URL('../schemas/fixture.json', import.meta.url), `${JSON.stringify(fixtureJsonSchema(), null, 2)}\n`);
