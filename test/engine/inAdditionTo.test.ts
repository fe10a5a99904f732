import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const ON = '2025-06-01';
const policy = syntheticPolicy({
  rules: [
    fixedRule('base', 'standard_drafting', 800_000, {
      match: { kind: 'standard_drafting', level: 'industry' },
      conditions: [{ type: 'rank_between', min: 1, max: 1 }],
    }),
    fixedRule('extra', 'standard_drafting', 200_000, {
      match: { kind: 'standard_drafting', level: 'industry' },
      inAdditionTo: { rules: ['base'], quote: '追加' },
    }),
  ],
});
const { evaluate } = evaluatorFor(policy);
const drafting = (facts: Record<string, unknown> = {}) =>
  ({ kind: 'standard_drafting', level: 'industry', obtainedOn: '2024-01-01', ...facts }) as const;

describe('inAdditionTo (追加 / 再)', () => {
  it('paid with the base reward for the same achievement, and names it', () => {
    const r = evaluate(drafting({ rank: 1 }), 'testcity', ON);
    expect(paid(r)).toEqual({ base: 800_000, extra: 200_000 });
    expect(r.awards[1]?.inAdditionTo).toEqual({
      ruleId: 'base',
      clause: 'base',
      achievementIndex: 0,
      fromHistory: false,
    });
  });
  it('not paid without the base reward (base_reward_not_paid), citing the words', () => {
    const r = evaluate(drafting({ rank: 2 }), 'testcity', ON);
    expect(paid(r)).toEqual({});
    expect(refused(r)).toEqual({ base: 'rank_not_eligible', extra: 'base_reward_not_paid' });
    expect(r.notPaid.find((n) => n.code === 'base_reward_not_paid')?.stoppedBy).toEqual({
      clause: 'extra',
      quote: '追加',
    });
  });
  it('undetermined while the base reward is (the same missing fact)', () => {
    const r = evaluate(drafting(), 'testcity', ON);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['base', ['rank']],
      ['extra', ['rank']],
    ]);
  });
  it('paid after the base reward: history under this policy for the same projectId', () => {
    const history = [
      { policyId: 'test-city', ruleId: 'base', amountYuan: 800_000, obtainedOn: '2023-01-01', projectId: 'std-1' },
    ];
    const r = evaluate(drafting({ rank: 2, projectId: 'std-1' }), 'testcity', ON, { history });
    expect(paid(r)).toEqual({ extra: 200_000 });
    expect(r.awards[0]?.inAdditionTo).toEqual({ ruleId: 'base', clause: 'base', fromHistory: true });
    const other = evaluate(drafting({ rank: 2, projectId: 'std-2' }), 'testcity', ON, { history });
    expect(refused(other)).toEqual({ base: 'rank_not_eligible', extra: 'base_reward_not_paid' });
  });
  it('paid with the base reward of another achievement of the same projectId', () => {
    const r = evaluate([drafting({ rank: 1, projectId: 'p' }), drafting({ rank: 5, projectId: 'p' })], 'testcity', ON);
    expect(r.awards.map((a) => [a.achievementIndex, a.ruleId])).toEqual([
      [0, 'base'],
      [0, 'extra'],
      [1, 'extra'],
    ]);
  });
});
