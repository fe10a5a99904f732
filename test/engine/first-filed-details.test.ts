import { describe, expect, it } from 'vitest';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** 最先申报 (first_filed): what each line not paid or undetermined says about the filing dates. */
describe('first_filed: the words of each line it decides', () => {
  const { evaluate } = evaluatorFor(
    syntheticPolicy({
      rules: [
        fixedRule('ranked', 'standard_drafting', 300_000, { conditions: [{ type: 'rank_between', min: 1, max: 1 }] }),
        fixedRule('big', 'laboratory_accreditation', 500_000),
        fixedRule('small', 'measurement_management_certification', 100_000),
      ],
      stacking: [{ type: 'first_filed', id: 'ff', clause: 'F', quote: 'F' }],
    }),
  );
  const ON = '2025-06-01';
  const small = (filedOn?: string) => ({
    kind: 'measurement_management_certification',
    obtainedOn: '2024-01-01',
    projectId: 'p1',
    ...(filedOn ? { filedOn } : {}),
  });
  const big = (filedOn: string) => ({
    kind: 'laboratory_accreditation',
    obtainedOn: '2024-01-01',
    projectId: 'p1',
    filedOn,
  });

  it('a later claim of the project: says when it and the first were filed', () => {
    const r = evaluate([small('2024-02-01'), big('2024-02-02')], 'testcity', ON);
    expect(r.notPaid[0]?.message).toEqual({
      zh: '同一项目符合多项补助，按最先申报一项执行：本项申报于 2024-02-02，最先申报的一项申报于 2024-02-01。',
      en: 'One project qualifying for several rewards is paid only under the claim filed first: filed on 2024-02-02; the first claim was filed on 2024-02-01.',
    });
  });
  it('the project was paid before (history): names the project and the rule that paid it', () => {
    const r = evaluate(big('2024-05-01'), 'testcity', ON, {
      history: [
        { policyId: 'test-city', ruleId: 'small', amountYuan: 100_000, obtainedOn: '2024-01-01', projectId: 'p1' },
      ],
    });
    expect(r.notPaid[0]?.message.zh).toContain('项目 p1 已按 small 获得补助');
    expect(r.notPaid[0]?.message.en).toContain('project p1 was already paid under small');
  });
  it('a filing date missing: each claim asks for filedOn', () => {
    const r = evaluate([small(), big('2024-02-02')], 'testcity', ON);
    expect(r.undetermined.map((u) => u.message)).toEqual(
      Array(2).fill({
        zh: '缺少判断所需的事实，无法确定：同一项目有多项申报，需各项的申报日期（filedOn）。',
        en: 'A fact needed to decide is missing: several claims for one project; each needs its filing date (filedOn).',
      }),
    );
  });
  it('filed the same day: says how many and which day', () => {
    const r = evaluate([small('2024-02-02'), big('2024-02-02')], 'testcity', ON);
    expect(r.undetermined[0]?.message.zh).toContain('2 项于同日 2024-02-02 申报');
    expect(r.undetermined[0]?.message.en).toContain('2 claims were filed on the same day, 2024-02-02');
  });
  it('the first filed is itself undetermined: the later claim waits on it, naming its clause and date', () => {
    const drafting = { kind: 'standard_drafting', obtainedOn: '2024-01-01', projectId: 'p1', filedOn: '2024-01-15' };
    const r = evaluate([drafting, big('2024-02-01')], 'testcity', ON);
    const waiting = r.undetermined.find((u) => u.ruleId === 'big');
    expect(waiting?.message.zh).toContain('最先申报的一项（ranked，2024-01-15）尚待定，其结果决定本项');
    expect(waiting?.message.en).toContain(
      'the first-filed claim (ranked, 2024-01-15) is undetermined and decides this one',
    );
  });
});

describe('first_filed with a reading of what one project is', () => {
  const reading = {
    id: 'project-reading',
    question: { zh: '问', en: 'q' },
    literal: '同一项目',
    chosen: { zh: '选', en: 'c' },
    basis: { zh: '据', en: 'b' },
  };
  const { evaluate } = evaluatorFor(
    syntheticPolicy({
      rules: [
        fixedRule('ranked', 'standard_drafting', 300_000, { conditions: [{ type: 'rank_between', min: 1, max: 1 }] }),
        fixedRule('big', 'laboratory_accreditation', 500_000),
      ],
      stacking: [{ type: 'first_filed', id: 'ff', clause: 'F', quote: 'F', reading }],
    }),
  );
  it('one claim beside a later-filed one whose amount is undetermined: the paid claim relies on the reading', () => {
    const drafting = { kind: 'standard_drafting', obtainedOn: '2024-01-01', projectId: 'p1', filedOn: '2024-03-01' };
    const lab = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01', projectId: 'p1', filedOn: '2024-02-01' };
    const r = evaluate([drafting, lab], 'testcity', '2025-06-01');
    expect(r.awards.map((a) => [a.ruleId, a.readings.map((x) => x.id)])).toEqual([['big', ['project-reading']]]);
  });
  it('a lone claim, nothing to compare: no reading', () => {
    const lab = { kind: 'laboratory_accreditation', obtainedOn: '2024-01-01', projectId: 'p1', filedOn: '2024-02-01' };
    expect(evaluate(lab, 'testcity', '2025-06-01').awards[0]?.readings).toEqual([]);
  });
});
