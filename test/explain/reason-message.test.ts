import { describe, expect, it } from 'vitest';
import { QualityRewardsError, reasonMessage } from '../../src/index.js';
import { thrownBy } from '../support/thrownBy.js';

/** reasonMessage: the words of each reason code, and a typed error for what is not one. */
const thrown = (call: () => unknown): QualityRewardsError => thrownBy(QualityRewardsError, call);

describe('reasonMessage: policy_not_in_force says which side of the window', () => {
  const window = { from: '2023-02-11', to: '2026-02-10' };
  it('the day before the start: not yet in force, naming the date and the start', () => {
    expect(reasonMessage('policy_not_in_force', { date: '2023-02-10', ...window })).toEqual({
      zh: '评估日 2023-02-10 政策尚未施行（自 2023-02-11 起施行）。',
      en: 'On 2023-02-10 the policy is not yet in force (it starts on 2023-02-11).',
    });
  });
  it('on the start day itself it is not “before the start”', () => {
    expect(reasonMessage('policy_not_in_force', { date: '2023-02-11', ...window }).zh).not.toContain('尚未施行');
  });
  it('after the end: expired, naming the last day', () => {
    expect(reasonMessage('policy_not_in_force', { date: '2026-02-11', ...window }).zh).toContain(
      '评估日 2026-02-11 政策已失效（有效期至 2026-02-10）',
    );
  });
  it('a date or an end not given is shown as —', () => {
    expect(reasonMessage('policy_not_in_force').zh).toContain('评估日 — 政策已失效（有效期至 —）');
  });
});

describe('reasonMessage: the detail', () => {
  it('without a detail, the sentence ends at the reason', () => {
    expect(reasonMessage('first_filed_undecided')).toEqual({
      zh: '同一项目的多项申报无法确定哪一项最先申报。',
      en: 'Which of the claims for one project was filed first cannot be decided.',
    });
  });
});

describe('reasonMessage: bad arguments', () => {
  it('a code that is not one: invalid_value on code, with the value written and the nearest codes', () => {
    const [issue] = thrown(() => reasonMessage('cap_reachd' as never)).issues;
    expect(issue).toMatchObject({ code: 'invalid_value', path: ['code'], suggestions: ['cap_reached'] });
    expect(issue.message.en).toContain('"cap_reachd"');
  });
  it('something that only reads as a code (an object whose text is one) is not a code', () => {
    const lookalike = { toString: () => 'cap_reached' };
    expect(thrown(() => reasonMessage(lookalike as never)).issues[0]).toMatchObject({ code: 'invalid_value' });
  });
  it('a context that is not an object: invalid_type on context', () => {
    for (const context of [null, 'x']) {
      const [issue] = thrown(() => reasonMessage('cap_reached', context as never)).issues;
      expect(issue).toMatchObject({ code: 'invalid_type', path: ['context'] });
      expect(issue.message.zh).toContain('应为对象');
      expect(issue.message.en).toContain('expected an object');
    }
  });
});
