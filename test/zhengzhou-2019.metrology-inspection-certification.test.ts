import { describe, expect, it } from 'vitest';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  at,
  run,
  warningFor,
} from './zhengzhou-2019.support.js';

describe('第17条 制（修）订计量技术法规的起草者（前三位）', () => {
  const regulation = (level: 'international' | 'national' | 'local', rank: number) =>
    ({ kind: 'metrology_regulation_drafting', level, rank, drafterRole: 'main' }) as const;
  it('第17条 国家计量技术法规“30 万元、20 万元、10 万元的的”照印，解读无另一读法', () => {
    const w = warningFor(run(regulation('national', 1)), 'zhengzhou.art17.national');
    expect(w?.message.zh).toContain('原文：“分别给予30 万元、20 万元、10 万元的的一次性奖励”');
    expect(w?.reading?.alternative).toBeUndefined();
  });
  it('第17条 “国际建议被采用”：本库不核验“被采用”，解读提示调用方核实', () => {
    const w = warningFor(run(regulation('international', 2)), 'zhengzhou.art17.international-adopted');
    expect(w?.reading?.literal).toBe('参与制 （修）订国际计量技术法规和国际建议被采用的主要起草者 （前三位）');
    expect(w?.reading?.chosen.en).toContain('does NOT check it');
    expect(w?.reading?.alternative?.zh).toContain('只限定国际建议');
  });
  it('第17条 地方计量技术法规不限地区（解读）：陕西省地方计量技术法规第一位 → 5万元', () => {
    const r = run({ ...regulation('local', 1), region: '610000' });
    expect(paid(r)).toEqual({ 'art17.local.rank1': 50_000 });
    const w = warningFor(r, 'zhengzhou.art17.local-any-region');
    expect(w?.reading?.chosen.zh).toContain('不限地区');
    expect(w?.reading?.alternative?.zh).toContain('只限河南省');
  });
});

describe('第18条 测量管理体系认证（涵盖能源计量）', () => {
  it('第18条 “涵盖能源计量”不核验：解读明言本库不检查，须由调用方核实', () => {
    const w = warningFor(
      run({ kind: 'measurement_management_certification', grade: 'AA', cycle: 'initial' }),
      'zhengzhou.art18.energy-scope',
    );
    expect(w?.reading?.literal).toBe('获得测量管理体系认证 （涵盖能源计量）');
    expect(w?.reading?.chosen.zh).toContain('本库不核验');
    expect(w?.reading?.chosen.zh).toContain('调用方须自行核实');
    expect(w?.reading?.chosen.en).toContain('NOT checked');
    expect(w?.reading?.chosen.en).toContain('the caller must verify it');
  });
  it('第18条 复评审（cycle renewal）AAA级 → 不满足前提条件（只奖首次认证），附解读', () => {
    const r = run({ kind: 'measurement_management_certification', grade: 'AAA', cycle: 'renewal' });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art18.aaa': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('获得测量管理体系认证');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('zhengzhou.art18.initial');
    const w = warningFor(r, 'zhengzhou.art18.initial');
    expect(w?.reading?.chosen.zh).toContain('只奖励首次获得认证');
    expect(w?.reading?.alternative?.zh).toContain('含复评审');
  });
  it('第18条 未给出等级 → 待定，缺少 grade', () => {
    expect(
      run({ kind: 'measurement_management_certification', cycle: 'initial' }).undetermined.map((u) => [
        u.ruleId,
        u.missingFacts,
      ]),
    ).toEqual([
      ['art18.aaa', ['grade']],
      ['art18.aa', ['grade']],
      ['art18.a', ['grade']],
    ]);
  });
});

describe('第20条 建成国家级、省级检验检测机构', () => {
  it('第20条 仅获批筹建、尚未建成 → 不满足前提条件', () => {
    const r = run({ kind: 'inspection_center', level: 'national', stage: 'approved' });
    expect(refused(r)).toEqual({ 'art20.national': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.clauseAmount?.text).toBe('100万元');
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toEqual(['zhengzhou.art20.built']);
    const w = warningFor(r, 'zhengzhou.art20.built');
    expect(w?.reading?.literal).toBe('建成国家级、省级检验检测机构');
    expect(w?.reading?.chosen.zh).toContain('仅获批筹建（stage approved）不予奖励');
    expect(w?.reading?.basis.zh).toContain('taizhou.keylab-built');
  });
});

describe('第21条 CNAS认可、强制性产品认证指定实验室、检测结果互认', () => {
  it('第21条 CNAS复评审（cycle renewal）→ 不满足前提条件（只奖首次认可），附解读', () => {
    const r = run({ kind: 'laboratory_accreditation', cycle: 'renewal' });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'art21.cnas': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('对通过 CNAS 认可的实验室，一次性给予 10 万元奖励');
    const w = warningFor(r, 'zhengzhou.art21.cnas-initial');
    expect(w?.reading?.chosen.zh).toContain('只奖励首次通过CNAS认可');
    expect(w?.reading?.basis.zh).toContain('taizhou.cnas-initial');
  });
  it('第21条 每类产品10万元：指定三类产品 → 30万元', () => {
    const r = run({ kind: 'ccc_designated_laboratory', count: 3 });
    expect(paid(r)).toEqual({ 'art21.ccc-laboratory': 300_000 });
    expect(r.awards[0]?.calculation.zh).toContain('每类产品');
  });
});

describe('第23条 节能低碳、高端认证、能源管理、一致性评价、食品安全认证', () => {
  it('第23条 节能低碳按每项认证计：解读的另一读法为每家企业一次', () => {
    const history = [
      {
        policyId: 'zhengzhou-2019',
        ruleId: 'art23.energy-low-carbon',
        amountYuan: 100_000,
        obtainedOn: '2021-04-01',
        projectId: 'a',
      },
    ];
    const w = warningFor(
      run({ kind: 'energy_certification', subtype: 'energy_saving_product', projectId: 'b' }, { history }),
      'zhengzhou.art23.energy-low-carbon-once',
    );
    expect(w?.reading?.chosen.zh).toContain('每项认证');
    expect(w?.reading?.alternative?.zh).toContain('每家企业在本政策下只奖励一次10万元');
  });
  it('第23条 一致性评价的解读：“20  万元”读作200万元，照印20万元为另一读法', () => {
    const w = warningFor(run({ kind: 'generic_drug_consistency_evaluation' }), 'zhengzhou.art23.generic');
    expect(w?.message.zh).toContain('采用：200万元；另一读法：照印：20万元');
  });
  it('第23条 按品种计：解读单列（每个品种一次性奖励），另一读法为按企业只奖一次', () => {
    const w = warningFor(run({ kind: 'generic_drug_consistency_evaluation' }), 'zhengzhou.art23.generic-per-variety');
    expect(w?.reading?.chosen.zh).toContain('按品种');
    expect(w?.reading?.alternative?.zh).toContain('按企业');
    expect(w?.reading?.basis.zh).toContain('医药品种');
  });
  it('第23条 分别给予（解读：每项认证各给予）：小型食品工业企业通过HACCP与ISO 22000两项认证 → 各50万元', () => {
    const food = { type: 'organization', sector: 'food_industry', aboveDesignatedSize: false } as const;
    const r = run([
      at({ kind: 'food_safety_certification', subtype: 'haccp', recipient: food }),
      at({ kind: 'food_safety_certification', subtype: 'iso22000', recipient: food }),
    ]);
    expect(r.awards.map((a) => a.amount.text)).toEqual(['50万元', '50万元']);
    expect(totalYuan(r)).toBe(1_000_000);
    for (const award of r.awards)
      expect(award.readings.map((x) => x.id)).toContain('zhengzhou.art23.food-each-certification');
    const w = warningFor(r, 'zhengzhou.art23.food-each-certification');
    expect(w?.reading?.chosen.zh).toContain('每项认证各给予');
    expect(w?.reading?.alternative?.zh).toContain('只奖励一次');
  });
  it('第23条 食品工业企业50万元照印（高于餐饮等30万元，但丢字不会使数字过大），无另一读法', () => {
    const w = warningFor(
      run({
        kind: 'food_safety_certification',
        subtype: 'haccp',
        recipient: { type: 'organization', sector: 'food_industry', aboveDesignatedSize: false },
      }),
      'zhengzhou.art23.food-industry',
    );
    expect(w?.reading?.literal).toBe('食品工业企业 （规模以上企业除外）分别给予50 万元');
    expect(w?.reading?.basis.en).toContain('a lost digit cannot make a figure too large');
    expect(w?.reading?.alternative).toBeUndefined();
  });
});
