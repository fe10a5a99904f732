import { describe, expect, it } from 'vitest';
import { evaluate, LIMITS, QualityRewardsError, safeEvaluate } from '../../src/index.js';

/** 中国质量奖 won on 2024-05-10, evaluated on 2024-06-01. */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' } as const;
const ON = '2024-06-01';

function issuesOf(jurisdiction: string, readings: Record<string, 'chosen' | 'alternative'>) {
  const outcome = safeEvaluate(cqa, jurisdiction, ON, { readings });
  if (outcome.success) throw new Error('expected the readings to be refused');
  expect(outcome.error).toBeInstanceOf(QualityRewardsError);
  return outcome.error.issues;
}

describe('options.readings: each id checked against the policy, the alternatives switched', () => {
  it('长乐 changle.one-off has no computable alternative: reading_not_computable, quoting the alternative', () => {
    const [issue] = issuesOf('changle', { 'changle.one-off': 'alternative' });
    expect(issue?.code).toBe('reading_not_computable');
    expect(issue?.message.en).toBe(
      'options.readings.changle.one-off: the alternative of this reading is not computable, so it cannot be switched to: ' +
        '"changle.one-off: “一次性”只指一笔付清：同一事项再次取得（如复评）亦予奖励；或每个申报单位在本条下只奖励一次，不论事项"',
    );
  });

  it('an id the policy does not have: unknown_reading, naming it and the id it most looks like', () => {
    expect(issuesOf('changle', { 'changle.onoff': 'alternative' }).map((i) => i.message)).toEqual([
      {
        zh: 'options.readings.changle.onoff：该政策没有此读法：“changle.onoff”；是否要找：“changle.one-off”？',
        en: 'options.readings.changle.onoff: the policy has no reading with this id: "changle.onoff"; did you mean "changle.one-off"?',
      },
    ]);
  });

  it(`more unknown ids than LIMITS.issues (${LIMITS.issues}): the issues stop at the limit`, () => {
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.issues + 3 }, (_, i) => [`nowhere.${i}`, 'alternative']),
    );
    const issues = issuesOf('changle', many as Record<string, 'alternative'>);
    expect(issues).toHaveLength(LIMITS.issues);
    expect(issues.at(-1)?.path).toEqual(['options', 'readings', `nowhere.${LIMITS.issues - 1}`]);
  });

  it('郑州 第3条 two readings switched: listed in id order whatever order they were given in, and the same result', () => {
    const given = evaluate(cqa, 'zhengzhou', ON, {
      readings: { 'zhengzhou.art3.cqa-nomination': 'alternative', 'zhengzhou.art3.cqa': 'alternative' },
    });
    const sorted = evaluate(cqa, 'zhengzhou', ON, {
      readings: { 'zhengzhou.art3.cqa': 'alternative', 'zhengzhou.art3.cqa-nomination': 'alternative' },
    });
    expect(given.readingsSwitched?.map((r) => r.id)).toEqual(['zhengzhou.art3.cqa', 'zhengzhou.art3.cqa-nomination']);
    expect(given).toEqual(sorted);
    expect(given.total.text).toBe('50万元');
  });
});
