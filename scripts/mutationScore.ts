/**
 * `npm run mutation:score [-- --report path] [-- --markdown]`: the mutation score of every file in a
 * Stryker JSON report (default `reports/mutation/mutation.json`, written by `npm run mutation`), then of
 * each directory and of the whole report. A file's score is detected (killed + timeout) over valid
 * mutants (detected + survived + no coverage); ignored mutants (static ones, disable comments) and mutants
 * that do not compile do not count, as in Stryker's own score. Exits 1 when the whole is under 90% or a
 * file under 85% — the targets of the mutation issue.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

/** The part of Stryker's mutation-testing-report-schema this script reads. */
type Report = { files: Record<string, { mutants: { status: string }[] }> };

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const WHOLE_TARGET = 90;
const FILE_TARGET = 85;

const { values } = parseArgs({
  options: {
    report: { type: 'string', default: 'reports/mutation/mutation.json' },
    markdown: { type: 'boolean', default: false },
  },
});
const report = JSON.parse(readFileSync(values.report, 'utf8')) as Report;

type Tally = { detected: number; valid: number; survived: number; noCoverage: number; ignored: number };
const empty = (): Tally => ({ detected: 0, valid: 0, survived: 0, noCoverage: 0, ignored: 0 });
const add = (into: Tally, from: Tally): void => {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
};

const byFile = new Map<string, Tally>();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const tally = empty();
  for (const { status } of mutants) {
    if (DETECTED.has(status)) tally.detected += 1;
    if (DETECTED.has(status) || UNDETECTED.has(status)) tally.valid += 1;
    if (status === 'Survived') tally.survived += 1;
    if (status === 'NoCoverage') tally.noCoverage += 1;
    if (status === 'Ignored') tally.ignored += 1;
  }
  byFile.set(file, tally);
}

const byDirectory = new Map<string, Tally>();
const whole = empty();
for (const [file, tally] of byFile) {
  const directory = dirname(file);
  if (!byDirectory.has(directory)) byDirectory.set(directory, empty());
  add(byDirectory.get(directory)!, tally);
  add(whole, tally);
}

/** Score in percent, one decimal; a file with no valid mutant has nothing to miss (100). */
const score = (t: Tally): number => (t.valid === 0 ? 100 : Math.round((t.detected / t.valid) * 1000) / 10);
const row = (name: string, t: Tally, mark: string): string[] => [
  name,
  `${t.detected}/${t.valid}`,
  score(t).toFixed(1),
  String(t.survived),
  String(t.noCoverage),
  String(t.ignored),
  mark,
];
const header = ['file', 'detected/valid', 'score %', 'survived', 'no coverage', 'ignored', ''];
const rows = [...byFile]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, t]) => row(file, t, score(t) < FILE_TARGET ? `< ${FILE_TARGET}` : ''));
const directoryRows = [...byDirectory]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([directory, t]) => row(`${directory}/`, t, ''));
const wholeRow = row('all files', whole, score(whole) < WHOLE_TARGET ? `< ${WHOLE_TARGET}` : '');

if (values.markdown) {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  console.log(
    [line(header), line(header.map(() => '---')), ...rows.map(line), ...directoryRows.map(line), line(wholeRow)].join(
      '\n',
    ),
  );
} else {
  const all = [header, ...rows, ...directoryRows, wholeRow];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i]!.length)));
  const text = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log([text(header), ...rows.map(text), '', ...directoryRows.map(text), '', text(wholeRow)].join('\n'));
}

const below = rows.filter((cells) => cells[6] !== '').length;
if (score(whole) < WHOLE_TARGET || below > 0) process.exitCode = 1;
