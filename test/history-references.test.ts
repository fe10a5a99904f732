import { describe, expect, it } from 'vitest';
import { evaluate, LIMITS, QualityRewardsError } from '../src/index.js';
import type { EvaluateOptionsInput, HistoryEntryInput } from '../src/schema/options.js';
import { evaluationResultSchema } from '../src/result/types.js';
import { paid, refused } from './support/lines.js';

/**
 * History entries as callers hold them: the rule named by the clause printed in the tables and results
 * (narrowed by what was paid for, never guessed), and payments whose record lacks `obtainedOn`.
 */
const ON = '2024-06-01';
const CQA = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;
const cqa = { ...CQA, obtainedOn: '2024-05-10', projectId: 'cqa-2024' } as const;

const zhengzhou = (entry: Omit<HistoryEntryInput, 'policyId' | 'amountYuan'>, amountYuan = 5_000_000) => ({
  history: [{ policyId: 'zhengzhou-2019', amountYuan, ...entry }],
});

const run = (achievement: object | readonly object[], jurisdiction: string, options?: EvaluateOptionsInput) => {
  const result = evaluate(achievement as never, jurisdiction, ON, options);
  evaluationResultSchema.parse(result);
  return result;
};

const issuesOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof QualityRewardsError) return error.issues;
  }
  throw new Error('expected a QualityRewardsError');
};

describe('郑州 第3条 中国质量奖…一次性奖励：history 以条款引用', () => {
  it('第3条 + achievement（中国质量奖）+ 同一 projectId → 一次性已付（already_paid）', () => {
    const r = run(cqa, '郑州', zhengzhou({ clause: '第3条', achievement: CQA, projectId: 'cqa-2024' }));
    expect(refused(r)).toEqual({ 'art3.cqa.award': 'already_paid' });
  });
  it('第3条 写作 “3”、“第 3 条”：同一条款', () => {
    for (const clause of ['3', '第 3 条']) {
      const r = run(cqa, '郑州', zhengzhou({ clause, achievement: CQA, projectId: 'cqa-2024' }));
      expect(refused(r)).toEqual({ 'art3.cqa.award': 'already_paid' });
    }
  });
  it('第3条 + achievement（提名奖）：计入提名奖一项，中国质量奖照付', () => {
    const nomination = { ...CQA, prize: 'nomination' } as const;
    const r = run(cqa, '郑州', zhengzhou({ clause: '第3条', achievement: nomination, projectId: 'cqa-2024' }));
    expect(paid(r)).toEqual({ 'art3.cqa.award': 5_000_000 });
  });
  it('第3条 无 achievement：四项规则无从区分 → ambiguous_clause，suggestions 列出四项', () => {
    const [issue] = issuesOf(() => run(cqa, '郑州', zhengzhou({ clause: '第3条' })));
    expect(issue?.code).toBe('ambiguous_clause');
    expect(issue?.path).toEqual(['options', 'history', 0, 'clause']);
    expect(issue?.suggestions).toEqual([
      'art3.cqa.award',
      'art3.cqa.nomination',
      'art3.henan.award',
      'art3.zhengzhou.award',
    ]);
  });
  it('第3条 + achievement 只给 kind 与 level：奖与提名奖仍无从区分 → ambiguous_clause，只列余下两项', () => {
    const [issue] = issuesOf(() =>
      run(cqa, '郑州', zhengzhou({ clause: '第3条', achievement: { kind: CQA.kind, level: 'national' } })),
    );
    expect([issue?.code, issue?.suggestions]).toEqual(['ambiguous_clause', ['art3.cqa.award', 'art3.cqa.nomination']]);
  });
  it('第3条 + ruleId 一致 → 按该规则；ruleId 不属于第3条 → unknown_rule，列出第3条的规则', () => {
    const agree = run(cqa, '郑州', zhengzhou({ clause: '第3条', ruleId: 'art3.cqa.award', projectId: 'cqa-2024' }));
    expect(refused(agree)).toEqual({ 'art3.cqa.award': 'already_paid' });
    const [issue] = issuesOf(() => run(cqa, '郑州', zhengzhou({ clause: '第3条', ruleId: 'art8.gold-award' })));
    expect([issue?.code, issue?.path]).toEqual(['unknown_rule', ['options', 'history', 0, 'ruleId']]);
    expect(issue?.suggestions).toContain('art3.cqa.award');
  });
  it('第33条（不存在）→ unknown_clause，附相近条款', () => {
    const [issue] = issuesOf(() => run(cqa, '郑州', zhengzhou({ clause: '第33条', achievement: CQA })));
    expect([issue?.code, issue?.path]).toEqual(['unknown_clause', ['options', 'history', 0, 'clause']]);
    expect(issue?.suggestions).toContain('第3条');
  });
  it('第3条 + achievement 为商标金奖（第3条无此奖励）→ unknown_rule，指向 achievement', () => {
    const [issue] = issuesOf(() =>
      run(cqa, '郑州', zhengzhou({ clause: '第3条', achievement: { kind: 'trademark_honor' } })),
    );
    expect([issue?.code, issue?.path]).toEqual(['unknown_rule', ['options', 'history', 0, 'achievement']]);
  });
  it('既无 ruleId 也无 clause → missing_field', () => {
    const [issue] = issuesOf(() => run(cqa, '郑州', zhengzhou({ projectId: 'cqa-2024' })));
    expect([issue?.code, issue?.path]).toEqual(['missing_field', ['options', 'history', 0, 'ruleId']]);
  });
  it('150 项条款都不存在：只列出至多 LIMITS.issues 个问题', () => {
    const history = Array.from({ length: 150 }, (_, i) => ({
      policyId: 'zhengzhou-2019',
      clause: `第${100 + i}条`,
      amountYuan: 1,
    }));
    const issues = issuesOf(() => run(cqa, '郑州', { history }));
    expect(issues.length).toBe(LIMITS.issues);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['unknown_clause']));
  });
  it('achievement 中拼错的字段 → unknown_field，建议 achievement 的字段名', () => {
    const [issue] = issuesOf(() =>
      run(cqa, '郑州', zhengzhou({ clause: '第3条', achievement: { kind: CQA.kind, levle: 'national' } as never })),
    );
    expect([issue?.code, issue?.path, issue?.suggestions]).toEqual([
      'unknown_field',
      ['options', 'history', 0, 'achievement', 'levle'],
      ['level'],
    ]);
  });
  it('本库以外的政策：无须 ruleId 或 clause', () => {
    const r = run(cqa, '郑州', { history: [{ policyId: 'my-other-policy', amountYuan: 1 }] });
    expect(paid(r)).toEqual({ 'art3.cqa.award': 5_000_000 });
  });
});

describe('郑州 第17条 参与制（修）订国家计量技术法规的主导起草者（前三位）：条款以排名区分', () => {
  const regulation = { kind: 'metrology_regulation_drafting', level: 'national', drafterRole: 'main' } as const;
  it('第17条 + achievement（国家、主导、排名第2）→ 计入第二位一项（同一法规不再付）', () => {
    const achievement = { ...regulation, rank: 2, obtainedOn: '2024-05-10', projectId: 'jjf-1' };
    const r = run(
      achievement,
      '郑州',
      zhengzhou({ clause: '第17条', achievement: { ...regulation, rank: 2 }, projectId: 'jjf-1' }, 200_000),
    );
    expect(refused(r)['art17.national.rank2']).toBe('already_paid');
    expect(r.awards).toEqual([]);
  });
});

describe('长乐 三(二)1 政府质量奖：全角括号的条款引用', () => {
  it('三（二）1 + achievement（中国质量奖）→ 计入 cqa.award（一次性已付）', () => {
    const options = {
      history: [
        {
          policyId: 'changle-2020',
          clause: '三（二）1',
          achievement: CQA,
          projectId: 'cqa-2024',
          amountYuan: 2_000_000,
          obtainedOn: '2024-05-10',
        },
      ],
    };
    const achievement = { ...cqa, recipient: { type: 'organization', registeredIn: '350112' } };
    expect(refused(run(achievement, '长乐', options))['cqa.award']).toBe('already_paid');
  });
});

describe('history 缺少 obtainedOn：需要日期的规则待定，不需要的照常', () => {
  it('郑州 第3条 一次性：不需要日期 → already_paid（说明中不写取得日）', () => {
    const r = run(cqa, '郑州', zhengzhou({ ruleId: 'art3.cqa.award', projectId: 'cqa-2024' }));
    expect(refused(r)).toEqual({ 'art3.cqa.award': 'already_paid' });
    expect(r.notPaid[0]?.message.zh).not.toContain('undefined');
  });

  it('郑州 第11条 10万元/年连续两年：不需要日期 → 无取得日的已付第1年照样扣除，只付第2年', () => {
    const tc = {
      kind: 'standardization_body_secretariat',
      level: 'municipal',
      region: '410100',
      body: 'tc',
      projectId: 'tc-1',
      obtainedOn: '2023-05-10',
    };
    const r = run(tc, '郑州', zhengzhou({ ruleId: 'art11.zhengzhou.tc', projectId: 'tc-1' }, 100_000));
    expect(paid(r)).toEqual({ 'art11.zhengzhou.tc': 100_000 });
    expect(r.awards[0]?.schedule?.map((s) => s.status)).toEqual(['paid_before', 'due']);
  });
  it('闵行 11 首次通过节能产品认证：不需要日期 → 此前已按同组规则获奖（无取得日）即非首次（not_first_time）', () => {
    const certification = {
      kind: 'energy_certification',
      subtype: 'energy_saving_product',
      obtainedOn: '2024-05-10',
      recipient: { type: 'organization', registeredIn: '310112', taxRegisteredIn: '310112', legalForm: 'enterprise' },
    };
    const history = [{ policyId: 'minhang-2022', ruleId: 'energy.low-carbon-product', amountYuan: 30_000 }];
    const r = run(certification, '闵行', { history });
    expect(refused(r)['energy.energy-saving-product']).toBe('not_first_time');
    expect(r.notPaid[0]?.message.zh).not.toContain('undefined');
  });

  const inChangle = { type: 'organization', registeredIn: '350112' } as const;
  const fujianAward = {
    kind: 'government_quality_award',
    level: 'provincial',
    region: '350000',
    prize: 'award',
    obtainedOn: '2024-05-10',
    recipient: inChangle,
  } as const;
  const paidCqa = (obtainedOn?: string) => ({
    history: [
      {
        policyId: 'changle-2020',
        ruleId: 'cqa.award',
        amountYuan: 2_000_000,
        projectId: 'cqa-2024',
        ...(obtainedOn === undefined ? {} : { obtainedOn }),
      },
    ],
  });
  it('长乐 三(二) 同年度就高：history 中同池付款无取得日 → 本项待定，missingFacts 为 history.obtainedOn', () => {
    const r = run(fujianAward, '长乐', paidCqa());
    expect(r.awards).toEqual([]);
    expect(r.status).toBe('partial');
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['fujian-qa.award', ['history.obtainedOn']],
    ]);
  });
  it('长乐 三(二) 同年度就高：同一付款有取得日（同年）→ 就高，不再付；（上一年）→ 照付', () => {
    expect(refused(run(fujianAward, '长乐', paidCqa('2024-01-15')))['fujian-qa.award']).toBe('stacking_highest_only');
    expect(Object.keys(paid(run(fujianAward, '长乐', paidCqa('2023-01-15'))))).toEqual(['fujian-qa.award']);
  });

  const sales = {
    kind: 'industrialized_product_sales',
    inListedCategory: true,
    annualSalesRevenue: 2_000_000,
    obtainedOn: '2024-05-10',
    recipient: { type: 'organization', registeredIn: '410105' },
  } as const;
  it('郑州 第5条 “三年内”累计上限：history 中销售奖励无取得日 → 期间无从确定，本项待定', () => {
    const r = run(sales, '郑州', zhengzhou({ ruleId: 'art5.industrialization-sales' }, 450_000));
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([
      ['art5.industrialization-sales', ['history.obtainedOn']],
    ]);
  });
  it('郑州 第5条 “三年内”累计上限：同一付款有取得日（一年前）→ 只付剩余的5万元', () => {
    const r = run(
      sales,
      '郑州',
      zhengzhou({ ruleId: 'art5.industrialization-sales', obtainedOn: '2023-05-10' }, 450_000),
    );
    expect(paid(r)).toEqual({ 'art5.industrialization-sales': 50_000 });
  });
  it('郑州 第5条 独家品种“同一企业最高不超过50万元”（不限期）：无取得日的付款照常计入上限', () => {
    const listing = { kind: 'essential_drug_listing', count: 3, obtainedOn: '2024-05-10', projectId: 'new' };
    const r = run(listing, '郑州', zhengzhou({ ruleId: 'art5.exclusive-variety', projectId: 'old' }, 400_000));
    expect(paid(r)).toEqual({ 'art5.exclusive-variety': 100_000 });
  });
});
