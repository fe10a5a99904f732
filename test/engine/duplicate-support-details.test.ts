import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** 不得重复享受 (duplicate_support) as a primitive: which history entries are another policy's payment for the same matter. */
describe('duplicate_support: the payments it looks at', () => {
  const { evaluate } = evaluatorFor(
    syntheticPolicy({
      rules: [fixedRule('big', 'laboratory_accreditation', 500_000)],
      stacking: [
        { type: 'duplicate_support', id: 'dup', clause: 'D', quote: 'D', region: '990100', settle: 'not_paid' },
      ],
    }),
  );
  const lab = (projectId?: string) => ({
    kind: 'laboratory_accreditation',
    obtainedOn: '2024-01-01',
    ...(projectId ? { projectId } : {}),
  });
  const entry = (policyId: string, projectId?: string) => ({
    policyId,
    ruleId: 'big',
    amountYuan: 100_000,
    obtainedOn: '2023-01-01',
    jurisdiction: '990100',
    ...(projectId ? { projectId } : {}),
  });

  it('another policy of the region paid the same matter → not paid', () => {
    const r = evaluate(lab('P'), 'testcity', '2024-06-01', { history: [entry('other-fund', 'P')] });
    expect(refused(r)).toEqual({ big: 'duplicate_support' });
  });
  it('this policy’s own earlier payment for the matter is not another policy’s → paid', () => {
    const r = evaluate(lab('P'), 'testcity', '2024-06-01', { history: [entry('test-city', 'P')] });
    expect(paid(r)).toEqual({ big: 500_000 });
  });
  it('neither the payment nor the achievement names a matter (no projectId) → not the same matter, paid', () => {
    const r = evaluate(lab(), 'testcity', '2024-06-01', { history: [entry('other-fund')] });
    expect(paid(r)).toEqual({ big: 500_000 });
  });
});
