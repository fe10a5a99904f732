import { describe, expect, it } from 'vitest';
import { checkCondition } from '../../src/engine/checkCondition.js';
import { anyKindAchievementSchema } from '../../src/schema/achievement.js';
import { conditionSchema, type ConditionInput } from '../../src/schema/policy.js';

const check = (c: ConditionInput, obtainedOn: string) =>
  checkCondition(conditionSchema.parse(c), anyKindAchievementSchema.parse({ kind: 'key_project', obtainedOn }), {
    policyId: 'p',
    ruleId: 'r',
    history: [],
  });

describe('obtained_within with one end open', () => {
  it('open start (from: null): every day up to and including `to` passes; the day after fails', () => {
    const w = { type: 'obtained_within', from: null, to: '2024-02-11' } as const;
    expect(check(w, '1000-01-01').status).toBe('pass');
    expect(check(w, '2024-02-11').status).toBe('pass');
    expect(check(w, '2024-02-12')).toMatchObject({ status: 'fail', code: 'outside_rule_window' });
  });

  it('open end (to: null): every day from `from` on passes; the day before fails', () => {
    const w = { type: 'obtained_within', from: '2021-02-12', to: null } as const;
    expect(check(w, '2021-02-11')).toMatchObject({ status: 'fail', code: 'outside_rule_window' });
    expect(check(w, '2021-02-12').status).toBe('pass');
    expect(check(w, '9999-12-31').status).toBe('pass');
  });

  it('the refusal names the open end as …', () => {
    const early = check({ type: 'obtained_within', from: '2021-02-12', to: null }, '2020-01-01');
    expect(early.status === 'fail' && early.detail).toEqual({
      zh: '取得日 2020-01-01，本条期间 2021-02-12 至 …',
      en: 'obtained 2020-01-01; clause window 2021-02-12 to …',
    });
    const late = check({ type: 'obtained_within', from: null, to: '2021-02-12' }, '2022-01-01');
    expect(late.status === 'fail' && late.detail.en).toBe('obtained 2022-01-01; clause window … to 2021-02-12');
  });
});
