import { describe, expect, it } from 'vitest';
import { QualityRewardsError, renderPolicyTable } from '../../src/index.js';
import { policySchema, type Reading } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** renderPolicyTable: the Markdown table a reviewer checks against the text, on made-up policies. */
const plainReading: Reading = {
  id: 'r.plain',
  question: { zh: '问', en: 'q' },
  literal: '原',
  chosen: { zh: '选', en: 'c' },
  basis: { zh: '据', en: 'b' },
};
const switchReading: Reading = {
  ...plainReading,
  id: 'r.switch',
  alternative: { zh: '另', en: 'o' },
  alternativeData: [
    { type: 'fact_in_values', values: ['a', 'b'] },
    { type: 'match_values', fact: 'level', values: ['national', 'provincial'] },
  ],
};

describe('renderPolicyTable', () => {
  it('a policy with no stacking, readings or notices: only the heading lines and the table; | and line breaks escaped in cells', () => {
    const minimal = policySchema.parse(
      syntheticPolicy({
        achievementTiming: { startDayCounts: false },
        rules: [fixedRule('one', 'key_project', 100, { quote: 'a | b\nc' })],
      }),
    );
    expect(renderPolicyTable(minimal)).toBe(
      [
        '# 测试市质量奖励办法',
        '',
        'Test City quality rewards',
        '',
        '<!-- generated from policies/test-city.ts by `npm run tables`; do not edit by hand -->',
        '',
        '- 地区 Jurisdiction: 测试市 (990100, Test City)',
        '- 状态 Status: 施行 in force',
        '- 施行期间 Window: 2020-01-01 — 2029-12-31',
        '- 成果时间 Timing: 施行日之后取得的成果（文本未规定，见解读）',
        '',
        '| 条款 | 规则 id | 成果 | 条件 | 金额 | 原文 | 解读 |',
        '|---|---|---|---|---|---|---|',
        '| one | one | key_project | — | 100元 | a \\| b c | — |',
        '',
      ].join('\n'),
    );
  });

  describe('a policy with eligibility, once, stacking and readings', () => {
    // Rendered inside each test, so that the run of each test is what reaches the code.
    const text = () =>
      renderPolicyTable(
        policySchema.parse(
          syntheticPolicy({
            eligibility: [{ type: 'obtained_within', from: null, to: null }],
            rules: [
              fixedRule('once', 'key_project', 100, {
                once: { per: 'recipient', sameAs: ['x', 'y'], quote: '一次性' },
                readings: [plainReading, switchReading],
              }),
              fixedRule('x', 'laboratory_accreditation', 100),
              fixedRule('y', 'standardization_pilot', 100),
            ],
            stacking: [
              {
                type: 'highest_only',
                id: 'pool',
                clause: 'S',
                quote: 'Q',
                rules: ['once', 'x', 'y'],
                scope: 'ever',
                additiveRules: ['x', 'y'],
              },
            ],
          }),
        ),
      ).split('\n');
    it('an eligibility condition without a clause, open at both ends', () => {
      expect(text()).toContain('- 适用条件 Eligibility: 取得日 … 至 …');
    });
    it('once per recipient, with the rules that count as the same matter', () => {
      expect(text()).toContain(
        '| once | once | key_project | 一次性：每个申报单位只付一次（与 x, y 同一事项） | 100元 | once | 原文“原”→ 选；原文“原”→ 选 |',
      );
    });
    it('a stacking rule without a reading, with its additive rules', () => {
      expect(text()).toContain('- S「Q」— 就高（ever）：once, x, y；同条多项相加：x, y');
    });
    it('readings: one without alternative data says nothing of switching; one with it lists each change', () => {
      expect(text()).toContain('- **r.plain** 问 原文“原”。采用：选。依据：据');
      expect(text()).toContain(
        '- **r.switch** 问 原文“原”。采用：选；另一读法：另（可切换 switchable: options.readings — fact_in_values a/b; match_values level national/provincial）。依据：据',
      );
    });
  });

  it('what is not a policy: a typed error on the field policy', () => {
    try {
      renderPolicyTable({} as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(QualityRewardsError);
      expect((e as QualityRewardsError).issues[0].path[0]).toBe('policy');
    }
  });
});
