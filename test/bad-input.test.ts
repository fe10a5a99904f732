import { describe, expect, it } from 'vitest';
import { type AchievementInput, evaluate, getPolicy, QualityRewardsError, safeEvaluate } from '../src/index.js';

const cqa: AchievementInput = {
  kind: 'government_quality_award',
  level: 'national',
  prize: 'award',
  obtainedOn: '2024-05-10',
};

/** Runs a call that must fail and returns its issues as [code, path] pairs. */
function issuesOf(call: () => unknown): [string, string][] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(QualityRewardsError);
    const issues = (error as QualityRewardsError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    return issues.map((i) => [i.code, i.path.join('.')]);
  }
  throw new Error('expected a QualityRewardsError');
}

describe('bad input gets a typed error naming the field', () => {
  it('unknown jurisdiction', () => {
    expect(issuesOf(() => evaluate(cqa, 'atlantis', '2024-06-01'))).toEqual([['unknown_jurisdiction', 'jurisdiction']]);
  });
  it('a jurisdiction that is not a string', () => {
    expect(issuesOf(() => evaluate(cqa, 350112 as never, '2024-06-01'))).toEqual([['invalid_type', 'jurisdiction']]);
  });
  it('unknown achievement kind', () => {
    expect(issuesOf(() => evaluate({ ...cqa, kind: 'nobel_prize' } as never, '350112', '2024-06-01'))).toEqual([
      ['unknown_achievement_kind', 'achievement.kind'],
    ]);
  });
  it('unknown subtype for the kind', () => {
    expect(
      issuesOf(() =>
        evaluate(
          // @ts-expect-error — 'wine' is not a subtype of geographical_indication, and the type says so
          { kind: 'geographical_indication', subtype: 'wine', obtainedOn: '2024-01-01' },
          '350112',
          '2024-06-01',
        ),
      ),
    ).toEqual([['unknown_subtype', 'achievement.subtype']]);
  });
  it('2023-02-30 and 2024-13-01 are not dates', () => {
    expect(issuesOf(() => evaluate({ ...cqa, obtainedOn: '2023-02-30' }, '350112', '2024-06-01'))).toEqual([
      ['invalid_date', 'achievement.obtainedOn'],
    ]);
    expect(issuesOf(() => evaluate(cqa, '350112', '2024-13-01'))).toEqual([['invalid_date', 'date']]);
  });
  it('an invalid Date object', () => {
    expect(issuesOf(() => evaluate(cqa, '350112', new Date('nonsense')))).toEqual([['invalid_date', 'date']]);
  });
  it('a valid Date object is read as a date in China', () => {
    expect(evaluate(cqa, '350112', new Date('2024-05-31T16:00:00Z')).date).toBe('2024-06-01');
  });
  it('negative and fractional counts', () => {
    expect(
      issuesOf(() =>
        evaluate({ kind: 'geographical_indication', count: -1, obtainedOn: '2024-01-01' }, '350112', '2024-06-01'),
      ),
    ).toEqual([['out_of_range', 'achievement.count']]);
    expect(
      issuesOf(() =>
        evaluate({ kind: 'geographical_indication', count: 1.5, obtainedOn: '2024-01-01' }, '350112', '2024-06-01'),
      ),
    ).toEqual([['invalid_type', 'achievement.count']]);
    expect(
      issuesOf(() =>
        evaluate({ kind: 'geographical_indication', count: 0, obtainedOn: '2024-01-01' }, '350112', '2024-06-01'),
      ),
    ).toEqual([['out_of_range', 'achievement.count']]);
  });
  it('negative amounts, in achievements and in history', () => {
    expect(
      issuesOf(() =>
        evaluate(
          { kind: 'industrialized_product_sales', annualSalesRevenue: -5, obtainedOn: '2024-01-01' },
          '350112',
          '2024-06-01',
        ),
      ),
    ).toEqual([['negative_amount', 'achievement.annualSalesRevenue']]);
    expect(
      issuesOf(() =>
        evaluate(cqa, '350112', '2024-06-01', {
          history: [{ policyId: 'changle-2020', ruleId: 'cqa.award', amountYuan: '-1', obtainedOn: '2024-01-01' }],
        }),
      ),
    ).toEqual([['negative_amount', 'options.history.0.amountYuan']]);
  });
  it('wrong types', () => {
    expect(issuesOf(() => evaluate({ ...cqa, rank: '1' } as never, '350112', '2024-06-01'))).toEqual([
      ['invalid_type', 'achievement.rank'],
    ]);
    expect(issuesOf(() => evaluate('中国质量奖' as never, '350112', '2024-06-01'))).toEqual([
      ['invalid_type', 'achievement'],
    ]);
    expect(issuesOf(() => evaluate(cqa, '350112', 20240601 as never))).toEqual([['invalid_type', 'date']]);
  });
  it('a missing required field', () => {
    expect(issuesOf(() => evaluate({ kind: 'laboratory_accreditation' } as never, '350112', '2024-06-01'))).toEqual([
      ['missing_field', 'achievement.obtainedOn'],
    ]);
  });
  it('extra unknown fields', () => {
    expect(issuesOf(() => evaluate({ ...cqa, bonus: 1 } as never, '350112', '2024-06-01'))).toEqual([
      ['unknown_field', 'achievement.bonus'],
    ]);
  });
  it('__proto__ as an own key (JSON.parse) and as a prototype (object literal)', () => {
    const parsed = JSON.parse(
      '{"kind":"laboratory_accreditation","obtainedOn":"2024-01-01","__proto__":{"level":"national"}}',
    );
    expect(issuesOf(() => evaluate(parsed, '350112', '2024-06-01'))).toEqual([
      ['forbidden_key', 'achievement.__proto__'],
    ]);
    const literal = { __proto__: { kind: 'government_quality_award' }, obtainedOn: '2024-01-01' };
    expect(issuesOf(() => evaluate(literal as never, '350112', '2024-06-01'))).toEqual([
      ['forbidden_key', 'achievement.__proto__'],
    ]);
    const constructorKey = JSON.parse(
      '{"kind":"laboratory_accreditation","obtainedOn":"2024-01-01","recipient":{"type":"organization","constructor":1}}',
    );
    expect(issuesOf(() => evaluate(constructorKey, '350112', '2024-06-01'))).toEqual([
      ['forbidden_key', 'achievement.recipient.constructor'],
    ]);
  });
  it('an empty portfolio', () => {
    expect(issuesOf(() => evaluate([], '350112', '2024-06-01'))[0]?.[1]).toBe('achievement');
  });
  it('issues in a portfolio are located by index; all problems are reported at once', () => {
    expect(issuesOf(() => evaluate([cqa, { ...cqa, obtainedOn: '2024-02-30' }], 'nowhere', '2024-06-01'))).toEqual([
      ['invalid_date', 'achievement.1.obtainedOn'],
      ['unknown_jurisdiction', 'jurisdiction'],
    ]);
  });
  it('an achievement obtained after the evaluation date', () => {
    expect(issuesOf(() => evaluate({ ...cqa, obtainedOn: '2024-06-02' }, '350112', '2024-06-01'))).toEqual([
      ['achievement_after_evaluation_date', 'achievement.obtainedOn'],
    ]);
  });
  it('a history entry naming a rule the policy does not have', () => {
    expect(
      issuesOf(() =>
        evaluate(cqa, '350112', '2024-06-01', {
          history: [{ policyId: 'changle-2020', ruleId: 'no.such.rule', amountYuan: 1, obtainedOn: '2024-01-01' }],
        }),
      ),
    ).toEqual([['unknown_rule', 'options.history.0.ruleId']]);
  });
  it('assumeStartDate for a policy whose text states its start', () => {
    expect(issuesOf(() => evaluate(cqa, '350112', '2024-06-01', { assumeStartDate: '2024-01-01' }))).toEqual([
      ['start_date_not_blank', 'options.assumeStartDate'],
    ]);
  });
  it('unknown option', () => {
    expect(issuesOf(() => evaluate(cqa, '350112', '2024-06-01', { verbose: true } as never))).toEqual([
      ['unknown_field', 'options.verbose'],
    ]);
  });
});

describe('safeEvaluate', () => {
  it('returns success with data, or failure with the typed error, never throwing for bad input', () => {
    const ok = safeEvaluate(cqa, 'changle', '2024-06-01');
    expect(ok.success && ok.data.total.text).toBe('200万元');
    const bad = safeEvaluate(cqa, 'changle', '2024-02-30');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].code).toBe('invalid_date');
  });
});

describe('nothing the caller passes is mutated; results and policies are frozen', () => {
  it('inputs are left as they were', () => {
    const portfolio = [
      { ...cqa, recipient: { type: 'organization' as const, registeredIn: '350112' } },
      { kind: 'geographical_indication', subtype: 'agricultural_product', count: 2, obtainedOn: '2024-03-01' } as const,
    ];
    const options = {
      history: [{ policyId: 'changle-2020', ruleId: 'cqa.award', amountYuan: '100000.50', obtainedOn: '2024-01-01' }],
    };
    const before = structuredClone({ portfolio, options });
    Object.freeze(portfolio);
    evaluate(portfolio, 'changle', '2024-06-01', options);
    expect({ portfolio, options }).toEqual(before);
  });
  it('policy data is deep-frozen: no caller can change an amount', () => {
    const policy = getPolicy('changle-2020');
    expect(Object.isFrozen(policy.rules[0]?.amount)).toBe(true);
    expect(() => {
      (policy.rules[0]!.amount as { yuan: number }).yuan = 1;
    }).toThrow(TypeError);
    expect(evaluate(cqa, 'changle', '2024-06-01').total.text).toBe('200万元');
  });
  it('results are deep-frozen', () => {
    const r = evaluate(cqa, 'changle', '2024-06-01');
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.awards[0]?.amount)).toBe(true);
  });
});

describe('exotic input is refused with a typed error, never a raw exception', () => {
  const typed = (call: () => unknown) => {
    const result = safeEvaluate(...(call() as Parameters<typeof safeEvaluate>));
    expect(result.success).toBe(false);
    return result.success ? [] : result.error.issues.map((i) => [i.code, i.path.join('.')]);
  };
  it('a getter is not read: it could answer differently each time', () => {
    const sneaky = {
      kind: 'laboratory_accreditation',
      get obtainedOn() {
        throw new Error('boom');
      },
    };
    expect(typed(() => [sneaky, 'changle', '2024-06-01'])).toEqual([['forbidden_key', 'achievement.obtainedOn']]);
  });
  it('a revoked Proxy and a fake Date', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(typed(() => [proxy, 'changle', '2024-06-01'])[0]?.[0]).toBe('invalid_value');
    expect(typed(() => [cqa, 'changle', Object.create(Date.prototype)])[0]?.[0]).toBe('forbidden_key');
  });
  it('a Date where an object is expected', () => {
    expect(typed(() => [Object.assign(new Date(), cqa), 'changle', '2024-06-01'])).toEqual([
      ['invalid_type', 'achievement'],
    ]);
    expect(typed(() => [cqa, 'changle', '2024-06-01', new Date()])).toEqual([['invalid_type', 'options']]);
  });
  it('input nested deeper than any valid input', () => {
    let deep: unknown = {};
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    expect(typed(() => [deep, 'changle', '2024-06-01'])[0]?.[0]).toBe('too_large');
  });
  it('a Date beyond the year 9999, and counts or amounts too large to count exactly', () => {
    expect(typed(() => [cqa, 'changle', new Date(8.64e15)])).toEqual([['invalid_date', 'date']]);
    expect(
      typed(() => [
        { kind: 'geographical_indication', count: 2 ** 40, obtainedOn: '2024-01-01' },
        'changle',
        '2024-06-01',
      ]),
    ).toEqual([['out_of_range', 'achievement.count']]);
    const many = Array.from({ length: 500 }, () => ({
      kind: 'geographical_indication',
      subtype: 'agricultural_product',
      count: 1_000_000,
      obtainedOn: '2024-01-01',
    }));
    expect(typed(() => [many, 'changle', '2024-06-01'])).toEqual([['out_of_range', 'achievement']]);
  });
  it('a history entry obtained after the evaluation date', () => {
    const history = [{ policyId: 'changle-2020', ruleId: 'cqa.award', amountYuan: 1, obtainedOn: '2099-01-01' }];
    expect(typed(() => [cqa, 'changle', '2024-06-01', { history }])).toEqual([
      ['achievement_after_evaluation_date', 'options.history.0.obtainedOn'],
    ]);
  });
  it('getPolicy with something that is not an id', () => {
    expect(() => getPolicy(Symbol('x') as never)).toThrow(QualityRewardsError);
  });
});
