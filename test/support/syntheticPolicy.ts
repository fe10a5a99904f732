import type { PolicyInput, RuleInput } from '../../src/schema/policy.js';

/**
 * A made-up policy for engine tests: no real jurisdiction, each stacking primitive used once, so the
 * primitives are tested apart from any policy text.
 */
export function syntheticPolicy(overrides: Partial<PolicyInput> & { rules: RuleInput[] }): PolicyInput {
  return {
    id: 'test-city',
    title: '测试市质量奖励办法',
    titleEn: 'Test City quality rewards',
    jurisdiction: { code: '990100', slug: 'testcity', names: ['测试市'], nameEn: 'Test City' },
    status: 'in_force',
    window: {
      start: { date: '2020-01-01', clause: '1', quote: 'start' },
      end: { type: 'date', date: '2029-12-31', clause: '1', quote: 'end' },
    },
    achievementTiming: { startDayCounts: true },
    ...overrides,
  };
}

/** A fixed-amount rule on a kind, for stacking tests. */
export function fixedRule(id: string, kind: string, yuan: number, extra: Partial<RuleInput> = {}): RuleInput {
  return {
    id,
    clause: id,
    quote: id,
    title: { zh: id, en: id },
    match: { kind },
    amount: { type: 'fixed', yuan },
    ...extra,
  };
}
