// Requires the built package through its own name and `exports` map, as a CommonJS caller would.
const assert = require('node:assert/strict');
const { evaluate, QualityRewardsError } = require('quality-rewards');

const r = evaluate(
  { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
  '长乐区',
  '2024-06-01',
);
assert.equal(r.total.text, '200万元');
assert.throws(() => evaluate({ kind: 'x', obtainedOn: '2023-02-30' }, '350112', '2024-06-01'), QualityRewardsError);
console.log('cjs smoke: ok');
