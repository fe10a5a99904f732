import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

/** Paths of every object reachable from `value` that is not frozen. */
function unfrozen(value: unknown, path = 'result', seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [
    ...here,
    ...Reflect.ownKeys(value).flatMap((k) =>
      unfrozen((value as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`, seen),
    ),
  ];
}

const org = (registeredIn: string) => ({ type: 'organization' as const, registeredIn });

describe('results are frozen all the way down, whatever they hold', () => {
  it('an award, its adjustments and readings; lines not paid and undetermined; warnings', () => {
    const portfolio = [
      { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' },
      {
        kind: 'government_quality_award',
        level: 'provincial',
        region: '350000',
        prize: 'award',
        obtainedOn: '2024-05-11',
      },
      { kind: 'standard_drafting', level: 'national', obtainedOn: '2024-05-12', recipient: org('350112') },
      { kind: 'standard_drafting', level: 'national', rank: 5, obtainedOn: '2019-05-12', recipient: org('350112') },
      { kind: 'geographical_indication', subtype: 'agricultural_product', count: 2, obtainedOn: '2024-03-01' },
    ];
    const history = [{ policyId: 'changle-2020', ruleId: 'cqa.award', amountYuan: 100000, obtainedOn: '2024-01-01' }];
    const results = [
      evaluate(portfolio as never, '350112', '2024-06-01', { history }),
      evaluate(portfolio as never, '350112', '2031-06-01'),
      evaluate(portfolio as never, 'shenzhen', '2024-06-01', { assumeStartDate: '2024-01-01' }),
      evaluate(portfolio as never, '410100', '2024-06-01', { history }),
    ];
    for (const r of results) expect(unfrozen(r)).toEqual([]);
    expect(results.some((r) => r.awards.length > 0 && r.notPaid.length > 0 && r.undetermined.length > 0)).toBe(true);
  });
});
