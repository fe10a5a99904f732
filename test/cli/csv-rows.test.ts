import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvHeader, errorRows, resultRows } from '../../src/cli/batch/csvRows.js';
import { evaluateRequest, type EvaluationResult, type InputIssue } from '../../src/index.js';

/**
 * `batch --format csv`: one row per award, reward not paid, not computable or undetermined, or error.
 * 长乐 三(二)1 中国质量奖 → 200万元 (paid); a national standard the same year → 三(二) 就高不重复 (not paid);
 * a provincial award without its province → undetermined (needs region); 闵行 附则(三) 重点项目 → 一事一议.
 */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const organization = {
  type: 'organization',
  registeredIn: '310112',
  taxRegisteredIn: '310112',
  fullyStateFunded: false,
};
const rows = (text: string) =>
  text
    .split('\r\n')
    .slice(0, -1)
    .map((line) => Object.fromEntries(CSV_HEADER.map((c, i) => [c, splitCsv(line)[i]])));
/** Splits one CSV line (RFC 4180 quoting). */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') ((cell += '"'), i++);
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) (cells.push(cell), (cell = ''));
    else cell += c;
  }
  return [...cells, cell];
}
const changle = evaluateRequest({
  achievements: [
    cqa,
    { ...cqa, level: 'provincial' },
    { kind: 'standard_drafting', level: 'national', rank: 1, obtainedOn: '2024-03-01' },
  ],
  jurisdiction: 'changle',
  date: '2024-06-01',
});

describe('the header', () => {
  it('a byte-order mark, the column names, CRLF', () => {
    expect(csvHeader()).toBe(`\ufeff${CSV_HEADER.join(',')}\r\n`);
    expect(CSV_HEADER[0]).toBe('line');
  });
});

describe('the rows of an evaluated line', () => {
  // Written inside each test: a mutant is switched on only while a test runs, not while the file is collected.
  const written = () => rows(resultRows(7, 'X', changle));
  it('paid, then not paid, then undetermined, each with the line, id, jurisdiction and policy', () => {
    const [paid, notPaid, undetermined] = written();
    expect([paid, notPaid, undetermined].map((r) => [r?.line, r?.id, r?.row, r?.jurisdiction, r?.policyId])).toEqual([
      ['7', 'X', 'paid', '350112', 'changle-2020'],
      ['7', 'X', 'not_paid', '350112', 'changle-2020'],
      ['7', 'X', 'undetermined', '350112', 'changle-2020'],
    ]);
  });
  it('an award: its achievement, rule, clause, amount in 分 and 元, and its title', () => {
    const [paid] = written();
    expect(paid).toEqual({
      line: '7',
      id: 'X',
      row: 'paid',
      jurisdiction: '350112',
      policyId: 'changle-2020',
      achievementIndex: '0',
      achievementId: '',
      ruleId: 'cqa.award',
      clause: '三(二)1',
      code: '',
      amountFen: '200000000',
      amountYuan: '2000000.00',
      field: '',
      zh: '中国质量奖 → 200万元',
      en: 'China Quality Award → 2,000,000 yuan',
    });
  });
  it('a reward not paid: the clause it would have paid under, the reason code and the clause amount', () => {
    const notPaid = written()[1];
    expect(notPaid).toMatchObject({
      achievementIndex: '2',
      ruleId: 'drafting.national.lead',
      clause: '三(二)3(2)',
      code: 'stacking_highest_only',
      amountFen: '30000000',
      amountYuan: '300000.00',
      field: '',
    });
    expect(notPaid?.zh).toContain('就高');
    expect(notPaid?.en).toContain('highest-only');
  });
  it('undetermined: the missing facts in the field column, with the clause amount', () => {
    const undetermined = written()[2];
    expect(undetermined).toMatchObject({
      achievementIndex: '1',
      ruleId: 'fujian-qa.award',
      clause: '三(二)1',
      code: 'missing_fact',
      amountFen: '100000000',
      amountYuan: '1000000.00',
      field: 'region',
      en: 'A fact needed to decide is missing: needs region.',
    });
  });
  it('not computable: rule, clause and code, no amount', () => {
    const minhang = evaluateRequest({
      achievement: { obtainedOn: '2024-01-15', recipient: organization, kind: 'key_project' },
      jurisdiction: 'minhang',
      date: '2024-06-30',
    });
    expect(rows(resultRows(1, undefined, minhang))).toEqual([
      expect.objectContaining({
        id: '',
        row: 'not_computable',
        ruleId: 'key-project',
        clause: '附则(三)',
        code: 'case_by_case',
        amountFen: '',
        zh: expect.stringContaining('一事一议'),
        en: expect.stringContaining('case by case'),
      }),
    ]);
  });
  it('an award up to its amount (最高) is coded up_to; a line with nothing to list still gets one row', () => {
    const upTo = { ...changle, awards: changle.awards.map((a) => ({ ...a, upTo: true })) } as EvaluationResult;
    expect(rows(resultRows(2, 9, upTo))[0]?.code).toBe('up_to');
    const empty = { ...changle, awards: [], notPaid: [], notComputable: [], undetermined: [] } as EvaluationResult;
    expect(rows(resultRows(3, 'E', empty))).toEqual([
      {
        ...Object.fromEntries(CSV_HEADER.map((c) => [c, ''])),
        line: '3',
        id: 'E',
        row: 'none',
        jurisdiction: '350112',
        policyId: 'changle-2020',
      },
    ]);
  });
});

describe('the rows of a line that failed', () => {
  const issue = (zh: string, path: InputIssue['path'] = ['achievements', 0, 'kind']): InputIssue => ({
    code: 'unknown_achievement_kind',
    path,
    message: { zh, en: 'unknown kind' },
  });
  it('one row per issue: code, the dotted path in the field column, both messages', () => {
    expect(rows(errorRows(4, 'A-4', [issue('未知'), issue('另一', [])]))).toEqual([
      expect.objectContaining({
        line: '4',
        id: 'A-4',
        row: 'error',
        code: 'unknown_achievement_kind',
        field: 'achievements.0.kind',
        zh: '未知',
        en: 'unknown kind',
        ruleId: '',
      }),
      expect.objectContaining({ line: '4', id: 'A-4', row: 'error', field: '', zh: '另一' }),
    ]);
  });
});

describe('cells', () => {
  const cellOf = (zh: string) =>
    errorRows(1, undefined, [{ code: 'invalid_type', path: [], message: { zh, en: 'e' } }]);
  it('a comma, a quote or a line break is quoted, quotes doubled', () => {
    expect(cellOf('a,b')).toBe('1,,error,,,,,,,invalid_type,,,,"a,b",e\r\n');
    expect(cellOf('say "x"')).toBe('1,,error,,,,,,,invalid_type,,,,"say ""x""",e\r\n');
    expect(cellOf('a\nb')).toBe('1,,error,,,,,,,invalid_type,,,,"a\nb",e\r\n');
    expect(cellOf('a\rb')).toBe('1,,error,,,,,,,invalid_type,,,,"a\rb",e\r\n');
  });
  it.each(['=SUM(A1)', '+1', '@cmd', '\tx'])(
    'a text starting like a formula (%j) is prefixed with an apostrophe',
    (text) => {
      expect(cellOf(text)).toBe(`1,,error,,,,,,,invalid_type,,,,'${text},e\r\n`);
    },
  );
  it('a carriage return at the start is prefixed and quoted; a formula character later is left alone', () => {
    expect(cellOf('\rx')).toBe(`1,,error,,,,,,,invalid_type,,,,"'\rx",e\r\n`);
    expect(cellOf('a=b')).toBe('1,,error,,,,,,,invalid_type,,,,a=b,e\r\n');
  });
  it('a numeric id is written as a number', () => {
    expect(errorRows(1, 42, [])).toBe('');
    expect(errorRows(1, 42, [{ code: 'invalid_type', path: [], message: { zh: 'z', en: 'e' } }])).toBe(
      '1,42,error,,,,,,,invalid_type,,,,z,e\r\n',
    );
  });
});

describe('lines without a clause or a clause amount', () => {
  const minhang = (achievement: unknown) =>
    rows(resultRows(1, 'M', evaluateRequest({ achievement, jurisdiction: 'minhang', date: '2024-06-30' })));
  it('a reward not paid for want of any rule: no rule, clause or amount', () => {
    const [row] = minhang({
      obtainedOn: '2024-01-15',
      recipient: { type: 'individual', employedIn: '310112' },
      kind: 'measurement_management_certification',
      cycle: 'initial',
      firstTime: true,
    });
    expect(row).toMatchObject({
      row: 'not_paid',
      code: 'no_rule_for_achievement',
      ruleId: '',
      clause: '',
      amountFen: '',
      amountYuan: '',
    });
  });
  it('undetermined: several missing facts separated by spaces; no clause amount, empty cells', () => {
    const [row] = minhang({
      kind: 'government_quality_award',
      level: 'national',
      prize: 'award',
      obtainedOn: '2024-01-15',
    });
    expect(row?.field).toBe('registeredIn taxRegisteredIn fullyStateFunded');
    const r = evaluateRequest({
      achievement: { ...cqa, level: 'provincial' },
      jurisdiction: 'changle',
      date: '2024-06-01',
    });
    const unpriced = { ...r, undetermined: r.undetermined.map(({ clauseAmount: _, ...u }) => u) } as EvaluationResult;
    expect(rows(resultRows(1, 'U', unpriced))[0]).toMatchObject({ row: 'undetermined', amountFen: '', amountYuan: '' });
  });
});
