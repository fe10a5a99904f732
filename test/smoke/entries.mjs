// The per-policy entry points, through the package's own `exports` map: one city's evaluator built from
// the engine, the vocabulary and one policy, in ESM and in CommonJS, sharing the main entry's classes.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { bundledLibrary, createEvaluator, QualityRewardsError } from 'quality-rewards/engine';
import { vocabulary } from 'quality-rewards/vocabulary';
import { policy } from 'quality-rewards/policies/changle-2020';
import * as main from 'quality-rewards';

const { evaluate, listPolicies } = createEvaluator(bundledLibrary({ kinds: vocabulary, policies: [policy] }));
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
assert.equal(evaluate(cqa, '350112', '2024-06-01').total.text, '200万元');
assert.deepEqual(evaluate(cqa, '350112', '2024-06-01'), main.evaluate(cqa, '350112', '2024-06-01'));
assert.deepEqual(
  listPolicies().map((p) => p.id),
  ['changle-2020'],
);
assert.throws(() => evaluate(cqa, '410100', '2024-06-01'), QualityRewardsError);
assert.equal(QualityRewardsError, main.QualityRewardsError);

const require = createRequire(import.meta.url);
const cjs = require('quality-rewards/engine');
const cjsPolicy = require('quality-rewards/policies/zhengzhou-2019').policy;
const cjsVocabulary = require('quality-rewards/vocabulary').vocabulary;
const zz = cjs.createEvaluator(cjs.bundledLibrary({ kinds: cjsVocabulary, policies: [cjsPolicy] }));
assert.ok(zz.evaluate(cqa, '410100', '2024-06-01').total.fen > 0);
assert.equal(cjs.QualityRewardsError, require('quality-rewards').QualityRewardsError);
console.log('entries smoke: ok');
