import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taizhou2023 } from '../policies/taizhou-2023.js';
import { paid } from './support/lines.js';
import {
  evaluate,
  getPolicy,
  ON,
  at,
  readingIds,
  CQA,
  NATIONAL_STANDARD,
  TAIZHOU_STANDARD_AWARD,
} from './taizhou-2023.support.js';

describe('五 附则 本意见自2023年2月11日起施行，有效期3年', () => {
  it('解读：文本未规定施行前取得的成果，本库不予奖励（解读如实说明文本未规定）', () => {
    const timing = getPolicy('taizhou-2023').achievementTiming.reading;
    expect(timing?.chosen.zh.startsWith('文本未规定；本库不奖励施行前取得的成果')).toBe(true);
    expect(timing?.chosen.zh).not.toContain('适用范围');
  });
  it('（征求意见稿）：每个结果都附征求意见稿提示', () => {
    for (const date of [ON, '2026-02-11']) {
      const draft = evaluate(at(CQA), 'taizhou', date).warnings.find((w) => w.code === 'draft_policy');
      expect(draft?.quote).toBe('（征求意见稿）');
    }
    expect(evaluate(at(CQA), 'taizhou', ON).policy.status).toBe('draft');
  });
  it('台政发〔2021〕4号同时废止', () => {
    expect(getPolicy('taizhou-2023').repeals?.map((x) => x.documentNumber)).toEqual(['台政发〔2021〕4号']);
  });
  it('按代码、拼音及各名称均可找到台州市', () => {
    for (const name of ['331000', 'taizhou', 'Taizhou', '台州市', '浙江省台州市', '台州']) {
      expect(evaluate(at(CQA), name, ON).jurisdiction.code).toBe('331000');
    }
  });
  it('提示资金承担（市财政承担市区及市政府质量奖资金）', () => {
    const notice = evaluate(at(CQA), 'taizhou', ON).warnings.find((w) => w.code === 'notice');
    expect(notice?.clause).toBe('五');
    expect(notice?.quote).toContain('由市财政承担');
  });
  it('四(三) 提示：各县（市）人民政府可能另有配套政策，不在本库计算范围内', () => {
    const notices = evaluate(at(CQA), 'taizhou', ON).warnings.filter((w) => w.code === 'notice');
    const county = notices.find((w) => w.clause === '四(三)');
    expect(county?.quote).toBe('鼓励各县（市）人民政府制定符合本区域实际的配套政策');
    expect(county?.message.zh).toContain('不在本库计算范围内');
  });
});

describe('获奖主体：本意见只奖励组织、企业、单位，不奖励个人', () => {
  it('每条规则都只奖励组织（recipientType organization）', () => {
    expect(taizhou2023.rules.filter((x) => x.match.recipientType !== 'organization').map((x) => x.id)).toEqual([]);
  });
});

describe('五 同一项目符合多项补助的，按最先申报一项执行', () => {
  const standard = (projectId: string | undefined, filedOn: string | undefined) =>
    at({ ...NATIONAL_STANDARD, ...(projectId ? { projectId } : {}), ...(filedOn ? { filedOn } : {}) }, '2024-02-01');
  const award = (projectId: string | undefined, filedOn: string | undefined) =>
    at(
      { ...TAIZHOU_STANDARD_AWARD, ...(projectId ? { projectId } : {}), ...(filedOn ? { filedOn } : {}) },
      '2024-03-01',
    );
  it('未给出 projectId → 各自成一个项目，两项均付', () => {
    const r = evaluate([standard(undefined, '2024-03-01'), award(undefined, '2024-04-01')], 'taizhou', ON);
    expect(paid(r)).toEqual({ 'drafting.national': 300_000, 'standard-award.taizhou': 500_000 });
    for (const a of r.awards) expect(a.readings.map((x) => x.id)).toContain('taizhou.same-project');
    expect(readingIds(r)).toContain('taizhou.same-project');
  });
  it('解读：history 记录没有申报日，已付的补助视为先申报', () => {
    const reading = taizhou2023.stacking.find((x) => x.type === 'first_filed')?.reading;
    expect(reading?.chosen.zh).toContain('history 记录没有申报日，已付的补助视为先申报');
  });
});

describe('数据：引文与条款编号', () => {
  const source = readFileSync(new URL('../policies/taizhou-2023.source.txt', import.meta.url), 'utf8');
  const quotes: string[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'quote' || k === 'literal' || k === 'statusQuote') && typeof x === 'string') quotes.push(x);
        collect(x);
      }
    }
  };
  collect(taizhou2023);

  it('每条引文（quote、literal、statusQuote）均逐字出现在原文中', () => {
    expect(quotes.length).toBeGreaterThan(60);
    expect(quotes.filter((q) => !source.includes(q))).toEqual([]);
  });
  it('条款编号按原文编排：三(一)1 … 三(三)4', () => {
    expect(taizhou2023.rules.filter((r) => !/^三\((一|二|三)\)[1-4]$/.test(r.clause)).map((r) => r.id)).toEqual([]);
  });
  it('共47条金额规则（“20万元”一处分为首张与复评审两条）及1条不可计算的公共项目', () => {
    expect(taizhou2023.rules.filter((r) => r.amount.type !== 'not_computable')).toHaveLength(47);
    expect(taizhou2023.rules.filter((r) => r.amount.type === 'not_computable').map((r) => r.id)).toEqual([
      'public-quality-project',
    ]);
  });
});
