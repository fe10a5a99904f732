/**
 * Demo: evaluates a few real achievements against the bundled policies and prints why each amount is
 * (or is not) paid. Run with `npm run demo`.
 */
import {
  type AchievementInput,
  evaluate,
  formatResult,
  listJurisdictions,
  listPolicies,
  safeEvaluate,
} from '../src/index.js';

const section = (title: string) => console.log(`\n${'═'.repeat(72)}\n${title}\n${'═'.repeat(72)}`);
const localEnterprise = (code: string) =>
  ({ type: 'organization', registeredIn: code, taxRegisteredIn: code, fullyStateFunded: false }) as const;

section('收录的政策 Bundled policies');
for (const p of listPolicies()) {
  const status = p.status === 'draft' ? '征求意见稿' : '施行';
  console.log(
    `  ${p.jurisdiction.code} ${p.jurisdiction.name}  ${status}  ${p.window.start ?? '（施行日空白）'} — ${p.window.end ?? '…'}`,
  );
  console.log(`      ${p.title}`);
}

section('1. 2024-05-10 获得中国质量奖，2024-06-01 在各地能得多少？ The China Quality Award, everywhere');
const cqa: AchievementInput = {
  kind: 'government_quality_award',
  level: 'national',
  prize: 'award',
  obtainedOn: '2024-05-10',
  firstTime: true,
};
for (const j of listJurisdictions()) {
  for (const options of j.code === '440300' ? [{}, { assumeStartDate: '2024-01-01' }] : [{}]) {
    const r = evaluate({ ...cqa, recipient: localEnterprise(j.code) }, j.code, '2024-06-01', options);
    const assumed = 'assumeStartDate' in options ? '（假定 2024-01-01 施行）' : '';
    console.log(`  ${j.names[0]}${assumed}: ${r.totalIsUpperLimit ? '最高 ' : ''}${r.total.text}`);
    for (const a of r.awards) {
      console.log(`      [${a.clause}] “${a.quote}”`);
      for (const reading of a.readings) console.log(`      解读 reading: ${reading.chosen.zh}`);
    }
    for (const n of r.notPaid) console.log(`      ✘ ${n.code}: ${n.message.zh}`);
  }
}

section('2. 长乐区：同一年获中国质量奖、主导国家标准、实验室认可，另有一项团体标准排名第四');
console.log(
  formatResult(
    evaluate(
      [
        cqa,
        { kind: 'standard_drafting', level: 'national', rank: 1, obtainedOn: '2024-03-01' },
        { kind: 'laboratory_accreditation', obtainedOn: '2024-04-01' },
        { kind: 'standard_drafting', level: 'group', rank: 4, obtainedOn: '2024-04-15' },
      ],
      '长乐区',
      '2024-06-01',
    ),
  ),
);

section('3. 郑州市：产品产业化后按年销售收入5%奖励，三年内累计不超过50万元（已领40万元）');
console.log(
  formatResult(
    evaluate(
      {
        kind: 'industrialized_product_sales',
        annualSalesRevenue: '3456789.10',
        inListedCategory: true,
        obtainedOn: '2024-03-31',
        recipient: localEnterprise('410100'),
      },
      '郑州市',
      '2024-06-01',
      {
        history: [
          {
            policyId: 'zhengzhou-2019',
            ruleId: 'art5.industrialization-sales',
            amountYuan: 400_000,
            obtainedOn: '2023-03-31',
          },
        ],
      },
    ),
  ),
);

section('4. 输入错误得到带字段名的类型化错误 Bad input gets a typed error naming the field');
const bad = safeEvaluate(
  { kind: 'government_quality_award', obtainedOn: '2023-02-30', count: -1 },
  '长乐区',
  '2024-06-01',
);
if (!bad.success)
  for (const issue of bad.error.issues) console.log(`  ${issue.code} @ ${issue.path.join('.')}: ${issue.message.zh}`);
