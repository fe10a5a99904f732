// Imports the built package through its own name and `exports` map, as an ESM caller would.
import assert from 'node:assert/strict';
import { evaluate, listPolicies, QualityRewardsError } from 'quality-rewards';

const r = evaluate(
  { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
  '350112',
  '2024-06-01',
);
assert.equal(r.total.fen, 200_000_000);
assert.ok(listPolicies().length >= 1);
assert.throws(() => evaluate({ kind: 'x', obtainedOn: '2024-01-01' }, 'atlantis', '2024-06-01'), QualityRewardsError);
// The JSON Schemas ship through the exports map, and say the same as jsonSchema().
import { createRequire } from 'node:module';
import { jsonSchema } from 'quality-rewards';
assert.deepEqual(createRequire(import.meta.url)('quality-rewards/schemas/result.json'), jsonSchema('result'));
console.log('esm smoke: ok');

// The built CLI runs and answers.
import { spawnSync } from 'node:child_process';
const cli = spawnSync(process.execPath, [new URL('../../dist/cli.js', import.meta.url).pathname, 'policies'], {
  encoding: 'utf8',
});
assert.equal(cli.status, 0, cli.stderr);
assert.ok(JSON.parse(cli.stdout).some((p) => p.id === 'changle-2020'));
console.log('cli smoke: ok');

// The built CLI reads its version from the package's own package.json (the path src/cli.ts gives it).
import { readFileSync } from 'node:fs';
const version = spawnSync(process.execPath, [new URL('../../dist/cli.js', import.meta.url).pathname, '--version'], {
  encoding: 'utf8',
});
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
assert.deepEqual([version.status, version.stdout, version.stderr], [0, `${packageJson.version}\n`, '']);
console.log('cli --version smoke: ok');
