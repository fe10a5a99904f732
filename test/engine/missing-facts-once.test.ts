import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * An undetermined line names each missing fact once, in the order the rule needs them: matching first
 * (its selectors), then the conditions, then the amount.
 */

const policy = syntheticPolicy({
  rules: [
    fixedRule('lead', 'standard_drafting', 100, {
      match: { kind: 'standard_drafting', level: 'national' },
      conditions: [
        { type: 'rank_between', min: 1, max: 3 },
        { type: 'rank_between', min: 1, max: null },
        { type: 'fact_in', fact: 'drafterRole', values: ['main'], failure: 'prerequisite_not_met' },
      ],
    }),
  ],
});
const { evaluate } = evaluatorFor(policy);

describe('missing facts, each once', () => {
  it('no level, no rank (asked by two conditions), no drafter role → level, rank, drafterRole', () => {
    const r = evaluate({ kind: 'standard_drafting', obtainedOn: '2024-05-10' }, 'testcity', '2024-06-01');
    expect(r.undetermined.map((u) => u.missingFacts)).toEqual([['level', 'rank', 'drafterRole']]);
    expect(r.undetermined[0]?.message.zh).toContain('level、rank、drafterRole');
    expect(Object.isFrozen(r.undetermined[0]?.missingFacts)).toBe(true);
  });
  it('the level given, the rank missing twice → rank once', () => {
    const r = evaluate(
      { kind: 'standard_drafting', level: 'national', drafterRole: 'main', obtainedOn: '2024-05-10' },
      'testcity',
      '2024-06-01',
    );
    expect(r.undetermined.map((u) => u.missingFacts)).toEqual([['rank']]);
  });
});
