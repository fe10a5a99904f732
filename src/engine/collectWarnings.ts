import type { Policy, Reading } from '../schema/policy.js';
import type { EvaluationResult, Warning } from '../result/types.js';
import type { CompiledPolicy } from './compile/compiledPolicy.js';
import type { ResolvedWindow } from './resolveWindow.js';

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
 */
export function collectWarnings(
  compiled: CompiledPolicy,
  window: ResolvedWindow,
  lines: Lines,
  /** The evaluation date: a window's end reading is flagged when it decides the date is in force. */
  date?: string,
): Warning[] {
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
  const anyLine =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every achievement of a (non-empty) portfolio gets a line, so some line always exists.
    lines.awards.length + lines.notPaid.length + lines.undetermined.length + lines.notComputable.length > 0;
  if (anyLine && policy.achievementTiming.reading) add(policy.achievementTiming.reading);
  for (const list of [lines.awards, lines.notPaid, lines.undetermined, lines.notComputable]) {
    for (const line of list) for (const reading of line.readings) add(reading);
  }
  return warnings;
}

function frozenWarning(warning: Warning): Warning {
  Object.freeze(warning.message);
  return Object.freeze(warning);
}
