import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policy } from '../policies/entries/changle-2020.js';
import { vocabulary } from '../policies/entries/vocabulary.js';
import { createEvaluator } from '../src/api/createEvaluator.js';
import { bundledLibrary } from '../src/engine/bundledLibrary.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README, performance: one city on its own', () => {
  it('the one-city evaluator gives what its comment says', () => {
    const { evaluate } = createEvaluator(bundledLibrary({ kinds: vocabulary, policies: [policy] }));
    const r = evaluate(
      { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
      '350112',
      '2024-06-01',
    );
    expect(readme).toContain("import { bundledLibrary, createEvaluator } from 'quality-rewards/engine';");
    expect(readme).toContain("import { vocabulary } from 'quality-rewards/vocabulary';");
    expect(readme).toContain("import { policy } from 'quality-rewards/policies/changle-2020';");
    expect(readme).toContain(
      'const { evaluate } = createEvaluator(bundledLibrary({ kinds: vocabulary, policies: [policy] }));',
    );
    expect(readme).toContain(`.total.text; // '${r.total.text}'`);
    expect(r.total.text).toBe('200万元');
  });
  it('names the benchmark command', () => {
    expect(readme).toContain('npm run bench');
  });
});
