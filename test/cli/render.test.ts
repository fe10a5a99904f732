import { describe, expect, it } from 'vitest';
import { calendarListing } from '../../src/cli/render/calendarListing.js';
import { comparisonTable } from '../../src/cli/render/comparisonTable.js';
import { cells, textTable } from '../../src/cli/render/textTable.js';
import type { PolicyCalendarEntry } from '../../src/index.js';
import { evaluatorFor } from '../support/evaluatorFor.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/** The terminal renderings of the CLI: aligned text tables, a comparison, the policy calendar. */
describe('textTable: columns aligned in terminal cells', () => {
  it('a Chinese character takes two cells, a Latin letter one', () => {
    expect(cells('质量abc')).toBe(7);
    expect(cells('')).toBe(0);
  });
  it('pads every column but the last to its widest cell, two spaces apart, a rule of dashes under the header', () => {
    expect(
      textTable(
        ['名称', 'n'],
        [
          ['ab', 'x'],
          ['质量奖', 'yy  '],
        ],
      ),
    ).toBe(['名称    n', '------  ----', 'ab      x', '质量奖  yy'].join('\n') + '\n');
  });
  it('a row shorter than the header is padded as if its missing cells were empty', () => {
    expect(textTable(['a', 'b', 'c'], [['xxxx']])).toBe(['a     b  c', '----  -  -', 'xxxx'].join('\n') + '\n');
  });
});

describe('comparisonTable: one row per jurisdiction', () => {
  const reading = {
    id: 'r.figure',
    question: { zh: '问', en: 'q' },
    literal: '十万',
    chosen: { zh: '10万元', en: '100,000 yuan' },
    alternative: { zh: '1万元', en: '10,000 yuan' },
    alternativeData: [{ type: 'amount_yuan' as const, yuan: 10_000 }],
    basis: { zh: '据', en: 'b' },
  };
  const { evaluate } = evaluatorFor(
    syntheticPolicy({
      rules: [
        fixedRule('upto', 'laboratory_accreditation', 0, { amount: { type: 'fixed', yuan: 500_000, upTo: true } }),
        fixedRule('read', 'key_project', 0, { amount: { type: 'fixed', yuan: 100_000, reading } }),
        fixedRule('ranked', 'standard_drafting', 200_000, { conditions: [{ type: 'rank_between', min: 1, max: 1 }] }),
      ],
    }),
  );
  const { evaluate: evaluateDraft } = evaluatorFor(
    syntheticPolicy({
      status: 'draft',
      window: {
        start: { date: null, clause: '1', quote: 'start' },
        end: { type: 'date', date: '2029-12-31', clause: '1', quote: 'end' },
      },
      rules: [fixedRule('plain', 'key_project', 100_000)],
    }),
  );
  const on = (kind: string, facts: object = {}) => ({ kind, obtainedOn: '2024-01-01', ...facts }) as never;
  it('status, total (up to), clauses paid once each, and every reason not paid once', () => {
    const switched = evaluate(
      [on('laboratory_accreditation'), on('laboratory_accreditation'), on('key_project')],
      'testcity',
      '2025-06-01',
      { readings: { 'r.figure': 'alternative' } },
    );
    const mixed = evaluate(
      [on('standard_drafting', { rank: 2 }), on('standard_drafting', { rank: 3 }), on('standard_drafting')],
      'testcity',
      '2025-06-01',
    );
    const draft = evaluateDraft(on('key_project'), 'testcity', '2030-06-01', { assumeStartDate: '2020-01-01' });
    const rows = comparisonTable([switched, mixed, draft])
      .trimEnd()
      .split('\n')
      .slice(2)
      .map((line) => line.split(/ {2,}/));
    expect(rows).toEqual([
      [
        '测试市 990100',
        'test-city',
        '有效 in force · 读法已切换 readings switched: r.figure',
        '最高 up to 101万元',
        'upto, read',
        '—',
      ],
      ['测试市 990100', 'test-city', '有效 in force', '0元', '—', 'rank_not_eligible, missing_fact'],
      [
        '测试市 990100',
        'test-city',
        '无效 not in force · 草案 draft · 假定施行日 assumed start',
        '0元',
        '—',
        'policy_not_in_force',
      ],
    ]);
  });
});

describe('calendarListing: the policy calendar as a table', () => {
  const entry = (id: string, facts: Partial<PolicyCalendarEntry>): PolicyCalendarEntry => ({
    policyId: id,
    title: id,
    titleEn: id,
    jurisdiction: { code: '990100', slug: 'testcity', name: '测试市', nameEn: 'Test City' },
    status: 'in_force',
    draft: false,
    window: { start: '2020-01-01', end: '2029-12-31' },
    daysUntilStart: -100,
    daysUntilEnd: 100,
    startsWithin: false,
    endsWithin: false,
    ...facts,
  });
  const rows = (policies: PolicyCalendarEntry[], within = 30) =>
    calendarListing({ date: '2025-06-01', within, policies })
      .trimEnd()
      .split('\n')
      .slice(4)
      .map((line) => line.split(/ {2,}/));
  it('the heading names the date and the horizon; the table names its columns', () => {
    const lines = calendarListing({ date: '2025-06-01', within: 30, policies: [] }).split('\n');
    expect(lines[0]).toBe('评估日 date 2025-06-01 · 提示期 within 30 天 days');
    expect(lines[2]?.split(/ {2,}/)).toEqual([
      '地区 jurisdiction',
      '政策 policy',
      '状态 status',
      '期间 window',
      '提示 soon',
    ]);
  });
  it('each status in words, a draft marked, and what is soon', () => {
    expect(
      rows([
        entry('starts-soon', { status: 'not_yet_in_force', daysUntilStart: 10, startsWithin: true, draft: true }),
        entry('ends-soon', { daysUntilEnd: 20, endsWithin: true }),
        entry('in-force', {}),
        entry('later', { status: 'not_yet_in_force', daysUntilStart: 90 }),
        entry('expired', { status: 'expired', daysUntilEnd: -5 }),
      ]),
    ).toEqual([
      [
        '测试市 990100',
        'starts-soon',
        '未施行 not yet in force · 草案 draft',
        '2020-01-01 — 2029-12-31',
        '⚑ 10 天后施行 starts in 10 days',
      ],
      ['测试市 990100', 'ends-soon', '施行中 in force', '2020-01-01 — 2029-12-31', '⚑ 20 天后到期 ends in 20 days'],
      ['测试市 990100', 'in-force', '施行中 in force', '2020-01-01 — 2029-12-31', '100 天后到期 ends in 100 days'],
      ['测试市 990100', 'later', '未施行 not yet in force', '2020-01-01 — 2029-12-31', '90 天后施行 starts in 90 days'],
      ['测试市 990100', 'expired', '已失效 expired', '2020-01-01 — 2029-12-31', '已过 5 天 ended 5 days ago'],
    ]);
  });
  it('a blank start counted in years, an open end, a blank start with no end: nothing soon shown as —, even within 0 days', () => {
    expect(
      rows(
        [
          entry('blank', {
            status: 'start_blank',
            window: { start: null, end: null },
            validityYears: 3,
            daysUntilStart: null,
            daysUntilEnd: null,
          }),
          entry('open', { window: { start: '2020-01-01', end: null }, daysUntilEnd: null }),
        ],
        0,
      ),
    ).toEqual([
      ['测试市 990100', 'blank', '施行日空白 start blank', '（空白 blank） — +3年 years', '—'],
      ['测试市 990100', 'open', '施行中 in force', '2020-01-01 — （无 open）', '—'],
    ]);
  });
});
