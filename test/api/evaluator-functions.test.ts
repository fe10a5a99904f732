import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { createEvaluator } from '../../src/api/createEvaluator.js';
import { defineLibrary } from '../../src/engine/library.js';
import { QualityRewardsError } from '../../src/errors/QualityRewardsError.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';
import { thrownBy } from '../support/thrownBy.js';

/* The functions an evaluator offers besides `evaluate`, on a made-up library of two policies: what they
 * return, and the typed error each gives for what it cannot answer. */

const LONG_ID = 'x'.repeat(100);
/** Built in each test, not at collection: a mutant reached while collecting would be judged by some tests only. */
const libraryOf = () =>
  defineLibrary({
    kinds: vocabulary,
    policies: [
      syntheticPolicy({ id: 'test-city', rules: [fixedRule('a', 'key_project', 1), fixedRule('b', 'key_project', 2)] }),
      syntheticPolicy({
        id: LONG_ID,
        jurisdiction: { code: '990200', slug: 'othercity', names: ['另一市'], nameEn: 'Other City' },
        rules: [fixedRule('c', 'key_project', 3)],
      }),
    ],
  });

/** The one issue of the QualityRewardsError a call throws. */
function issueOf(call: () => unknown) {
  const { issues } = thrownBy(QualityRewardsError, call);
  expect(issues).toHaveLength(1);
  return issues[0];
}

describe('listPolicies: a summary of each policy, in the library’s order', () => {
  it('test-city (2 rules, 2020-01-01 to 2029-12-31), then the other city’s (1 rule)', () => {
    const listed = createEvaluator(libraryOf()).listPolicies();
    expect(listed.map((p) => [p.id, p.jurisdiction.slug, p.ruleCount])).toEqual([
      ['test-city', 'testcity', 2],
      [LONG_ID, 'othercity', 1],
    ]);
    expect(listed[0]?.window).toEqual({ start: '2020-01-01', end: '2029-12-31' });
  });
});

describe('listAchievementKinds: the library’s vocabulary itself', () => {
  it('the kinds the library was defined with', () => {
    const library = libraryOf();
    expect(createEvaluator(library).listAchievementKinds()).toBe(library.kinds);
  });
});

describe('getPolicy: a policy by id, or unknown_policy naming the id', () => {
  it('test-city → its frozen data', () => {
    const library = libraryOf();
    expect(createEvaluator(library).getPolicy('test-city')).toBe(library.policies[0]);
  });
  it('“test-citty” → unknown_policy at id, value “test-citty”, suggesting test-city', () => {
    const issue = issueOf(() => createEvaluator(libraryOf()).getPolicy('test-citty'));
    expect([issue?.code, issue?.path, issue?.suggestions]).toEqual(['unknown_policy', ['id'], ['test-city']]);
    expect(issue?.message.zh).toContain('：“test-citty”');
    expect(issue?.message.en).toContain(': "test-citty"');
  });
  it('an id of exactly 100 characters is still looked at: one letter off the 100-letter id → suggested', () => {
    const issue = issueOf(() => createEvaluator(libraryOf()).getPolicy(`${'x'.repeat(99)}y`));
    expect(issue?.suggestions).toEqual([LONG_ID]);
  });
  it('an id of 101 characters → no suggestion, however close', () => {
    const issue = issueOf(() => createEvaluator(libraryOf()).getPolicy('x'.repeat(101)));
    expect([issue?.code, issue?.suggestions]).toEqual(['unknown_policy', undefined]);
  });
  it('an id that is not a string → its type as the value (“number”, “object”), and no suggestion', () => {
    for (const [id, type] of [
      [42, 'number'],
      [['test-city'], 'object'],
      [null, 'object'],
    ] as const) {
      const issue = issueOf(() => createEvaluator(libraryOf()).getPolicy(id as never));
      expect([issue?.code, issue?.path, issue?.suggestions]).toEqual(['unknown_policy', ['id'], undefined]);
      expect(issue?.message.en).toContain(`: "${type}"`);
    }
  });
});

describe('createEvaluator: only a library from defineLibrary', () => {
  const refused = (candidate: unknown) => issueOf(() => createEvaluator(candidate as never));
  it('null → invalid_type at library: “应为 defineLibrary() 返回的政策库” / “expected a library returned by defineLibrary()”', () => {
    const issue = refused(null);
    expect([issue?.code, issue?.path]).toEqual(['invalid_type', ['library']]);
    expect(issue?.message.zh).toContain('（应为 defineLibrary() 返回的政策库）');
    expect(issue?.message.en).toContain(' (expected a library returned by defineLibrary())');
  });
  it('a frozen function carrying kinds and policies is not a library (not an object)', () => {
    const imitation = Object.freeze(Object.assign(() => undefined, { kinds: [], policies: [] }));
    expect(refused(imitation)?.code).toBe('invalid_type');
  });
  it('an unfrozen object, or one without policies, is not a library', () => {
    expect(refused({ kinds: [], policies: [] })?.code).toBe('invalid_type');
    expect(refused(Object.freeze({ kinds: [] }))?.code).toBe('invalid_type');
    expect(refused(Object.freeze({ policies: [] }))?.code).toBe('invalid_type');
  });
});

describe('amounts too large to count exactly in 分 → out_of_range on the achievement, never a wrong sum', () => {
  it('500 claims of 2^43元 each (no cap) → out_of_range: “奖励金额合计超出可精确计算的范围”', () => {
    const huge = defineLibrary({
      kinds: vocabulary,
      policies: [syntheticPolicy({ rules: [fixedRule('a', 'key_project', 2 ** 43)] })],
    });
    const many = Array.from({ length: 500 }, (_, i) => ({
      kind: 'key_project',
      obtainedOn: '2024-01-01',
      projectId: `p${i}`,
    }));
    const issue = issueOf(() => createEvaluator(huge).evaluate(many as never, 'testcity', '2024-06-01'));
    expect([issue?.code, issue?.path]).toEqual(['out_of_range', ['achievement']]);
    expect(issue?.message.zh).toContain('（奖励金额合计超出可精确计算的范围）');
    expect(issue?.message.en).toContain(' (amounts too large to count exactly)');
  });
});
