import { DEFAULT_CALENDAR_WITHIN_DAYS, policyCalendar } from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { parseOptions, required } from '../parseOptions.js';
import { calendarListing } from '../render/calendarListing.js';

/** `calendar`: which policies are in force, about to start or about to expire on a date. */
export const command: Command = {
  name: 'calendar',
  summary: '政策日历：某日施行、将施行、将到期的政策 / which policies are in force, starting or ending',
  usage: `Usage: quality-rewards calendar --date <YYYY-MM-DD> [--within <days>] [--text]

  某日各政策的状态（施行中、未施行、已失效、施行日空白，及是否草案）、施行期间、距施行或到期的天数。
  Every bundled policy on a date: its status, window, days until it starts or ends, and whether that
  falls within the horizon.

  -d, --date <YYYY-MM-DD>   the date (required)
  -w, --within <days>       horizon of "starts / ends soon", in days (default ${DEFAULT_CALENDAR_WITHIN_DAYS})
      --text                a listing instead of JSON

Example: quality-rewards calendar --date 2025-12-01 --within 90 --text
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      date: { type: 'string', short: 'd' },
      within: { type: 'string', short: 'w' },
      text: { type: 'boolean' },
    });
    if (positionals.length > 0) throw usageError(`unexpected argument '${positionals[0]}'`);
    const date = required(values.date, '--date');
    const within = values.within === undefined ? undefined : Number(values.within);
    if (within !== undefined && !(Number.isInteger(within) && within >= 0)) {
      throw usageError(`--within expects a whole number of days, not '${values.within}'`);
    }
    // Stryker disable next-line ConditionalExpression: `{ within: undefined }` reads as no horizon given, like `{}`; the branch only satisfies exactOptionalPropertyTypes.
    const calendar = policyCalendar(date, within === undefined ? {} : { within });
    await write(io.stdout, values.text ? calendarListing(calendar) : `${JSON.stringify(calendar, null, 2)}\n`);
    return 0;
  },
};
