import { SELECTOR_ORDER } from '../schema/selectorOrder.js';
import { fenFromWholeYuan, money } from '../money/money.js';
import type { Amount, Condition, Match, Once, Stacking } from '../schema/policy.js';

/** One-line Chinese descriptions of policy primitives, for the reviewer tables. */

/** `kind level=national prize=award` style text for a rule's match. */
export function describeMatch(match: Match): string {
  // In schema order, whatever order the data file writes the keys in.
  const parts = SELECTOR_ORDER.flatMap((k) => (match[k] === undefined ? [] : [`${k}=${[match[k]].flat().join('/')}`]));
  return [match.kind, ...parts].join(' ');
}

/** A condition as a short phrase. */
export function describeCondition(c: Condition): string {
  const who = c.onlyFor ? `[${c.onlyFor}] ` : '';
  switch (c.type) {
    case 'any_of':
      return `${who}以下任一：${c.conditions.map(describeCondition).join(' 或 ')}`;
    case 'rank_between':
      return `${who}排名 ${c.min}${c.max === null ? '及之后' : c.max === c.min ? '' : `–${c.max}`}`;
    case 'fact_is':
      return `${who}${c.fact} = ${String(c.value)}`;
    case 'fact_at_least':
      return `${who}${c.fact} ≥ ${c.min}`;
    case 'fact_in':
      return `${who}${c.fact} ∈ {${c.values.join(', ')}}`;
    case 'located_in':
      return `${who}${c.fact} 位于 ${c.region}`;
    case 'first_time':
      return `${who}首次${c.sameAs ? `（与 ${c.sameAs.join(', ')} 合计）` : ''}`;
    case 'obtained_within':
      return `${who}取得日 ${c.from ?? '…'} 至 ${c.to ?? '…'}${c.reachesBeforePolicyStart ? '（可早于施行日）' : ''}`;
  }
}

/** The 一次性 primitive as a short phrase. */
export function describeOnce(o: Once): string {
  const per = o.per === 'matter' ? '每一事项（projectId）只付一次' : '每个申报单位只付一次';
  return `一次性：${per}${o.sameAs ? `（与 ${o.sameAs.join(', ')} 同一事项）` : ''}`;
}

/** An amount as the text would state it. */
export function describeAmount(a: Amount): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a not_computable amount has no upTo; the check only narrows the type.
  const upTo = a.type !== 'not_computable' && a.upTo ? '最高 ' : '';
  switch (a.type) {
    case 'fixed':
      return `${upTo}${wan(a.yuan)}`;
    case 'per_item':
      return `${upTo}${a.unit.zh} ${wan(a.yuanEach)}`;
    case 'per_year':
      return `${upTo}${wan(a.yuanPerYear)}/年 × ${a.years}年`;
    case 'percentage':
      return `${upTo}${a.of} × ${a.numerator}/${a.denominator}（四舍五入到分）`;
    case 'matching':
      return `${upTo}${a.of} ${a.numerator}:${a.denominator} 配套，不高于 ${wan(a.maxYuan)}`;
    case 'not_computable':
      return `不可计算（${a.reason}）：${a.note.zh}`;
  }
}

/** A stacking rule as a short phrase. */
export function describeStacking(s: Stacking): string {
  switch (s.type) {
    case 'highest_only':
      return `就高（${s.scope}）：${s.rules.join(', ')}${s.additiveRules ? `；同条多项相加：${s.additiveRules.join(', ')}` : ''}`;
    case 'first_filed':
      return '同一项目按最先申报一项执行';
    case 'duplicate_support':
      return `不得重复享受：${s.region} 内其他政策（history 的 jurisdiction）已支持同一事项（projectId）的，${s.settle === 'not_paid' ? '本政策不予支付' : '只付高出部分（就高）'}`;
    case 'cumulative_cap':
      return `累计不超过 ${wan(s.capYuan)}（${s.period.type === 'ever' ? '不限期' : `${s.period.years}年内`}）：${s.rules.join(', ')}`;
  }
}

/** Whole 元 as the texts write them (30万元, 3000元): the same rendering results use. */
function wan(yuan: number): string {
  return money(fenFromWholeYuan(yuan)).text;
}
