import { describe, expect, it } from 'vitest';
import { checkCondition, type ConditionContext } from '../../src/engine/checkCondition.js';
import type { HistoryEntry } from '../../src/schema/options.js';
import { anyKindAchievementSchema, type AchievementInput } from '../../src/schema/achievement.js';
import { conditionSchema, type ConditionInput } from '../../src/schema/policy.js';

const ctx: ConditionContext = { policyId: 'p', ruleId: 'r', history: [] };
const check = (c: ConditionInput, input: Omit<AchievementInput, 'obtainedOn'>, history: HistoryEntry[] = []) =>
  checkCondition(conditionSchema.parse(c), anyKindAchievementSchema.parse({ obtainedOn: '2024-05-10', ...input }), {
    ...ctx,
    history,
  });
const detail = (outcome: ReturnType<typeof checkCondition>) => (outcome.status === 'fail' ? outcome.detail : null);

describe('a failed condition says what was found and what the clause requires, in Chinese and English', () => {
  it('rank_between: the rank and the range, closed or open', () => {
    expect(detail(check({ type: 'rank_between', min: 1, max: 3 }, { kind: 'standard_drafting', rank: 4 }))).toEqual({
      zh: '排名第4位，本条奖励排名1–3',
      en: 'rank 4; this clause rewards rank 1–3',
    });
    expect(detail(check({ type: 'rank_between', min: 4, max: null }, { kind: 'standard_drafting', rank: 3 }))).toEqual({
      zh: '排名第3位，本条奖励排名≥4',
      en: 'rank 3; this clause rewards rank ≥4',
    });
  });

  it('rank_between: both ends are inclusive', () => {
    expect(check({ type: 'rank_between', min: 4, max: null }, { kind: 'standard_drafting', rank: 4 }).status).toBe(
      'pass',
    );
    expect(check({ type: 'rank_between', min: 2, max: 3 }, { kind: 'standard_drafting', rank: 2 }).status).toBe('pass');
    expect(check({ type: 'rank_between', min: 2, max: 3 }, { kind: 'standard_drafting', rank: 1 }).status).toBe('fail');
  });

  it('fact_is: the fact and the value it must have', () => {
    const c = { type: 'fact_is', fact: 'filedWithAuthority', value: true, failure: 'prerequisite_not_met' } as const;
    expect(detail(check(c, { kind: 'standard_drafting', filedWithAuthority: false }))).toEqual({
      zh: 'filedWithAuthority 应为 true',
      en: 'filedWithAuthority must be true',
    });
  });

  it('fact_at_least: the value found and the minimum', () => {
    const c = { type: 'fact_at_least', fact: 'adoptingEnterprises', min: 10, failure: 'prerequisite_not_met' } as const;
    expect(detail(check(c, { kind: 'standard_drafting', adoptingEnterprises: 9 }))).toEqual({
      zh: 'adoptingEnterprises 为 9，应不少于 10',
      en: 'adoptingEnterprises is 9, at least 10 required',
    });
    expect(check(c, { kind: 'standard_drafting', adoptingEnterprises: 10 }).status).toBe('pass');
    expect(check(c, { kind: 'standard_drafting' })).toEqual({ status: 'missing', facts: ['adoptingEnterprises'] });
  });

  it('fact_in: a listed value passes; another names the values required', () => {
    const c: ConditionInput = {
      type: 'fact_in',
      fact: 'result',
      values: ['excellent', 'good'],
      failure: 'result_not_qualifying',
    };
    expect(check(c, { kind: 'standardization_pilot', result: 'good' }).status).toBe('pass');
    expect(detail(check(c, { kind: 'standardization_pilot', result: 'failed' }))).toEqual({
      zh: 'result 为 failed，应为 excellent/good',
      en: 'result is failed; required: excellent/good',
    });
  });

  it('located_in: the place found and the region required; a missing place is a missing fact', () => {
    const c = { type: 'located_in', fact: 'registeredIn', region: '310112' } as const;
    const at = (registeredIn: string) => ({
      kind: 'key_project',
      recipient: { type: 'organization' as const, registeredIn },
    });
    expect(detail(check(c, at('310113')))).toEqual({
      zh: 'registeredIn 为 310113，不在 310112 范围内',
      en: 'registeredIn is 310113, not within 310112',
    });
    expect(check(c, { kind: 'key_project' })).toEqual({ status: 'missing', facts: ['registeredIn'] });
  });

  it('first_time: the earlier payment, or the fact given as false', () => {
    const c = { type: 'first_time' } as const;
    const history = [{ policyId: 'p', ruleId: 'r', amountFen: 1, obtainedOn: '2020-01-01' }];
    expect(detail(check(c, { kind: 'key_project', firstTime: true }, history))).toEqual({
      zh: '此前已按 r 获得奖励（成果取得日 2020-01-01）',
      en: 'already rewarded under r (obtained 2020-01-01)',
    });
    expect(detail(check(c, { kind: 'key_project', firstTime: false }))).toEqual({
      zh: 'firstTime 为 false',
      en: 'firstTime is false',
    });
  });

  it('first_time: a payment under another rule of the policy, not named in sameAs, does not count', () => {
    const history = [{ policyId: 'p', ruleId: 'unrelated', amountFen: 1, obtainedOn: '2020-01-01' }];
    expect(
      check({ type: 'first_time', sameAs: ['other'] }, { kind: 'key_project', firstTime: true }, history).status,
    ).toBe('pass');
  });
});

describe('any_of and onlyFor', () => {
  const byRecipient: ConditionInput = {
    type: 'any_of',
    conditions: [
      { type: 'located_in', fact: 'registeredIn', region: '310112', onlyFor: 'organization' },
      { type: 'located_in', fact: 'employedIn', region: '310112', onlyFor: 'individual' },
    ],
  };
  const who = (type: 'organization' | 'individual', place: string) => ({
    kind: 'key_project',
    recipient: { type, registeredIn: place, employedIn: place },
  });

  it('a branch meant for another recipient is no branch: only the recipient’s own branch decides', () => {
    expect(check(byRecipient, who('individual', '310112')).status).toBe('pass');
    expect(check(byRecipient, who('organization', '310112')).status).toBe('pass');
    expect(check(byRecipient, who('individual', '999999'))).toMatchObject({
      status: 'fail',
      code: 'ineligible_recipient',
    });
    expect(detail(check(byRecipient, who('individual', '999999')))?.en).toBe('employedIn is 999999, not within 310112');
  });

  it('when no branch is meant for the recipient, the condition holds', () => {
    const onlyOrganizations: ConditionInput = {
      type: 'any_of',
      conditions: [
        {
          type: 'fact_is',
          fact: 'aboveDesignatedSize',
          value: true,
          failure: 'ineligible_recipient',
          onlyFor: 'organization',
        },
        {
          type: 'fact_is',
          fact: 'fullyStateFunded',
          value: false,
          failure: 'ineligible_recipient',
          onlyFor: 'organization',
        },
      ],
    };
    expect(check(onlyOrganizations, { kind: 'key_project', recipient: { type: 'individual' } }).status).toBe('pass');
  });

  it('all failing: the first branch’s failure is reported', () => {
    const c: ConditionInput = {
      type: 'any_of',
      conditions: [
        { type: 'fact_is', fact: 'adoptedByGovernment', value: true, failure: 'prerequisite_not_met' },
        { type: 'fact_is', fact: 'filedWithAuthority', value: true, failure: 'excluded_by_clause' },
      ],
    };
    const r = check(c, { kind: 'key_project', adoptedByGovernment: false, filedWithAuthority: false });
    expect(r).toMatchObject({ status: 'fail', code: 'prerequisite_not_met' });
  });

  it('a condition with onlyFor passes for the other kind of recipient without looking at its fact', () => {
    const c = {
      type: 'fact_is',
      fact: 'aboveDesignatedSize',
      value: true,
      failure: 'ineligible_recipient',
      onlyFor: 'organization',
    } as const;
    expect(check(c, { kind: 'key_project', recipient: { type: 'individual' } }).status).toBe('pass');
    expect(check(c, { kind: 'key_project', recipient: { type: 'organization' } })).toEqual({
      status: 'missing',
      facts: ['aboveDesignatedSize'],
    });
  });
});
