import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/**
 * 追加 / 再 (inAdditionTo): the addition is paid only with or after its base reward for the same matter —
 * the same achievement, or the same `projectId` — never with a base reward of another matter.
 */
const ON = '2025-06-01';
const industry = { kind: 'standard_drafting', level: 'industry' } as const;
const policy = syntheticPolicy({
  rules: [
    fixedRule('base', 'standard_drafting', 800_000, {
      match: industry,
      conditions: [{ type: 'rank_between', min: 1, max: 1 }],
    }),
    fixedRule('base2', 'standard_drafting', 300_000, {
      match: industry,
      conditions: [{ type: 'rank_between', min: 1, max: 2 }],
    }),
    fixedRule('lead', 'standard_drafting', 100_000, {
      match: industry,
      conditions: [{ type: 'fact_in', fact: 'drafterRole', values: ['main'], failure: 'prerequisite_not_met' }],
    }),
    fixedRule('extra', 'standard_drafting', 200_000, {
      match: industry,
      inAdditionTo: { rules: ['base', 'base2'], quote: '追加' },
    }),
  ],
});
const { evaluate } = evaluatorFor(policy);
const drafting = (facts: Record<string, unknown> = {}) =>
  ({ ...industry, obtainedOn: '2024-01-01', drafterRole: 'participating', ...facts }) as const;

describe('inAdditionTo: the base reward must be for the same matter', () => {
  it('another achievement’s base reward, without projectIds, does not carry this one', () => {
    const r = evaluate([drafting({ rank: 1 }), drafting({ rank: 3 })], 'testcity', ON);
    expect(r.awards.filter((a) => a.ruleId === 'extra').map((a) => a.achievementIndex)).toEqual([0]);
    expect(r.notPaid.filter((n) => n.code === 'base_reward_not_paid')).toHaveLength(1);
  });
  it('another project’s base reward does not carry this one', () => {
    const r = evaluate([drafting({ rank: 1, projectId: 'p' }), drafting({ rank: 3, projectId: 'q' })], 'testcity', ON);
    expect(r.awards.filter((a) => a.ruleId === 'extra').map((a) => a.achievementIndex)).toEqual([0]);
  });
  it('with several base rewards for the matter, it names the first in claim order (the earliest obtained), whatever the input order', () => {
    const later = drafting({ rank: 1, projectId: 'p', obtainedOn: '2024-03-01' });
    const earlier = drafting({ rank: 1, projectId: 'p', obtainedOn: '2024-01-01' });
    const r = evaluate([later, earlier], 'testcity', ON);
    expect(r.awards.filter((a) => a.ruleId === 'extra').map((a) => a.inAdditionTo?.achievementIndex)).toEqual([1, 1]);
  });
  it('on one achievement with two base rewards, it names the larger', () => {
    const r = evaluate(drafting({ rank: 1 }), 'testcity', ON);
    expect(r.awards.find((a) => a.ruleId === 'extra')?.inAdditionTo?.ruleId).toBe('base');
  });
});

describe('inAdditionTo: what history counts as the base reward', () => {
  const paidBase = (entry: Record<string, unknown>) => ({
    policyId: 'test-city',
    ruleId: 'base',
    amountYuan: 800_000,
    obtainedOn: '2023-01-01',
    projectId: 'std-1',
    ...entry,
  });
  it('a base reward paid under another policy does not count', () => {
    const history = [paidBase({ policyId: 'elsewhere' })];
    const r = evaluate(drafting({ rank: 3, projectId: 'std-1' }), 'testcity', ON, { history });
    expect(refused(r)).toMatchObject({ extra: 'base_reward_not_paid' });
  });
  it('a payment under a rule that is not a base reward does not count', () => {
    const history = [paidBase({ ruleId: 'lead' })];
    const r = evaluate(drafting({ rank: 3, projectId: 'std-1' }), 'testcity', ON, { history });
    expect(refused(r)).toMatchObject({ extra: 'base_reward_not_paid' });
  });
  it('a base reward in history, this achievement without projectId: undetermined, asking for projectId', () => {
    const r = evaluate(drafting({ rank: 3 }), 'testcity', ON, { history: [paidBase({})] });
    const line = r.undetermined.find((u) => u.ruleId === 'extra');
    expect(line?.missingFacts).toEqual(['projectId']);
    expect(line?.message.zh).toContain('history 有所追加的奖励，需 projectId 判断是否同一事项');
    expect(line?.message.en).toContain(
      'history holds the reward this adds to; projectId is needed to tell whether it is the same matter',
    );
  });
  it('a base reward in history without projectId, beside one for another project: undetermined, asking for projectId', () => {
    const history = [paidBase({ projectId: 'other' }), paidBase({ projectId: undefined })];
    const r = evaluate(drafting({ rank: 3, projectId: 'std-1' }), 'testcity', ON, { history });
    expect(r.undetermined.find((u) => u.ruleId === 'extra')?.missingFacts).toEqual(['projectId']);
  });
  it('base rewards in history only for other projects: not paid', () => {
    const r = evaluate(drafting({ rank: 3, projectId: 'std-1' }), 'testcity', ON, {
      history: [paidBase({ projectId: 'other' })],
    });
    expect(refused(r)).toMatchObject({ extra: 'base_reward_not_paid' });
  });
});

describe('inAdditionTo: while the base reward is undetermined, so is the addition', () => {
  it('the base reward of another achievement of the same project is undetermined: the addition waits, naming it', () => {
    const r = evaluate([drafting({ projectId: 'p' }), drafting({ rank: 3, projectId: 'p' })], 'testcity', ON);
    const waiting = r.undetermined.find((u) => u.ruleId === 'extra' && u.achievementIndex === 1);
    expect(waiting?.missingFacts).toEqual(['rank']);
    expect(waiting?.message.zh).toContain('本项追加于 base，该项待定');
    expect(waiting?.message.en).toContain('this is paid in addition to base, which is undetermined');
  });
  it('among several undetermined base rewards, the one of the same project holds the addition', () => {
    const r = evaluate(
      [drafting({ projectId: 'q' }), drafting({ projectId: 'p' }), drafting({ rank: 3, projectId: 'p' })],
      'testcity',
      ON,
    );
    expect(r.undetermined.find((u) => u.ruleId === 'extra' && u.achievementIndex === 2)?.missingFacts).toEqual([
      'rank',
    ]);
  });
  it('another rule of the same achievement undetermined (not a base reward) does not hold the addition', () => {
    const r = evaluate(drafting({ rank: 3, drafterRole: undefined }), 'testcity', ON);
    expect(r.undetermined.map((u) => u.ruleId)).toEqual(['lead']);
    expect(refused(r)).toMatchObject({ extra: 'base_reward_not_paid' });
  });
  it('not paid: the line names every base reward it needed', () => {
    const r = evaluate(drafting({ rank: 3 }), 'testcity', ON);
    const line = r.notPaid.find((n) => n.code === 'base_reward_not_paid');
    expect(line?.message.zh).toContain('同一事项未获 base、base2 的奖励（本次或此前）');
    expect(line?.message.en).toContain('the same matter is paid under none of base, base2 (now or before)');
    expect(paid(r)).toEqual({});
  });
});
