import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../src/result/types.js';
import type { PolicyInput, Reading } from '../../src/schema/policy.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/*
 * The warnings of a result, in the order a reader needs them: draft status, an assumed start, upper limits
 * and notices, then every reading the result relies on, once each (the window's, the timing's, the lines').
 */

const reading = (id: string, alternative = true): Reading => ({
  id,
  question: { zh: `问${id}`, en: `Q${id}` },
  literal: `字${id}`,
  chosen: { zh: `取${id}`, en: `C${id}` },
  ...(alternative ? { alternative: { zh: `另${id}`, en: `A${id}` } } : {}),
  basis: { zh: `据${id}`, en: `B${id}` },
});
const policyWith = (overrides: Partial<PolicyInput>) =>
  evaluatorFor(
    syntheticPolicy({
      rules: [fixedRule('r', 'patent_award', 1, { readings: [reading('rule')] })],
      ...overrides,
    } as Partial<PolicyInput> & { rules: PolicyInput['rules'] }),
  );
const patent = { kind: 'patent_award', obtainedOn: '2024-01-01' };
const codes = (r: EvaluationResult) => r.warnings.map((w) => (w.reading ? `${w.code}:${w.reading.id}` : w.code));

describe('warnings: draft, assumed start, limits and notices, in that order', () => {
  const draft = policyWith({
    status: 'draft',
    statusQuote: '征求意见稿',
    upperLimits: { clause: 'U', quote: '最高' },
    notices: [{ id: 'n', clause: 'N', quote: '另行通知', message: { zh: '注意', en: 'note' } }],
    window: {
      start: { date: null, clause: 'S', quote: '自 年 月 日起施行' },
      end: { type: 'date', date: '2029-12-31', clause: 'E', quote: '截止' },
    },
  });
  const r = draft.evaluate(patent, 'testcity', '2024-06-01', { assumeStartDate: '2020-01-01' });
  it('a draft with an assumed start, upper limits and a notice → draft, assumed start, upper limit, notice, readings', () => {
    expect(codes(r)).toEqual(['draft_policy', 'assumed_start_date', 'upper_limit', 'notice', 'uncertain_reading:rule']);
  });
  it('each warning says what it is and cites its words', () => {
    expect(r.warnings.slice(0, 4)).toStrictEqual([
      {
        code: 'draft_policy',
        message: {
          zh: '本政策文本为征求意见稿，尚非正式施行文本。',
          en: 'This policy text is a draft for comment (征求意见稿), not a final text.',
        },
        quote: '征求意见稿',
      },
      {
        code: 'assumed_start_date',
        message: {
          zh: '政策文本未填写施行日期，按调用方假定的 2020-01-01 计算。',
          en: 'The text leaves the start date blank; the caller assumed 2020-01-01.',
        },
        clause: 'S',
        quote: '自 年 月 日起施行',
      },
      {
        code: 'upper_limit',
        message: {
          zh: '本政策所列金额均为上限，实际金额受年度资金预算控制。',
          en: 'Every amount in this policy is an upper limit, subject to the annual budget.',
        },
        clause: 'U',
        quote: '最高',
      },
      { code: 'notice', message: { zh: '注意', en: 'note' }, clause: 'N', quote: '另行通知' },
    ]);
  });
  it('a draft that quotes nothing → the draft warning has no quote; a policy in force → no draft warning', () => {
    const bare = policyWith({ status: 'draft' }).evaluate(patent, 'testcity', '2024-06-01');
    expect(bare.warnings[0]).toStrictEqual({
      code: 'draft_policy',
      message: {
        zh: '本政策文本为征求意见稿，尚非正式施行文本。',
        en: 'This policy text is a draft for comment (征求意见稿), not a final text.',
      },
    });
    expect(codes(policyWith({}).evaluate(patent, 'testcity', '2024-06-01'))).toEqual(['uncertain_reading:rule']);
  });
});

describe('warnings: every reading the result relies on, once each', () => {
  it('the uncertain_reading warning gives the literal words, the reading used, the alternative and the basis', () => {
    const r = policyWith({}).evaluate(patent, 'testcity', '2024-06-01');
    expect(r.warnings[0]?.message).toEqual({
      zh: '问rule 原文：“字rule”。采用：取rule；另一读法：另rule。依据：据rule',
      en: 'Qrule Text: "字rule". Reading used: Crule; alternative: Arule. Basis: Brule',
    });
    const single = evaluatorFor(
      syntheticPolicy({ rules: [fixedRule('r', 'patent_award', 1, { readings: [reading('one', false)] })] }),
    ).evaluate(patent, 'testcity', '2024-06-01');
    expect(single.warnings[0]?.message).toEqual({
      zh: '问one 原文：“字one”。采用：取one。依据：据one',
      en: 'Qone Text: "字one". Reading used: Cone. Basis: Bone',
    });
  });
  it('a start read from damaged words, an open end and a timing reading → all three, then the lines’ readings', () => {
    const r = policyWith({
      window: {
        start: { date: '2020-01-01', clause: 'S', quote: 's', reading: reading('start') },
        end: { type: 'open', reading: reading('open') },
      },
      achievementTiming: { startDayCounts: true, reading: reading('timing') },
    }).evaluate([patent, patent], 'testcity', '2024-06-01');
    expect(codes(r)).toEqual([
      'uncertain_reading:start',
      'uncertain_reading:open',
      'uncertain_reading:timing',
      'uncertain_reading:rule',
    ]);
  });
  it('the timing reading is raised whatever kinds of line the result has: paid and not paid, undetermined, not computable', () => {
    const timed = evaluatorFor(
      syntheticPolicy({
        achievementTiming: { startDayCounts: true, reading: reading('timing') },
        rules: [
          fixedRule('r', 'patent_award', 1),
          fixedRule('u', 'government_quality_award', 1, {
            match: { kind: 'government_quality_award', prize: 'award' },
          }),
          fixedRule('n', 'key_project', 0, {
            amount: { type: 'not_computable', reason: 'case_by_case', note: { zh: '另定', en: 'apart' } },
          }),
        ],
      }),
    );
    const other = { kind: 'quality_city_honor', obtainedOn: '2024-01-01' };
    for (const second of [
      other,
      { kind: 'government_quality_award', obtainedOn: '2024-01-01' },
      { kind: 'key_project', obtainedOn: '2024-01-01' },
    ]) {
      const r = timed.evaluate([patent, second], 'testcity', '2024-06-01');
      expect(codes(r)).toContain('uncertain_reading:timing');
    }
  });
  it('有效期1年 from 2024-02-29: the reading of the last day is raised on 2025-02-28 itself, not the day before', () => {
    const leap = policyWith({
      window: {
        start: { date: '2024-02-29', clause: 'S', quote: 's' },
        end: { type: 'validity_years', years: 1, clause: 'E', quote: '有效期1年' },
      },
    });
    const lastDay = leap.evaluate({ kind: 'patent_award', obtainedOn: '2024-03-01' }, 'testcity', '2025-02-28');
    const before = leap.evaluate({ kind: 'patent_award', obtainedOn: '2024-03-01' }, 'testcity', '2025-02-27');
    expect(codes(lastDay)).toContain('uncertain_reading:calendar.validity-years-from-29-february');
    expect(codes(before)).not.toContain('uncertain_reading:calendar.validity-years-from-29-february');
  });
});
