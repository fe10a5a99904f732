import type { PolicyCalendar, PolicyCalendarEntry } from '../../index.js';
import { textTable } from './textTable.js';

const STATUS: Record<PolicyCalendarEntry['status'], string> = {
  in_force: '施行中 in force',
  not_yet_in_force: '未施行 not yet in force',
  expired: '已失效 expired',
  start_blank: '施行日空白 start blank',
};

/** The policy calendar as a table, with the policies that start or end within the horizon marked. */
export function calendarListing(calendar: PolicyCalendar): string {
  const rows = calendar.policies.map((p) => [
    `${p.jurisdiction.name} ${p.jurisdiction.code}`,
    p.policyId,
    `${STATUS[p.status]}${p.draft ? ' · 草案 draft' : ''}`,
    `${p.window.start ?? '（空白 blank）'} — ${p.window.end ?? (p.validityYears ? `+${p.validityYears}年 years` : '（无 open）')}`,
    soon(p, calendar.within),
  ]);
  return (
    `评估日 date ${calendar.date} · 提示期 within ${calendar.within} 天 days\n\n` +
    textTable(['地区 jurisdiction', '政策 policy', '状态 status', '期间 window', '提示 soon'], rows)
  );
}

function soon(p: PolicyCalendarEntry, within: number): string {
  if (p.startsWithin) return `⚑ ${p.daysUntilStart} 天后施行 starts in ${p.daysUntilStart} days`;
  if (p.endsWithin) return `⚑ ${p.daysUntilEnd} 天后到期 ends in ${p.daysUntilEnd} days`;
  if (p.status === 'in_force' && p.daysUntilEnd !== null)
    return `${p.daysUntilEnd} 天后到期 ends in ${p.daysUntilEnd} days`;
  if (p.status === 'not_yet_in_force') return `${p.daysUntilStart} 天后施行 starts in ${p.daysUntilStart} days`;
  if (p.status === 'expired') return `已过 ${-(p.daysUntilEnd ?? 0)} 天 ended ${-(p.daysUntilEnd ?? 0)} days ago`;
  return within >= 0 ? '—' : '';
}
