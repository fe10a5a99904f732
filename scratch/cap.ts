import { evaluate } from '../src/index.js';
const a = (obtainedOn: string, rev: number) => ({ kind: 'industrialized_product_sales', inListedCategory: true, annualSalesRevenue: rev, obtainedOn, recipient: { type: 'organization', registeredIn: '410100' } }) as never;
for (const [first, second, date] of [['9997-01-01', '9999-06-01', '9999-12-31'], ['2020-01-01', '2022-06-01', '2022-12-31'], ['9997-06-01', '9999-12-31', '9999-12-31']]) {
  const r = evaluate([a(first, 6_000_000), a(second, 6_000_000)], 'zhengzhou', date);
  console.log(first, second, r.total.yuan, r.awards.map(x => x.amount.yuan), r.notPaid.map(x => x.code));
  const h = evaluate(a(second, 8_000_000), 'zhengzhou', date, { history: [{ policyId: 'zhengzhou-2019', ruleId: 'art5.industrialization-sales', amountYuan: 300000, obtainedOn: first }] });
  console.log(' with history', h.total.yuan);
}
