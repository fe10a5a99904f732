import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { paid, refused } from '../support/lines.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/* 首次 within one portfolio: of several achievements claiming one first-time reward, only the first is paid. */

const ON = '2025-06-01';
const first = (clause?: string, sameAs?: string[]) =>
  ({
    type: 'first_time',
    ...(clause ? { clause, quote: '首次获得' } : {}),
    ...(sameAs ? { sameAs } : {}),
  }) as const;
const { evaluate } = evaluatorFor(
  syntheticPolicy({
    rules: [
      fixedRule('brand', 'trademark_honor', 100_000, { quote: '驰名商标', conditions: [first('9')] }),
      fixedRule('gold', 'quality_gold_award', 300_000, { conditions: [first(undefined, ['silver'])] }),
      fixedRule('silver', 'quality_management_innovation_award', 200_000, { conditions: [first(undefined, ['gold'])] }),
      fixedRule('plain', 'patent_award', 10_000),
      // Rule ids whose groups would read alike run together ('a'+'bc' and 'ab'+'c'): two rewards all the same.
      fixedRule('a', 'open_shared_laboratory', 1, { conditions: [first(undefined, ['bc'])] }),
      fixedRule('bc', 'inspection_center', 2, { conditions: [first(undefined, ['a'])] }),
      fixedRule('ab', 'key_testing_laboratory', 3, { conditions: [first(undefined, ['c'])] }),
      fixedRule('c', 'inspection_demonstration_zone', 4, { conditions: [first(undefined, ['ab'])] }),
      fixedRule('filed', 'standard_drafting', 20_000, {
        conditions: [
          {
            type: 'fact_is',
            fact: 'filedWithAuthority',
            value: true,
            failure: 'prerequisite_not_met',
            clause: 'X',
            quote: '经备案',
          },
          first('10'),
        ],
      }),
    ],
  }),
);
const honor = (obtainedOn: string) => ({ kind: 'trademark_honor', obtainedOn, firstTime: true });

describe('首次 within one portfolio (each achievement says it is the first time: firstTime true)', () => {
  it('第9条 two honours (2024-05-01 #1, 2024-01-01 #2) → the earlier paid; the later not_first_time, citing 第9条 首次获得', () => {
    const r = evaluate([honor('2024-05-01'), honor('2024-01-01')], 'testcity', ON);
    expect(r.awards.map((a) => a.achievementIndex)).toEqual([1]);
    expect(r.notPaid).toHaveLength(1);
    expect(r.notPaid[0]).toMatchObject({
      achievementIndex: 0,
      code: 'not_first_time',
      stoppedBy: { clause: '9', quote: '首次获得' },
      message: {
        zh: '本条仅奖励首次取得，此次不是首次：同一组合中第 2 项（2024-01-01）更早取得。',
        en: 'This clause rewards only the first time, and this is not the first time: achievement #2 of the same portfolio (2024-01-01) came first.',
      },
    });
  });
  it('rules named the same by sameAs: a gold award after a silver one → only the silver is the first time; the gold cites its own rule', () => {
    const r = evaluate(
      [
        { kind: 'quality_gold_award', obtainedOn: '2024-06-01', firstTime: true },
        { kind: 'quality_management_innovation_award', obtainedOn: '2024-02-01', firstTime: true },
      ],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ silver: 200_000 });
    expect(refused(r)).toEqual({ gold: 'not_first_time' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: 'gold', quote: 'gold' });
  });
  it('gold and silver on the same day → the larger (gold) is the first time, in either input order', () => {
    const gold = { kind: 'quality_gold_award', obtainedOn: '2024-02-01', firstTime: true };
    const silver = { kind: 'quality_management_innovation_award', obtainedOn: '2024-02-01', firstTime: true };
    for (const order of [
      [gold, silver],
      [silver, gold],
    ]) {
      expect(paid(evaluate(order, 'testcity', ON))).toEqual({ gold: 300_000 });
    }
  });
  it('第10条 首次 as the second of two conditions → still 首次: the later of two is not paid, citing 第10条', () => {
    const drafted = (obtainedOn: string) => ({
      kind: 'standard_drafting',
      obtainedOn,
      firstTime: true,
      filedWithAuthority: true,
    });
    const r = evaluate([drafted('2024-05-01'), drafted('2024-01-01')], 'testcity', ON);
    expect(r.awards.map((a) => a.achievementIndex)).toEqual([1]);
    expect(r.notPaid.map((n) => [n.code, n.stoppedBy])).toEqual([
      ['not_first_time', { clause: '10', quote: '首次获得' }],
    ]);
  });
  it('rule groups whose ids would read alike joined without a separator (a+bc, ab+c) → different rewards, both paid', () => {
    const r = evaluate(
      [
        { kind: 'open_shared_laboratory', obtainedOn: '2024-01-01', firstTime: true },
        { kind: 'key_testing_laboratory', obtainedOn: '2024-02-01', firstTime: true },
      ],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ a: 1, ab: 3 });
  });
  it('one honour beside rewards without 首次 → all paid', () => {
    const r = evaluate(
      [
        honor('2024-01-01'),
        { kind: 'patent_award', obtainedOn: '2024-01-01' },
        { kind: 'patent_award', obtainedOn: '2024-02-01' },
      ],
      'testcity',
      ON,
    );
    expect(r.awards.map((a) => a.ruleId)).toEqual(['brand', 'plain', 'plain']);
    expect(r.notPaid).toEqual([]);
  });
  it('an honour and a gold award → two first-time rewards of different rules, both paid', () => {
    const r = evaluate(
      [honor('2024-03-01'), { kind: 'quality_gold_award', obtainedOn: '2024-01-01', firstTime: true }],
      'testcity',
      ON,
    );
    expect(paid(r)).toEqual({ brand: 100_000, gold: 300_000 });
  });
});
