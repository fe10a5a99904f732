import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused, totalYuan } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

describe('就高 within the same project (scope same_project)', () => {
  const policy = syntheticPolicy({
    rules: [fixedRule('big', 'laboratory_accreditation', 500_000), fixedRule('small', 'key_project', 100_000)],
    stacking: [
      { type: 'highest_only', id: 'pool', clause: 'S', quote: 'S', rules: ['big', 'small'], scope: 'same_project' },
    ],
  });
  const { evaluate } = evaluatorFor(policy);
  const big = (projectId?: string) => ({
    kind: 'laboratory_accreditation',
    obtainedOn: '2024-01-01',
    ...(projectId ? { projectId } : {}),
  });
  const small = (projectId?: string) => ({
    kind: 'key_project',
    obtainedOn: '2024-02-01',
    ...(projectId ? { projectId } : {}),
  });

  it('one project: only the highest is paid', () => {
    const r = evaluate([small('p1'), big('p1')], 'testcity', '2025-01-01');
    expect(paid(r)).toEqual({ big: 500_000 });
    expect(refused(r)).toEqual({ small: 'stacking_highest_only' });
  });

  it('two projects: each is its own scope', () => {
    expect(totalYuan(evaluate([small('p1'), big('p2')], 'testcity', '2025-01-01'))).toBe(600_000);
  });

  it('no projectId: each achievement is a scope of its own', () => {
    expect(totalYuan(evaluate([small(), big()], 'testcity', '2025-01-01'))).toBe(600_000);
  });

  it('history under the same project is deducted; history of another project is not', () => {
    const history = (projectId: string) => [
      { policyId: 'test-city', ruleId: 'small', amountYuan: 100_000, obtainedOn: '2023-01-01', projectId },
    ];
    expect(totalYuan(evaluate(big('p1'), 'testcity', '2025-01-01', { history: history('p1') }))).toBe(400_000);
    expect(totalYuan(evaluate(big('p1'), 'testcity', '2025-01-01', { history: history('p2') }))).toBe(500_000);
  });

  it('history without a project is never in an achievement’s scope', () => {
    const history = [{ policyId: 'test-city', ruleId: 'small', amountYuan: 100_000, obtainedOn: '2023-01-01' }];
    expect(totalYuan(evaluate(big(), 'testcity', '2025-01-01', { history }))).toBe(500_000);
  });
});
