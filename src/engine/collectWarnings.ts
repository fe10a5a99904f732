import type { Policy, Reading } from '../schema/policy.js';
import type { EvaluationResult, Warning } from '../result/types.js';
import type { ResolvedWindow } from './resolveWindow.js';

type Lines = Pick<EvaluationResult, 'awards' | 'notPaid' | 'notComputable' | 'undetermined'>;

/**
 * What the caller must be told beside the numbers: draft status, upper limits, the policy's notices,
 * an assumed start date, and every reading of damaged or open words the result relies on.
 */
export function collectWarnings(
  policy: Policy,
  window: ResolvedWindow,
  lines: Lines,
  /** The evaluation date: a window's end reading is flagged when it decides the date is in force. */
  date?: string,
): Warning[] {
  const warnings: Warning[] = [];
  if (policy.status === 'draft') {
    warnings.push({
      code: 'draft_policy',
      message: {
        zh: '本政策文本为征求意见稿，尚非正式施行文本。',
        en: 'This policy text is a draft for comment (征求意见稿), not a final text.',
      },
      ...(policy.statusQuote ? { quote: policy.statusQuote } : {}),
    });
  }
  if (window.startAssumed) {
    warnings.push({
      code: 'assumed_start_date',
      message: {
        zh: `政策文本未填写施行日期，按调用方假定的 ${window.start} 计算。`,
        en: `The text leaves the start date blank; the caller assumed ${window.start}.`,
      },
      clause: policy.window.start.clause,
      quote: policy.window.start.quote,
    });
  }
  if (policy.upperLimits) {
    warnings.push({
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
    warnings.push({ code: 'notice', message: notice.message, clause: notice.clause, quote: notice.quote });
  }
  const readings: Reading[] = [];
  if (policy.window.start.reading) readings.push(policy.window.start.reading);
  if (window.endReading && date === window.end) readings.push(window.endReading);
  if (policy.window.end.type === 'open') readings.push(policy.window.end.reading);
  const anyLine =
    lines.awards.length + lines.notPaid.length + lines.undetermined.length + lines.notComputable.length > 0;
  if (anyLine && policy.achievementTiming.reading) readings.push(policy.achievementTiming.reading);
  readings.push(
    ...[...lines.awards, ...lines.notPaid, ...lines.undetermined, ...lines.notComputable].flatMap((l) => l.readings),
  );
  const seen = new Set<string>();
  for (const reading of readings) {
    if (seen.has(reading.id)) continue;
    seen.add(reading.id);
    warnings.push({
      code: 'uncertain_reading',
      message: {
        zh: `${reading.question.zh} 原文：“${reading.literal}”。采用：${reading.chosen.zh}${reading.alternative ? `；另一读法：${reading.alternative.zh}` : ''}。依据：${reading.basis.zh}`,
        en: `${reading.question.en} Text: "${reading.literal}". Reading used: ${reading.chosen.en}${reading.alternative ? `; alternative: ${reading.alternative.en}` : ''}. Basis: ${reading.basis.en}`,
      },
      reading,
    });
  }
  return warnings;
}
