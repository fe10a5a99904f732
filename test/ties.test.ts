import { describe, expect, it } from 'vitest';
import { library } from '../policies/index.js';
import type { AchievementInput } from '../src/index.js';
import type { EvaluationResult } from '../src/result/types.js';
import { evaluate } from '../src/index.js';
import { witness } from './support/witness.js';

/**
 * Ties never depend on input order: for every pair of rules of every policy, two achievements obtained
 * the same day, each meeting one rule, give the same result in both orders. Lines are compared by what
 * the achievement is (its facts), not by its position, since two achievements with the same facts cannot
 * be told apart by any rule.
 */

/** A day inside each policy's window and inside every clause's own window; the evaluation date follows it. */
const DAY: Record<string, { obtained: string; on: string; assumeStartDate?: string }> = {
  'changle-2020': { obtained: '2024-05-10', on: '2024-06-01' },
  'minhang-2022': { obtained: '2024-05-10', on: '2024-06-01' },
  'shenzhen-draft': { obtained: '2024-05-10', on: '2024-06-01', assumeStartDate: '2024-01-01' },
  'taizhou-2023': { obtained: '2023-10-10', on: '2023-11-01' },
  'zhengzhou-2019': { obtained: '2020-06-01', on: '2020-07-01' },
};

function normalized(result: EvaluationResult, achievements: readonly AchievementInput[]) {
  const what = (index: number) => {
    const { id: _id, ...facts } = achievements[index] as AchievementInput & { id?: string };
    return JSON.stringify(facts);
  };
  return {
    total: result.total.fen,
    awards: result.awards
      .map((a) => [what(a.achievementIndex), a.ruleId, a.amount.fen, a.readings.map((r) => r.id).sort()].join(' '))
      .sort(),
    notPaid: result.notPaid.map((n) => [what(n.achievementIndex), n.citation?.ruleId, n.code].join(' ')).sort(),
    undetermined: result.undetermined
      .map((u) => [what(u.achievementIndex), u.ruleId, u.code, u.missingFacts.join()].join(' '))
      .sort(),
    notComputable: result.notComputable.map((u) => [what(u.achievementIndex), u.ruleId, u.code].join(' ')).sort(),
  };
}

describe('ties: every pair of rules of every policy, obtained the same day, in both orders', () => {
  for (const policy of library.policies) {
    it(`${policy.id}: ${policy.rules.length} rules, each pair evaluated both ways → the same result`, () => {
      const day = DAY[policy.id];
      if (!day) throw new Error(`no test day for ${policy.id}`);
      const options = day.assumeStartDate ? { assumeStartDate: day.assumeStartDate } : {};
      const witnesses = policy.rules.map((rule) => witness(policy, rule, day.obtained));
      // Each witness alone must be paid, or the pairs would test nothing (an addition, 追加/再, needs its base).
      const unpaid = witnesses.filter(
        (w) => evaluate(w, policy.jurisdiction.code, day.on, options).awards.length === 0,
      );
      expect(unpaid.map((w) => (w as { id?: string }).id)).toEqual(
        policy.rules.filter((r) => r.amount.type === 'not_computable' || r.inAdditionTo).map((r) => r.id),
      );
      const differ: string[] = [];
      witnesses.forEach((a, i) =>
        witnesses.slice(i + 1).forEach((b) => {
          const forward = normalized(evaluate([a, b], policy.jurisdiction.code, day.on, options), [a, b]);
          const backward = normalized(evaluate([b, a], policy.jurisdiction.code, day.on, options), [b, a]);
          if (JSON.stringify(forward) !== JSON.stringify(backward))
            differ.push(`${policy.rules[i]?.id} × ${(b as { id?: string }).id}`);
        }),
      );
      expect(differ).toEqual([]);
    }, 120_000);
  }
});

describe('(八) 对首次获得深圳市市长质量奖的单位，按等次分别予以200万元、100万元和50万元奖励', () => {
  const mayor = (prize: 'first' | 'third') =>
    ({
      kind: 'government_quality_award',
      level: 'municipal',
      region: '440300',
      prize,
      firstTime: true,
      obtainedOn: '2024-05-10',
    }) as const;
  it.each([
    ['一等次在前', [mayor('first'), mayor('third')]],
    ['三等次在前', [mayor('third'), mayor('first')]],
  ] as const)('(八) 同日获得两个等次（%s）→ 较高等次为首次，200万元；另一等次非首次', (_, list) => {
    const r = evaluate([...list], 'shenzhen', '2024-06-01', { assumeStartDate: '2024-01-01' });
    expect(r.awards.map((a) => [a.ruleId, a.amount.text])).toEqual([['mayor-qa.first', '200万元']]);
    expect(r.notPaid.map((n) => [n.citation?.ruleId, n.code])).toEqual([['mayor-qa.third', 'not_first_time']]);
  });
});

describe('三(二) 对第1项及第3项的奖励按同年度获奖“就高不重复”原则', () => {
  const secretariat = {
    kind: 'standardization_body_secretariat',
    level: 'national',
    body: 'tc',
    obtainedOn: '2024-05-10',
  } as const;
  const drafting = { kind: 'standard_drafting', level: 'national', rank: 1, obtainedOn: '2024-05-10' } as const;
  it.each([
    ['秘书处在前', [secretariat, drafting]],
    ['起草在前', [drafting, secretariat]],
  ] as const)('三(二) 同日两项同为30万元（%s）→ 只付一项30万元，按规则 id 取 drafting.national.lead', (_, list) => {
    const r = evaluate([...list], 'changle', '2024-06-01');
    expect(r.awards.map((a) => [a.ruleId, a.amount.text])).toEqual([['drafting.national.lead', '30万元']]);
    expect(r.notPaid.map((n) => [n.citation?.ruleId, n.code])).toEqual([
      ['secretariat.national', 'stacking_highest_only'],
    ]);
  });
});
