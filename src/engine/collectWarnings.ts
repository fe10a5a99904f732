import type { Policy, Reading } from '../schema/policy.js';
import type { EvaluationResult, Warning } from '../result/types.js';
import type { CompiledPolicy } from './compile/compiledPolicy.js';
import type { ResolvedWindow } from './resolveWindow.js';
import { NONE } from './none.js';

type Lines = Pick<EvaluationResult, 'awards' | 'notPaid' | 'notComputable' | 'undetermined'>;

/** The warnings a policy's every result carries: draft status first; upper limits and notices after any assumed start. */
export function staticWarnings(policy: Policy): { draft: readonly Warning[]; limitsAndNotices: readonly Warning[] } {
  const draft: Warning[] = [];
  if (policy.status === 'draft') {
    draft.push({
      code: 'draft_policy',
      message: {
        zh: '本政策文本为征求意见稿，尚非正式施行文本。',
        en: 'This policy text is a draft for comment (征求意见稿), not a final text.',
      },
      ...(policy.statusQuote ? { quote: policy.statusQuote } : {}),
    });
  }
  const limitsAndNotices: Warning[] = [];
  if (policy.upperLimits) {
    limitsAndNotices.push({
      code: 'upper_limit',
      message: {
        zh: '本政策所列金额均为上限，实际金额受年度资金预算控制。',
        en: 'Every amount in this policy is an upper limit, subject to the annual budget.',
      },
      clause: policy.upperLimits.clause,
      quote: policy.upperLimits.quote,
    });
  }
  for (const notice of policy.notices ?? []) {
    limitsAndNotices.push({ code: 'notice', message: notice.message, clause: notice.clause, quote: notice.quote });
  }
  return { draft: draft.map(frozenWarning), limitsAndNotices: limitsAndNotices.map(frozenWarning) };
}

/** The `uncertain_reading` warning for a reading: the literal words, the reading used, the alternative and why. */
export function readingWarning(reading: Reading): Warning {
  return frozenWarning({
    code: 'uncertain_reading',
    message: {
      zh: `${reading.question.zh} 原文：“${reading.literal}”。采用：${reading.chosen.zh}${reading.alternative ? `；另一读法：${reading.alternative.zh}` : ''}。依据：${reading.basis.zh}`,
      en: `${reading.question.en} Text: "${reading.literal}". Reading used: ${reading.chosen.en}${reading.alternative ? `; alternative: ${reading.alternative.en}` : ''}. Basis: ${reading.basis.en}`,
    },
    reading,
  });
}

/**
 * What the caller must be told beside the numbers: draft status, an assumed start date, upper limits,
 * the policy's notices, and every reading of damaged or open words the result relies on (once each).
 * The list may be shared by many results (see {@link standingWarnings}): it is frozen, never to be
 * pushed to.
 */
export function collectWarnings(
  compiled: CompiledPolicy,
  window: ResolvedWindow,
  lines: Lines,
  /** The evaluation date: a window's end reading is flagged when it decides the date is in force. */
  date?: string,
): readonly Warning[] {
  // The usual call: the window as written, its end reading not deciding, and some line (every
  // achievement of a portfolio gets one). Its warnings are the policy's standing ones, worked out once,
  // and those of any line reading not among them.
  if (window === compiled.window && !(window.endReading && date === window.end) && anyLine(lines)) {
    const standing = standingWarnings(compiled);
    return withLineReadings(compiled, standing.warnings, standing.readingIds, lines);
  }
  return Object.freeze(warningsOf(compiled, window, lines, date));
}

function warningsOf(compiled: CompiledPolicy, window: ResolvedWindow, lines: Lines, date?: string): Warning[] {
  const policy = compiled.policy;
  // `slice` and a loop of `push`, not spreads: spreading walks the iterator protocol, slower on this path.
  const warnings: Warning[] = compiled.draftWarnings.slice();
  if (window.startAssumed) {
    warnings.push(
      frozenWarning({
        code: 'assumed_start_date',
        message: {
          zh: `政策文本未填写施行日期，按调用方假定的 ${window.start} 计算。`,
          en: `The text leaves the start date blank; the caller assumed ${window.start}.`,
        },
        clause: policy.window.start.clause,
        quote: policy.window.start.quote,
      }),
    );
  }
  for (const warning of compiled.limitAndNoticeWarnings) warnings.push(warning);
  const seen = new Set<string>();
  const add = (reading: Reading) => {
    if (seen.has(reading.id)) return;
    seen.add(reading.id);
    warnings.push(compiled.warningOf(reading));
  };
  if (policy.window.start.reading) add(policy.window.start.reading);
  if (window.endReading && date === window.end) add(window.endReading);
  if (policy.window.end.type === 'open') add(policy.window.end.reading);
  if (anyLine(lines) && policy.achievementTiming.reading) add(policy.achievementTiming.reading);
  for (const list of [lines.awards, lines.notPaid, lines.undetermined, lines.notComputable]) {
    for (const line of list) for (const reading of line.readings) add(reading);
  }
  return warnings;
}

function anyLine(lines: Lines): boolean {
  return (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every achievement of a (non-empty) portfolio gets a line, so some line always exists.
    lines.awards.length + lines.notPaid.length + lines.undetermined.length + lines.notComputable.length > 0
  );
}

/** The warnings of a usual call before its lines' readings, and the ids of the readings among them. */
interface Standing {
  readonly warnings: readonly Warning[];
  readonly readingIds: ReadonlySet<string>;
}

const STANDING = new WeakMap<CompiledPolicy, Standing>();
/** A line with no reading: what the standing warnings are worked out for. */
const ONE_LINE: Lines = Object.freeze({
  awards: Object.freeze([{ readings: NONE }]) as unknown as Lines['awards'],
  notPaid: NONE,
  undetermined: NONE,
  notComputable: NONE,
});

/**
 * The warnings every usual call of a compiled policy starts with (draft, limits, notices, the readings of
 * its window and timing), worked out once per compiled policy, never shared with another (a policy with
 * readings switched is compiled anew, and its warnings say so).
 */
export function standingWarnings(compiled: CompiledPolicy): Standing {
  let standing = STANDING.get(compiled);
  if (standing === undefined) {
    const warnings = Object.freeze(warningsOf(compiled, compiled.window, ONE_LINE));
    const readingIds = new Set(warnings.flatMap((w) => (w.reading ? [w.reading.id] : [])));
    standing = Object.freeze({ warnings, readingIds });
    STANDING.set(compiled, standing);
  }
  return standing;
}

/**
 * The standing warnings, then one for each reading the lines carry that is not among them, once each,
 * in the order of the lines. No new list when no line adds one.
 */
function withLineReadings(
  compiled: CompiledPolicy,
  standing: readonly Warning[],
  standingIds: ReadonlySet<string>,
  lines: Lines,
): readonly Warning[] {
  let added = newReadings(compiled, standingIds, lines.awards, undefined);
  added = newReadings(compiled, standingIds, lines.notPaid, added);
  added = newReadings(compiled, standingIds, lines.undetermined, added);
  added = newReadings(compiled, standingIds, lines.notComputable, added);
  return added === undefined ? standing : Object.freeze([...standing, ...added]);
}

/** `added`, with a warning for each reading of the lines neither standing nor added yet. */
function newReadings(
  compiled: CompiledPolicy,
  standingIds: ReadonlySet<string>,
  lines: readonly { readonly readings: readonly Reading[] }[],
  added: Warning[] | undefined,
): Warning[] | undefined {
  for (let l = 0; l < lines.length; l += 1) {
    const readings = (lines[l] as { readonly readings: readonly Reading[] }).readings;
    for (let i = 0; i < readings.length; i += 1) {
      const reading = readings[i] as Reading;
      if (standingIds.has(reading.id) || (added !== undefined && hasReading(added, reading.id))) continue;
      (added ??= []).push(compiled.warningOf(reading));
    }
  }
  return added;
}

function hasReading(warnings: readonly Warning[], id: string): boolean {
  for (let i = 0; i < warnings.length; i += 1) if ((warnings[i] as Warning).reading?.id === id) return true;
  return false;
}

function frozenWarning(warning: Warning): Warning {
  Object.freeze(warning.message);
  return Object.freeze(warning);
}
