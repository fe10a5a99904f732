import type { EvaluationResult, InputIssue } from '../../index.js';

/** The CSV columns: one row per award, reward not paid, not computable or undetermined, or error. */
export const CSV_HEADER = [
  'line',
  'id',
  'row',
  'jurisdiction',
  'policyId',
  'achievementIndex',
  'achievementId',
  'ruleId',
  'clause',
  'code',
  'amountFen',
  'amountYuan',
  'field',
  'zh',
  'en',
] as const;

type Row = Partial<Record<(typeof CSV_HEADER)[number], string | number | undefined>>;

/** The rows of one evaluated line. A line with nothing to list still gets one row (`row: none`). */
export function resultRows(line: number, id: string | number | undefined, r: EvaluationResult): string {
  const base = { line, id, jurisdiction: r.jurisdiction.code, policyId: r.policy.id };
  const rows: Row[] = [
    ...r.awards.map((a) => ({
      ...base,
      row: 'paid',
      achievementIndex: a.achievementIndex,
      achievementId: a.achievementId,
      ruleId: a.ruleId,
      clause: a.clause,
      code: a.upTo ? 'up_to' : '',
      amountFen: a.amount.fen,
      amountYuan: a.amount.yuan,
      zh: a.title.zh,
      en: a.title.en,
    })),
    ...r.notPaid.map((n) => ({
      ...base,
      row: 'not_paid',
      achievementIndex: n.achievementIndex,
      achievementId: n.achievementId,
      ruleId: n.citation?.ruleId,
      clause: n.citation?.clause,
      code: n.code,
      amountFen: n.clauseAmount?.fen,
      amountYuan: n.clauseAmount?.yuan,
      zh: n.message.zh,
      en: n.message.en,
    })),
    ...r.notComputable.map((n) => ({
      ...base,
      row: 'not_computable',
      achievementIndex: n.achievementIndex,
      achievementId: n.achievementId,
      ruleId: n.ruleId,
      clause: n.clause,
      code: n.code,
      zh: n.message.zh,
      en: n.message.en,
    })),
    ...r.undetermined.map((u) => ({
      ...base,
      row: 'undetermined',
      achievementIndex: u.achievementIndex,
      achievementId: u.achievementId,
      ruleId: u.ruleId,
      clause: u.clause,
      code: u.code,
      amountFen: u.clauseAmount?.fen,
      amountYuan: u.clauseAmount?.yuan,
      field: u.missingFacts.join(' '),
      zh: u.message.zh,
      en: u.message.en,
    })),
  ];
  return (rows.length > 0 ? rows : [{ ...base, row: 'none' }]).map(csvLine).join('');
}

/** The rows of a line that failed: one per issue. */
export function errorRows(line: number, id: string | number | undefined, issues: readonly InputIssue[]): string {
  return issues
    .map((i) =>
      csvLine({ line, id, row: 'error', code: i.code, field: i.path.join('.'), zh: i.message.zh, en: i.message.en }),
    )
    .join('');
}

/** The header line, after a byte-order mark so that spreadsheet programs read the Chinese as UTF-8. */
export function csvHeader(): string {
  return `\ufeff${CSV_HEADER.join(',')}\r\n`;
}

function csvLine(row: Row): string {
  return `${CSV_HEADER.map((c) => cell(row[c])).join(',')}\r\n`;
}

/** RFC 4180 quoting; a text starting with = + @ is prefixed with ' so a spreadsheet does not run it as a formula. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  // A number never starts with = + @ (amounts are whole 分 ≥ 0), so it passes through as its digits.
  const text = String(value);
  const safe = /^[=+@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
