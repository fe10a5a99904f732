/**
 * Demo: evaluates a few real achievements against the bundled policies and prints why each amount is
 * (or is not) paid. Run with `npm run demo`.
 */
import {
  evaluate,
  formatResult,
  listJurisdictions,
  listPolicies,
  safeEvaluate,
  type AchievementInput,
} from '../src/index.js';

const rule = (title: string) => console.log(`\n${'═'.repeat(72)}\n${title}\n${'═'.repeat(72)}`);

rule('收录的政策 Bundled policies');
for (const p of listPolicies()) {
  console.log(
    `  ${p.jurisdiction.code} ${p.jurisdiction.name.padEnd(6, '　')} ${p.status === 'draft' ? '征求意见稿' : '施行　　　'} ${p.window.start ?? '（空白）'} — ${p.window.end ?? '…'}  ${p.title}`,
  );
}

rule('1. 2024-05-10 获得中国质量奖，2024-06-01 在各地能得多少？ China Quality Award, everywhere');
const cqa: AchievementInput = {
  kind: 'government_quality_award',
  level: 'national',
  prize: 'award',
  obtainedOn: '2024-05-10',
  firstTime: true,
};
for (const j of listJurisdictions()) {
  const r = evaluate(cqa, j.code, '2024-06-01');
  const award = r.awards[0];
  const why = award
    ? `[${award.clause}] “${award.quote}”`
    : (r.notPaid[0]?.message.zh ?? r.undetermined[0]?.message.zh ?? '');
  console.log(`  ${j.names[0]}: ${r.totalIsUpperLimit ? '最高 ' : ''}${r.total.text}  ${why}`);
}

rule('2. 长乐区：同年度获得中国质量奖并主导制定国家标准（同年度“就高不重复”）');
console.log(
  formatResult(
    evaluate(
      [
        cqa,
        { kind: 'standard_drafting', level: 'national', rank: 1, drafterRole: 'main', obtainedOn: '2024-03-01' },
        { kind: 'laboratory_accreditation', obtainedOn: '2024-04-01' },
        { kind: 'standard_drafting', level: 'group', rank: 4, obtainedOn: '2024-04-15' },
      ],
      '长乐区',
      '2024-06-01',
    ),
  ),
);

rule('3. 输入错误得到带字段名的类型化错误 Bad input gets a typed error naming the field');
const bad = safeEvaluate({ kind: 'government_quality_award', obtainedOn: '2023-02-30' }, '长乐区', '2024-06-01');
if (!bad.success)
  for (const issue of bad.error.issues) console.log(`  ${issue.code} @ ${issue.path.join('.')}: ${issue.message.zh}`);
