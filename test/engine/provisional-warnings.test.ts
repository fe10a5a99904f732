import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const ON = '2025-06-01';
const provisional = (r: { warnings: readonly { code: string; clause?: string | undefined }[] }) =>
  r.warnings.filter((w) => w.code === 'provisional').map((w) => w.clause);

describe('provisional: a payment that may change once a missing fact is known', () => {
  describe('under 最先申报 (first_filed): only an undetermined claim of the same project', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('ranked', 'standard_drafting', 300_000, { conditions: [{ type: 'rank_between', min: 1, max: 1 }] }),
        fixedRule('pilot', 'standardization_pilot', 200_000),
      ],
      stacking: [{ type: 'first_filed', id: 'ff', clause: 'F', quote: 'F' }],
    });
    const { evaluate } = evaluatorFor(policy);
    const drafting = (projectId?: string) => ({
      kind: 'standard_drafting',
      obtainedOn: '2024-01-01',
      filedOn: '2024-03-01',
      ...(projectId ? { projectId } : {}),
    });
    const pilot = (projectId?: string) => ({
      kind: 'standardization_pilot',
      obtainedOn: '2024-01-01',
      filedOn: '2024-02-01',
      ...(projectId ? { projectId } : {}),
    });

    it('same project: the computed award is flagged', () => {
      expect(provisional(evaluate([drafting('P'), pilot('P')], 'testcity', ON))).toEqual(['F']);
    });
    it('different projects: not flagged', () => {
      expect(provisional(evaluate([drafting('P'), pilot('Q')], 'testcity', ON))).toEqual([]);
    });
    it('no project on the award: not flagged', () => {
      expect(provisional(evaluate([drafting('P'), pilot()], 'testcity', ON))).toEqual([]);
    });
    it('no project on either: not flagged', () => {
      expect(provisional(evaluate([drafting(), pilot()], 'testcity', ON))).toEqual([]);
    });
    it('two awards, only one sharing its project with the undetermined claim: flagged', () => {
      expect(provisional(evaluate([drafting('P'), pilot('P'), pilot('Q')], 'testcity', ON))).toEqual(['F']);
    });
    it('two undetermined claims, only one of the award’s project: flagged', () => {
      expect(provisional(evaluate([drafting('P'), drafting('Q'), pilot('P')], 'testcity', ON))).toEqual(['F']);
    });
  });

  describe('under 就高 or a cap: an undetermined member and a paid member of the same rule', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('big', 'laboratory_accreditation', 500_000, {
          match: { kind: 'laboratory_accreditation', cycle: 'initial' },
        }),
        fixedRule('small', 'measurement_management_certification', 100_000),
        fixedRule('outside', 'key_project', 100_000),
        fixedRule('capped', 'standardization_pilot', 100_000, {
          match: { kind: 'standardization_pilot', level: 'national' },
        }),
        fixedRule('capped2', 'standard_drafting', 100_000),
      ],
      stacking: [
        { type: 'highest_only', id: 'pool', clause: 'S', quote: 'S', rules: ['big', 'small'], scope: 'ever' },
        {
          type: 'cumulative_cap',
          id: 'cap',
          clause: 'C',
          quote: 'C',
          rules: ['capped', 'capped2'],
          capYuan: 150_000,
          period: { type: 'ever' },
        },
      ],
    });
    const { evaluate } = evaluatorFor(policy);
    const lab = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' };
    const small = { kind: 'measurement_management_certification', obtainedOn: '2024-01-01' };
    const outside = { kind: 'key_project', obtainedOn: '2024-01-01' };
    const pilot = { kind: 'standardization_pilot', obtainedOn: '2024-01-01' };
    const drafting = { kind: 'standard_drafting', obtainedOn: '2024-01-01' };

    it('the undetermined member and the paid member share the pool → flagged once, with the pool’s clause', () => {
      expect(provisional(evaluate([lab, small], 'testcity', ON))).toEqual(['S']);
    });
    it('the paid award is outside the pool → not flagged', () => {
      expect(provisional(evaluate([lab, outside], 'testcity', ON))).toEqual([]);
    });
    it('nothing undetermined → not flagged', () => {
      expect(provisional(evaluate([{ ...lab, cycle: 'initial' }, small], 'testcity', ON))).toEqual([]);
    });
    it('nothing paid → not flagged', () => {
      expect(provisional(evaluate([lab], 'testcity', ON))).toEqual([]);
    });
    it('each stacking rule affected gets its own warning', () => {
      expect(provisional(evaluate([lab, small, pilot, drafting], 'testcity', ON))).toEqual(['S', 'C']);
    });
  });
});

describe('provisional: stacking an undetermined reward cannot change', () => {
  const lab = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' };
  const small = { kind: 'key_project', obtainedOn: '2024-01-01' };
  const rules = [
    fixedRule('big', 'laboratory_accreditation', 500_000, {
      match: { kind: 'laboratory_accreditation', cycle: 'initial' },
    }),
    fixedRule('small', 'key_project', 100_000),
  ];

  it('不得重复享受 (duplicate_support) acts on history alone: an undetermined and a paid reward → not flagged', () => {
    const { evaluate } = evaluatorFor(
      syntheticPolicy({
        rules,
        stacking: [
          { type: 'duplicate_support', id: 'dup', clause: 'D', quote: 'D', region: '990100', settle: 'not_paid' },
        ],
      }),
    );
    const r = evaluate([lab, small], 'testcity', ON);
    expect([r.undetermined.length, r.awards.length]).toEqual([1, 1]);
    expect(provisional(r)).toEqual([]);
  });

  it('a policy with no stacking rule: an undetermined and a paid reward → not flagged', () => {
    const { evaluate } = evaluatorFor(syntheticPolicy({ rules }));
    const r = evaluate([lab, small], 'testcity', ON);
    expect([r.undetermined.length, r.awards.length]).toEqual([1, 1]);
    expect(provisional(r)).toEqual([]);
  });
});

describe('the warnings’ words', () => {
  const policy = syntheticPolicy({
    rules: [
      fixedRule('big', 'laboratory_accreditation', 500_000, {
        match: { kind: 'laboratory_accreditation', cycle: 'initial' },
      }),
      fixedRule('small', 'key_project', 100_000),
    ],
    stacking: [{ type: 'highest_only', id: 'pool', clause: 'S', quote: 'Q', rules: ['big', 'small'], scope: 'ever' }],
  });
  const { evaluate } = evaluatorFor(policy);

  it('provisional: says the payment may change once the missing facts are known, with the stacking clause', () => {
    const r = evaluate(
      [
        { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01' },
        { kind: 'key_project', obtainedOn: '2024-01-01' },
      ],
      'testcity',
      ON,
    );
    expect(r.warnings.find((w) => w.code === 'provisional')).toEqual({
      code: 'provisional',
      message: {
        zh: '有待定事项与已计算的支付适用同一叠加规则；补齐缺少的事实后，已计算的支付可能改变。',
        en: 'An undetermined reward falls under the same stacking rule as a computed payment; once the missing facts are known, the payment may change.',
      },
      clause: 'S',
      quote: 'Q',
    });
  });

  it('history_not_counted: names each other policy id once, and this policy’s id', () => {
    const history = ['x-policy', 'y-policy', 'x-policy'].map((policyId) => ({
      policyId,
      ruleId: 'r',
      amountYuan: 1,
      obtainedOn: '2024-01-01',
    }));
    const r = evaluate({ kind: 'key_project', obtainedOn: '2024-02-01' }, 'testcity', ON, { history });
    const w = r.warnings.find((x) => x.code === 'history_not_counted');
    expect(w?.message.zh).toBe(
      'history 中以下政策下的付款不计入本政策（test-city）的上限、就高与首次判断：x-policy、y-policy。',
    );
    expect(w?.message.en).toBe(
      "Payments in history under these policies do not count toward this policy's (test-city) caps, highest-only or first-time rules: x-policy, y-policy.",
    );
  });

  it('history only under this policy: no history_not_counted warning', () => {
    const history = [{ policyId: 'test-city', ruleId: 'small', amountYuan: 1, obtainedOn: '2024-01-01' }];
    const r = evaluate(
      { kind: 'laboratory_accreditation', cycle: 'initial', obtainedOn: '2024-02-01' },
      'testcity',
      ON,
      {
        history,
      },
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('history_not_counted');
  });
});
