import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';

// Each test runs many generated cases: seconds on a busy machine, well past the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * A list far beyond any real portfolio is refused with a typed error naming the field, before it is
 * walked: a sparse array of length 2^32 − 1 (one real element) must not take the process down.
 *
 * Before the limits (LIMITS), zod walked every hole of such an array until the heap ran out. Each case
 * runs in a child process with a small heap, so that a crash fails this test rather than the suite.
 */
function refusal(script: string): { status: number | null; out: string } {
  const code = `
    import { evaluate, QualityRewardsError } from './src/index.ts';
    const a = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
    const sparse = new Array(2 ** 32 - 1);
    sparse[0] = a;
    try { ${script}; console.log('accepted'); }
    catch (e) { console.log(e instanceof QualityRewardsError ? 'refused ' + e.issues[0].code + ' ' + e.issues[0].path.join('.') : 'raw ' + e); }`;
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', code],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { status: child.status, out: child.stdout.trim() };
}

describe('a sparse list of length 2^32 − 1', () => {
  it('as the portfolio: refused, naming achievement', () => {
    const { status, out } = refusal(`evaluate(sparse, '410100', '2024-06-01')`);
    expect({ status, out: out.replace(/ .*/, '') }).toEqual({ status: 0, out: 'refused' });
    expect(out).toMatch(/ achievement/);
  });

  it('as the history: refused, naming options.history', () => {
    const { status, out } = refusal(`evaluate(a, '410100', '2024-06-01', { history: sparse })`);
    expect({ status, out: out.replace(/ .*/, '') }).toEqual({ status: 0, out: 'refused' });
    expect(out).toMatch(/ options\.history/);
  });
});
