import { evaluateRequest, formatResult } from '../../index.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions } from '../parseOptions.js';
import { parseJson, readInput } from '../readInput.js';
import { requestFromInput } from '../requestFromInput.js';
import { READING_FLAG_HELP, readingsFromFlags, withReadings } from '../readingFlags.js';

/** `evaluate`: one applicant, one jurisdiction, one date. */
export const command: Command = {
  name: 'evaluate',
  summary: '计算一个申报主体的奖励 / evaluate one applicant in one jurisdiction on one date',
  usage: `Usage: quality-rewards evaluate [file.json|-] --jurisdiction <code|slug|name> --date <YYYY-MM-DD> [--reading <id>=alternative]… [--text]

  按评估日适用的政策计算一项成果或一个申报主体的成果组合。
  Evaluates one achievement, or one applicant's portfolio, under the policy in force on the date.

  file     JSON: one achievement, a list (one applicant's portfolio), or a request
           { "id"?, "achievement" | "achievements", "jurisdiction"?, "date"?, "options"? }
           (the shape of a batch line). "-" or a pipe reads stdin.
           For many applicants use \`quality-rewards batch\` (NDJSON, one request per line).

  -j, --jurisdiction <j>     GB/T 2260 code, slug or name (required unless the file gives it)
  -d, --date <YYYY-MM-DD>    date of evaluation (required unless the file gives it)
      --assume-start-date <YYYY-MM-DD>
                             a start for a text whose start is blank (the Shenzhen draft)
${READING_FLAG_HELP}
      --text                 the bilingual explanation instead of JSON

Example: quality-rewards evaluate examples/evaluate.json --jurisdiction <code> --date 2024-06-01 --text
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      jurisdiction: { type: 'string', short: 'j' },
      date: { type: 'string', short: 'd' },
      'assume-start-date': { type: 'string' },
      reading: { type: 'string', multiple: true },
      text: { type: 'boolean' },
    });
    const raw = parseJson(await readInput(onePositional(positionals), io));
    const request = requestFromInput(raw, {
      jurisdiction: values.jurisdiction,
      date: values.date,
      assumeStartDate: values['assume-start-date'],
    });
    const readings = readingsFromFlags(values.reading);
    // Stryker disable next-line ConditionalExpression: withReadings gives the options back unchanged when no reading was given; the guard only avoids adding an `options: undefined` key, which evaluate reads as no options.
    if (readings) request['options'] = withReadings(request['options'], readings);
    const result = evaluateRequest(request);
    await write(io.stdout, values.text ? formatResult(result) : `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  },
};
