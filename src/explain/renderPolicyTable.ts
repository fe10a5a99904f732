import { resolveWindow } from '../engine/resolveWindow.js';
import { checkArgument } from '../errors/checkArgument.js';
import { type Policy, policySchema, type Reading } from '../schema/policy.js';
import {
  describeAmount,
  describeCondition,
  describeMatch,
  describeOnce,
  describeStacking,
} from './describePolicyParts.js';

/**
 * Renders a policy as a Markdown table (clause × condition × amount × reading) that a reviewer can
 * check against the source text without reading TypeScript. Deterministic: same data, same text.
 */
export function renderPolicyTable(policy: Policy): string {
  checkArgument(policySchema, policy, 'policy');
  const window = resolveWindow(policy.window, undefined);
  const out: string[] = [
    `# ${policy.title}`,
    '',
    `${policy.titleEn}${policy.documentNumber ? ` (${policy.documentNumber})` : ''}`,
    '',
    '<!-- generated from policies/' + policy.id + '.ts by `npm run tables`; do not edit by hand -->',
    '',
    `- 地区 Jurisdiction: ${policy.jurisdiction.names[0]} (${policy.jurisdiction.code}, ${policy.jurisdiction.nameEn})`,
    `- 状态 Status: ${policy.status === 'draft' ? '征求意见稿 draft' : '施行 in force'}`,
    `- 施行期间 Window: ${window.start ?? '（空白 blank）'} — ${describeEnd(policy, window.end)}`,
    ...(policy.repeals ?? []).map(
      (r) => `- 废止 Repeals: ${r.title}（${r.documentNumber}）— ${r.clause}「${r.quote}」`,
    ),
    `- 成果时间 Timing: ${policy.achievementTiming.startDayCounts ? '施行日当日及之后取得的成果' : '施行日之后取得的成果'}${policy.achievementTiming.clause ? ` — ${policy.achievementTiming.clause}「${policy.achievementTiming.quote}」` : '（文本未规定，见解读）'}`,
    ...(policy.upperLimits
      ? [`- 金额均为上限 Upper limits: ${policy.upperLimits.clause}「${policy.upperLimits.quote}」`]
      : []),
    ...(policy.eligibility ?? []).map(
      (c) => `- 适用条件 Eligibility: ${describeCondition(c)}${c.clause ? ` — ${c.clause}「${c.quote}」` : ''}`,
    ),
    ...(policy.notices ?? []).map((n) => `- 提示 Notice: ${n.clause}「${n.quote}」`),
    '',
    '| 条款 | 规则 id | 成果 | 条件 | 金额 | 原文 | 解读 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const rule of policy.rules) {
    const readings: Reading[] = [
      ...(rule.readings ?? []),
      // Stryker disable next-line ConditionalExpression,StringLiteral: a not_computable amount has no reading; the check only narrows the type.
      ...(rule.amount.type !== 'not_computable' && rule.amount.reading ? [rule.amount.reading] : []),
      // Stryker disable next-line ArrayDeclaration: an array of anything but conditions adds no reading, as the empty one does.
      ...(rule.conditions ?? []).flatMap((c) => (c.reading ? [c.reading] : [])),
    ];
    const conditions = [
      ...(rule.conditions ?? []).map(describeCondition),
      ...(rule.once ? [describeOnce(rule.once)] : []),
      ...(rule.inAdditionTo ? [`追加于同一事项的 ${rule.inAdditionTo.rules.join(', ')}（同付或已付）`] : []),
    ];
    // The shared reading of 一次性 would repeat on every row: the row names it, the list below states it.
    const readingText = [
      ...readings.map((r) => `原文“${r.literal}”→ ${r.chosen.zh}`),
      ...(rule.once?.reading ? [`见 ${rule.once.reading.id}`] : []),
      ...(rule.inAdditionTo?.reading
        ? [`原文“${rule.inAdditionTo.reading.literal}”→ ${rule.inAdditionTo.reading.chosen.zh}`]
        : []),
    ];
    out.push(
      `| ${cell(rule.clause)} | ${cell(rule.id)} | ${cell(describeMatch(rule.match))} | ${cell(conditions.join('；') || '—')} | ${cell(describeAmount(rule.amount))} | ${cell(rule.quote)} | ${cell(readingText.join('；') || '—')} |`,
    );
  }
  if (policy.stacking?.length) {
    out.push('', '## 叠加规则 Stacking', '');
    for (const s of policy.stacking)
      out.push(
        `- ${s.clause}「${s.quote}」— ${describeStacking(s)}${s.reading ? `（解读：${s.reading.chosen.zh}）` : ''}`,
      );
  }
  const all = collectReadings(policy);
  if (all.length > 0) {
    out.push('', '## 解读 Readings', '');
    for (const r of all) {
      out.push(
        `- **${r.id}** ${r.question.zh} 原文“${r.literal}”。采用：${r.chosen.zh}${r.alternative ? `；另一读法：${r.alternative.zh}` : ''}${switchable(r)}。依据：${r.basis.zh}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** A reading whose alternative can be evaluated (`options.readings`), and the data it changes. */
function switchable(reading: Reading): string {
  const changes = reading.alternativeData?.map((c) => {
    if (c.type === 'amount_yuan') return `amount_yuan ${c.yuan}`;
    if (c.type === 'fact_in_values') return `fact_in_values ${c.values.join('/')}`;
    if (c.type === 'fact_at_least_min') return `fact_at_least_min ${c.min}`;
    if (c.type === 'once_per') return `once_per ${c.per}`;
    if (c.type === 'match_values') return `match_values ${c.fact} ${c.values === null ? '*' : c.values.join('/')}`;
    return `cap_amount ${c.stacking} ${c.capYuan}`;
  });
  return changes ? `（可切换 switchable: options.readings — ${changes.join('; ')}）` : '';
}

function collectReadings(policy: Policy): Reading[] {
  const list: Reading[] = [];
  const add = (r: Reading | undefined) => {
    if (r && !list.some((x) => x.id === r.id)) list.push(r);
  };
  add(policy.window.start.reading);
  // Stryker disable next-line ConditionalExpression: only an open end has a reading; adding a missing one adds nothing.
  if (policy.window.end.type === 'open') add(policy.window.end.reading);
  add(policy.achievementTiming.reading);
  // Stryker disable next-line ArrayDeclaration: an array of anything but conditions adds no reading, as the empty one does.
  for (const c of policy.eligibility ?? []) add(c.reading);
  for (const rule of policy.rules) {
    for (const r of rule.readings ?? []) add(r);
    // Stryker disable next-line ConditionalExpression,StringLiteral: a not_computable amount has no reading; the check only narrows the type.
    if (rule.amount.type !== 'not_computable') add(rule.amount.reading);
    // Stryker disable next-line ArrayDeclaration: an array of anything but conditions adds no reading, as the empty one does.
    for (const c of rule.conditions ?? []) add(c.reading);
    add(rule.once?.reading);
    add(rule.inAdditionTo?.reading);
  }
  // Stryker disable next-line ArrayDeclaration: an array of anything but stacking rules adds no reading, as the empty one does.
  for (const s of policy.stacking ?? []) add(s.reading);
  return list;
}

/** The last day, or why there is none: no end in the text, or a validity counted from a blank start. */
function describeEnd(policy: Policy, end: string | null): string {
  if (end !== null) return end;
  const e = policy.window.end;
  if (e.type === 'validity_years')
    return `自施行日起有效期${e.years}年 (${e.years} years from the start) — ${e.clause}「${e.quote}」`;
  return '（无终止日 open）';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
