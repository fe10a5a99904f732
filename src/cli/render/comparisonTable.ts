import type { Comparison } from '../../index.js';
import { textTable } from './textTable.js';

/**
 * A comparison side by side, one row per jurisdiction: the policy, whether it is in force, the total,
 * the clauses paid under, and why the rest was not paid.
 */
export function comparisonTable(comparison: Comparison): string {
  const rows = comparison.map((r) => {
    const status = [
      r.inForce ? '有效 in force' : '无效 not in force',
      r.policy.status === 'draft' ? '草案 draft' : '',
      r.policy.startAssumed ? '假定施行日 assumed start' : '',
      // A what-if total must not pass for the library's reading.
      r.readingsSwitched ? `读法已切换 readings switched: ${r.readingsSwitched.map((s) => s.id).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const total = `${r.totalIsUpperLimit ? '最高 up to ' : ''}${r.total.text}`;
    const clauses = [...new Set(r.awards.map((a) => a.clause))].join(', ') || '—';
    const whyNot = [...new Set([...r.notPaid.map((n) => n.code), ...r.undetermined.map((u) => u.code)])].join(', ');
    return [`${r.jurisdiction.name} ${r.jurisdiction.code}`, r.policy.id, status, total, clauses, whyNot || '—'];
  });
  return textTable(
    ['地区 jurisdiction', '政策 policy', '状态 status', '合计 total', '条款 clause', '未付原因 why not'],
    rows,
  );
}
