import { checkArgument } from '../errors/checkArgument.js';
import { type EvaluationResult, evaluationResultSchema } from '../result/types.js';

/**
 * A plain-text explanation of a result, Chinese first with English beside it: what is paid and by
 * which clause, what is not and why, what cannot be computed or decided, and the warnings.
 */
export function formatResult(result: EvaluationResult): string {
  checkArgument(evaluationResultSchema, result, 'result');
  const p = result.policy;
  const lines: string[] = [
    `${result.jurisdiction.name} (${result.jurisdiction.code}) · ${p.title}`,
    `  ${p.titleEn}`,
    `  状态 status: ${p.status === 'draft' ? '征求意见稿 draft' : '施行 in force'} · 期间 window: ${p.window.start ?? '（空白 blank）'} — ${p.window.end ?? (p.validityYears ? `施行日起${p.validityYears}年 ${p.validityYears} years from the start` : '（无 open）')}${p.startAssumed ? '（施行日为假定 assumed）' : ''}`,
    `  评估日 date: ${result.date} · ${result.inForce ? '有效 in force' : '未生效或已失效 not in force'}`,
    `合计 Total: ${result.totalIsUpperLimit ? '最高 up to ' : ''}${result.total.text} (${result.total.yuan} yuan)`,
  ];
  // A what-if must not pass for the library's reading: the switched readings come right under the total.
  if (result.readingsSwitched) lines.push('', '已切换读法（假设计算） Readings switched (what-if):');
  for (const r of result.readingsSwitched ?? []) {
    lines.push(
      `  ⇄ ${r.id}: ${r.used.zh}（本库读法：${r.insteadOf.zh}）`,
      `      ${r.used.en} (library: ${r.insteadOf.en})`,
    );
  }
  if (result.awards.length > 0) lines.push('', '支付 Paid:');
  for (const a of result.awards) {
    lines.push(`  ✔ [${a.clause}] ${a.title.zh} — ${a.upTo ? '最高 ' : ''}${a.amount.text}`);
    lines.push(`      ${a.title.en}; ${a.calculation.zh}`);
    lines.push(`      原文: “${a.quote}”`);
    for (const adj of a.adjustments)
      lines.push(`      ↓ ${adj.before.text} → ${adj.after.text}: ${adj.message.zh} / ${adj.message.en}`);
  }
  if (result.notPaid.length > 0) lines.push('', '未支付 Not paid:');
  for (const n of result.notPaid) {
    const where = n.citation ? `[${n.citation.clause}] ${n.citation.title.zh}` : '—';
    lines.push(`  ✘ #${n.achievementIndex} ${where} — ${n.code}`);
    lines.push(`      ${n.message.zh}`);
    lines.push(`      ${n.message.en}`);
  }
  if (result.notComputable.length > 0) lines.push('', '不可计算 Not computable:');
  for (const n of result.notComputable)
    lines.push(`  ? [${n.clause}] ${n.title.zh} — ${n.message.zh} / ${n.message.en}`);
  if (result.undetermined.length > 0) lines.push('', '待定（缺少事实） Undetermined (facts missing):');
  for (const u of result.undetermined) {
    lines.push(
      `  … [${u.clause}] ${u.title.zh} — 需要 needs: ${u.missingFacts.join(', ')}${u.clauseAmount ? ` (本条金额 clause amount ${u.clauseAmount.text})` : ''}`,
    );
  }
  if (result.warnings.length > 0) lines.push('', '提示 Warnings:');
  for (const w of result.warnings) {
    // A reading is long; the explanation shows its question and the answer chosen, the result holds the rest.
    const zh = w.reading ? `${w.reading.question.zh} 采用：${w.reading.chosen.zh}` : w.message.zh;
    const en = w.reading ? `${w.reading.question.en} Reading used: ${w.reading.chosen.en}` : w.message.en;
    lines.push(`  ! ${w.code}: ${zh}`, `      ${en}`);
  }
  return `${lines.join('\n')}\n`;
}
