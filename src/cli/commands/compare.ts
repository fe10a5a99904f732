import { compare } from '../../index.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions, required } from '../parseOptions.js';
import { parseJson, readInput } from '../readInput.js';
import { comparisonTable } from '../render/comparisonTable.js';
import { READING_FLAG_HELP, readingsFromFlags, withReadings } from '../readingFlags.js';

/** `compare`: one applicant against several jurisdictions, or all. */
export const command: Command = {
  name: 'compare',
  summary: '同一成果在多地的奖励对比 / one applicant against several or all jurisdictions',
  usage: `Usage: quality-rewards compare [file.json|-] --date <YYYY-MM-DD> [--jurisdictions <j,j,…|all>] [--reading <id>=alternative]… [--text]

  同一成果（或成果组合）在多个地区同一日期的奖励，逐地一个结果。
  Evaluates one achievement (or one applicant's portfolio) in several jurisdictions on one date.

  file     JSON: one achievement, a list (one applicant's portfolio), or
           { "achievement" | "achievements", "options"? }. "-" or a pipe reads stdin.

  -j, --jurisdictions <list>  comma-separated codes, slugs or names, or "all" (the default); may repeat
  -d, --date <YYYY-MM-DD>     date of evaluation (required)
      --assume-start-date <YYYY-MM-DD>
                              a start for texts whose start is blank; the others keep their own
${READING_FLAG_HELP}; switched where a jurisdiction's policy records the reading
      --text                  a side-by-side table instead of JSON (one result per jurisdiction)

Example: quality-rewards compare examples/compare.json --date 2024-06-01 --text
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      jurisdictions: { type: 'string', short: 'j', multiple: true },
      date: { type: 'string', short: 'd' },
      'assume-start-date': { type: 'string' },
      reading: { type: 'string', multiple: true },
      text: { type: 'boolean' },
    });
    const date = required(values.date, '--date');
    const raw = parseJson(await readInput(onePositional(positionals), io));
    const { achievement, options } = splitInput(raw);
    const listed = (values.jurisdictions ?? ['all']).flatMap((j) => j.split(',')).map((j) => j.trim());
    const jurisdictions = listed.includes('all') ? 'all' : listed;
    const assumed = values['assume-start-date'];
    const dated = assumed === undefined ? options : { ...(options ?? {}), assumeStartDate: assumed };
    const merged = withReadings(dated, readingsFromFlags(values.reading));
    const comparison = compare(achievement as never, jurisdictions, date, merged as never);
    await write(io.stdout, values.text ? comparisonTable(comparison) : `${JSON.stringify(comparison, null, 2)}\n`);
    return 0;
  },
};

/** The achievement(s) alone, or `{ achievement | achievements, options? }`. */
function splitInput(raw: unknown): { achievement: unknown; options: unknown } {
  // A list (a portfolio) has neither key, so it falls through to the next line as it is.
  if (typeof raw !== 'object' || raw === null) return { achievement: raw, options: undefined };
  const r = raw as Record<string, unknown>;
  if (!('achievement' in r) && !('achievements' in r)) return { achievement: raw, options: undefined };
  return { achievement: r['achievements'] ?? r['achievement'], options: r['options'] };
}
