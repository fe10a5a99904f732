import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

describe('README', () => {
  it('the opening example gives what its comments say', () => {
    const r = evaluate(
      {
        kind: 'government_quality_award',
        level: 'national',
        prize: 'award',
        obtainedOn: '2024-05-10',
        recipient: { type: 'organization', registeredIn: '331000' },
      },
      '331000',
      '2024-06-01',
    );
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`r.total.text;          // '${r.total.text}'`);
    expect(readme).toContain(`r.awards[0]?.clause;   // '${r.awards[0]?.clause}'`);
    expect(readme).toContain(`r.awards[0]?.quote;    // '${r.awards[0]?.quote}'`);
    expect(readme).toContain(`r.warnings[0]?.code;   // '${r.warnings[0]?.code}'`);
    expect(r.total.text).toBe('150万元');
  });
  it('names the test command that CI runs', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(readme).toContain('npm ci && npm test');
    expect(ci).toContain('npm ci');
    expect(ci).toMatch(/^npm test$/m);
  });
});
