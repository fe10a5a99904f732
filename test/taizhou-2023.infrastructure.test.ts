import { describe, expect, it } from 'vitest';
import { paid, refused, totalYuan } from './support/lines.js';
import {
  type Case,
  evaluate,
  ON,
  at,
  readingIds,
  undetermined,
  expectSingle,
  GREEN_FOOD,
  history,
} from './taizhou-2023.support.js';

const r2 = (r: ReturnType<typeof evaluate>) => [
  ...r.awards.map((a) => [a.achievementId, 'paid']),
  ...r.notPaid.map((n) => [n.achievementId, n.code]),
];

// 三、主要内容 （三）加强质量基础设施建设，增强质量技术支撑能力（三(三)1—4）

describe('三(三)1 产业计量测试中心', () => {
  it.each<Case>([
    [
      '三(三)1 通过国家级产业计量测试中心验收 → 100万元',
      { kind: 'industrial_metrology_center', level: 'national', stage: 'accepted' },
      'metrology-center.national',
      1_000_000,
    ],
    [
      '三(三)1 通过浙江省级产业计量测试中心验收 → 30万元',
      { kind: 'industrial_metrology_center', level: 'provincial', region: '330000', stage: 'accepted' },
      'metrology-center.provincial',
      300_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(三)1 省级产业计量测试中心获批筹建 → 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', region: '330000', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'metrology-center.provincial': 'prerequisite_not_met' });
  });
  it('三(三)1 解读：“省级”指浙江省 → 江苏省级产业计量测试中心无对应条款，未给出 region 待定', () => {
    const other = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', region: '320000', stage: 'accepted' }),
      'taizhou',
      ON,
    );
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    const unknown = evaluate(
      at({ kind: 'industrial_metrology_center', level: 'provincial', stage: 'accepted' }),
      'taizhou',
      ON,
    );
    expect(undetermined(unknown)).toEqual([['metrology-center.provincial', 'missing_fact', ['region']]]);
  });
});

describe('三(三)2 检验检测', () => {
  it.each<Case>([
    [
      '三(三)2 通过国家产品质量检验检测中心验收 → 100万元',
      { kind: 'inspection_center', level: 'national', stage: 'accepted' },
      'inspection-center.national',
      1_000_000,
    ],
    [
      '三(三)2 通过浙江省级产品质量检验检测中心验收 → 30万元',
      { kind: 'inspection_center', level: 'provincial', region: '330000', stage: 'accepted' },
      'inspection-center.provincial',
      300_000,
    ],
    [
      '三(三)2 建成国家级重点检测实验室 → 30万元',
      { kind: 'key_testing_laboratory', level: 'national', stage: 'accepted' },
      'key-lab.national',
      300_000,
    ],
    [
      '三(三)2 建成浙江省级重点检测实验室 → 10万元',
      { kind: 'key_testing_laboratory', level: 'provincial', region: '330000', stage: 'accepted' },
      'key-lab.provincial',
      100_000,
    ],
    [
      '三(三)2 被认定为台州市开放共享质量赋能实验室 → 30万元',
      { kind: 'open_shared_laboratory', level: 'municipal', region: '331000' },
      'open-lab.taizhou',
      300_000,
    ],
    [
      '三(三)2 建设“一站式”服务平台并通过验收 → 每个平台10万元',
      { kind: 'one_stop_service_platform', subtype: 'construction' },
      'one-stop.construction',
      100_000,
    ],
    [
      '三(三)2 “一站式”平台被评为省级示范点或五星级 → 每个平台10万元',
      { kind: 'one_stop_service_platform', subtype: 'rating' },
      'one-stop.rating',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(三)2 每个平台：同一申报建成3个平台 → 30万元', () => {
    const r = evaluate(at({ kind: 'one_stop_service_platform', subtype: 'construction', count: 3 }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'one-stop.construction': 300_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
  });
  it('三(三)2 解读：重点检测实验室仅获批筹建（未建成）→ 不满足前提条件，附“建成”解读', () => {
    const r = evaluate(
      at({ kind: 'key_testing_laboratory', level: 'provincial', region: '330000', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'key-lab.provincial': 'prerequisite_not_met' });
    expect(readingIds(r)).toContain('taizhou.keylab-built');
  });
  it('三(三)2 解读：“省级”指浙江省 → 广东省级检验检测中心、重点检测实验室无对应条款；未给出 region 待定', () => {
    for (const kind of ['inspection_center', 'key_testing_laboratory']) {
      const other = evaluate(at({ kind, level: 'provincial', region: '440000', stage: 'accepted' }), 'taizhou', ON);
      expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    }
    const unknown = evaluate(at({ kind: 'inspection_center', level: 'provincial', stage: 'accepted' }), 'taizhou', ON);
    expect(undetermined(unknown)).toEqual([['inspection-center.provincial', 'missing_fact', ['region']]]);
  });
  it('三(三)2 解读：评为省级示范点或五星级按平台计 → 2个平台20万元，附解读', () => {
    const r = evaluate(at({ kind: 'one_stop_service_platform', subtype: 'rating', count: 2 }), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'one-stop.rating': 200_000 });
    expect(r.awards[0]?.basis).toBe('per_item');
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.one-stop-rating-per-platform');
  });
});

describe('三(三)3 认证认可', () => {
  it.each<Case>([
    [
      '三(三)3 首次通过CNAS认可的实验室 → 10万元',
      { kind: 'laboratory_accreditation', cycle: 'initial' },
      'cnas',
      100_000,
    ],
    [
      '三(三)3 获得浙江省级认证认可试点项目证书 → 每项认证10万元',
      { kind: 'certification_pilot_project', level: 'provincial', region: '330000' },
      'certification-pilot.provincial',
      100_000,
    ],
    [
      '三(三)3 通过中国绿色产品认证 → 10万元',
      { kind: 'green_product_certification', subtype: 'china_green_product' },
      'green-product.china',
      100_000,
    ],
    [
      '三(三)3 通过农产品地理标志登记保护 → 10万元',
      { kind: 'geographical_indication', subtype: 'agricultural_product' },
      'geographical-indication.agricultural',
      100_000,
    ],
    [
      '三(三)3 获得“浙江制造”首张国际认证多国证书 → 10万元',
      { kind: 'zhejiang_made_international_certificate', firstTime: true },
      'zhejiang-made-international-certificate',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(三)3 解读：CNAS复评审（cycle renewal）→ 不予奖励（一次性），附解读', () => {
    const r = evaluate(at({ kind: 'laboratory_accreditation', cycle: 'renewal' }), 'taizhou', ON);
    expect(refused(r)).toEqual({ cnas: 'prerequisite_not_met' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.cnas-initial');
    const first = evaluate(at({ kind: 'laboratory_accreditation', cycle: 'initial' }), 'taizhou', ON);
    expect(first.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.cnas-initial');
  });
  it('三(三)3 CNAS认可未说明首次还是复评审 → 待定，缺少 cycle', () => {
    const r = evaluate(at({ kind: 'laboratory_accreditation' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['cnas', 'missing_fact', ['cycle']]]);
  });
  it('三(三)3 解读：“省级”指浙江省 → 江西省级认证认可试点项目无对应条款，未给出 region 待定', () => {
    const other = evaluate(
      at({ kind: 'certification_pilot_project', level: 'provincial', region: '360000' }),
      'taizhou',
      ON,
    );
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    const unknown = evaluate(at({ kind: 'certification_pilot_project', level: 'provincial' }), 'taizhou', ON);
    expect(undetermined(unknown)).toEqual([['certification-pilot.provincial', 'missing_fact', ['region']]]);
  });
  it('三(三)3 同一产品2021-06-01通过绿色食品认证，至2023-08-01连续两年年检合格 → 10万元', () => {
    expectSingle(['', GREEN_FOOD, 'green-product.green-food', 100_000], '2021-06-01', '2023-08-01');
  });
  it('三(三)3 每项认证：乡村民宿服务认证、绿色金融认证两项 → 20万元', () => {
    const r = evaluate(
      at({ kind: 'certification_pilot_project', level: 'provincial', region: '330000', count: 2 }),
      'taizhou',
      ON,
    );
    expect(paid(r)).toEqual({ 'certification-pilot.provincial': 200_000 });
    expect(r.awards[0]?.calculation.zh).toContain('每项认证');
  });
  // Two annual inspections take about two years: a certification of 2024-02-11 has passed them (in its first and
  // second certificate years) by the policy's last day, 2026-02-10.
  it('三(三)3 绿色食品认证 2024-02-11（本条期间末日），2026-02-10 评估 → 10万元', () => {
    expect(paid(evaluate(at(GREEN_FOOD, '2024-02-11'), 'taizhou', '2026-02-10'))).toEqual({
      'green-product.green-food': 100_000,
    });
  });
  it('三(三)3 绿色食品认证 2024-02-12（本条期间次日）→ 不在本条期间内（outside_rule_window）', () => {
    const r = evaluate(at(GREEN_FOOD, '2024-02-12'), 'taizhou', '2026-02-10');
    expect(refused(r)).toEqual({ 'green-product.green-food': 'outside_rule_window' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('自2021年2月12日起至2024年2月11日');
  });
  it('三(三)3 绿色食品认证 2023-02-11（施行首日，本条期间内），2025-03-01 评估 → 10万元', () => {
    expect(paid(evaluate(at(GREEN_FOOD, '2023-02-11'), 'taizhou', '2025-03-01'))).toEqual({
      'green-product.green-food': 100_000,
    });
  });
  it('三(三)3 绿色食品认证 2021-02-12（本条期间首日，早于施行日）→ 10万元（本条期间追溯，附解读）', () => {
    const r = evaluate(at(GREEN_FOOD, '2021-02-12'), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'green-product.green-food': 100_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.green-food-window');
  });
  it('三(三)3 绿色食品认证 2021-02-11（本条期间前一日）→ 不在本条期间内（outside_rule_window）', () => {
    const r = evaluate(at(GREEN_FOOD, '2021-02-11'), 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'green-product.green-food': 'outside_rule_window' });
  });
  it('三(三)3 中国绿色产品认证不追溯：2021-02-12 取得 → 早于施行日（achievement_before_policy）', () => {
    const r = evaluate(
      at({ kind: 'green_product_certification', subtype: 'china_green_product' }, '2021-02-12'),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'green-product.china': 'achievement_before_policy' });
  });
  it('三(三)3 绿色食品认证仅一次年检合格 → 不满足“连续两年年检合格”', () => {
    const r = evaluate(at({ ...GREEN_FOOD, consecutiveAnnualInspectionsPassed: 1 }, '2023-10-10'), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'green-product.green-food': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('连续两年年检合格');
  });
  it('三(三)3 绿色食品认证未给出年检情况 → 待定，缺少 consecutiveAnnualInspectionsPassed', () => {
    const r = evaluate(at({ kind: 'green_product_certification', subtype: 'green_food' }, '2023-10-10'), 'taizhou', ON);
    expect(undetermined(r)).toEqual([
      ['green-product.green-food', 'missing_fact', ['consecutiveAnnualInspectionsPassed']],
    ]);
  });
  it('三(三)3 解读（一次性按产品计）：两个产品各通过绿色食品认证 → 各付10万元，附解读', () => {
    const r = evaluate(
      [
        at({ ...GREEN_FOOD, id: 'rice', projectId: 'rice' }, '2021-09-01'),
        at({ ...GREEN_FOOD, id: 'tea', projectId: 'tea' }, '2021-06-01'),
      ],
      'taizhou',
      '2023-10-01',
    );
    expect(totalYuan(r)).toBe(200_000);
    expect(r.awards.map((a) => a.achievementId)).toEqual(['rice', 'tea']);
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.green-once-per-product');
    expect(readingIds(r)).toContain('taizhou.green-once-per-product');
  });
  it('三(三)3 解读：同一产品兼有中国绿色产品认证与绿色食品认证 → 合计一次，只付较早的10万元（already_paid）', () => {
    const r = evaluate(
      [
        at({ kind: 'green_product_certification', subtype: 'china_green_product', projectId: 'rice' }, '2023-06-01'),
        at({ ...GREEN_FOOD, projectId: 'rice' }, '2021-06-01'),
      ],
      'taizhou',
      '2023-08-01',
    );
    expect(totalYuan(r)).toBe(100_000);
    expect(paid(r)).toEqual({ 'green-product.green-food': 100_000 });
    expect(refused(r)).toEqual({ 'green-product.china': 'already_paid' });
    expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '三(三)3', quote: '一次性' });
  });
  it('三(三)3 解读：同一产品已按本意见获中国绿色产品认证奖励（history）→ 绿色食品认证不再奖励；另一产品照付', () => {
    const options = { history: [history('green-product.china', 100_000, '2023-03-01', { projectId: 'rice' })] };
    const same = evaluate(at({ ...GREEN_FOOD, projectId: 'rice' }, '2021-06-01'), 'taizhou', '2023-08-01', options);
    expect(totalYuan(same)).toBe(0);
    expect(refused(same)).toEqual({ 'green-product.green-food': 'already_paid' });
    expect(readingIds(same)).toContain('taizhou.green-once-per-product');
    const other = evaluate(at({ ...GREEN_FOOD, projectId: 'tea' }, '2021-06-01'), 'taizhou', '2023-08-01', options);
    expect(paid(other)).toEqual({ 'green-product.green-food': 100_000 });
  });
  it('三(三)3 history 有本项付款而未给出 projectId → 无从判断是否同一产品，待定（缺少 projectId）', () => {
    const r = evaluate(at(GREEN_FOOD, '2021-06-01'), 'taizhou', '2023-08-01', {
      history: [history('green-product.china', 100_000, '2023-03-01')],
    });
    expect(undetermined(r)).toEqual([['green-product.green-food', 'missing_fact', ['projectId']]]);
  });
  it('三(三)3 “浙江制造”国际认证多国证书非本企业首张 → 不予奖励，附“首张”解读', () => {
    const r = evaluate(at({ kind: 'zhejiang_made_international_certificate', firstTime: false }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'zhejiang-made-international-certificate': 'not_first_time' });
    expect(readingIds(r)).toContain('taizhou.zhejiang-made-first-international-certificate');
  });
  it('三(三)3 解读（一次性按登记计）：两项农产品地理标志登记 → 各10万元；一条成果 count 2 只付10万元（count 不相乘）', () => {
    const GI = { kind: 'geographical_indication', subtype: 'agricultural_product' } as const;
    const one = evaluate(at({ ...GI, count: 2 }), 'taizhou', ON);
    const two = evaluate(
      [at({ ...GI, id: 'gi-a', projectId: 'gi-a' }, '2024-03-01'), at({ ...GI, id: 'gi-b', projectId: 'gi-b' })],
      'taizhou',
      ON,
    );
    expect(paid(one)).toEqual({ 'geographical-indication.agricultural': 100_000 });
    expect(totalYuan(two)).toBe(200_000);
    expect(r2(two)).toEqual([
      ['gi-a', 'paid'],
      ['gi-b', 'paid'],
    ]);
    expect(one.awards[0]?.readings.map((x) => x.id)).not.toContain('taizhou.geographical-indication-once');
    expect(two.awards[1]?.readings.map((x) => x.id)).toContain('taizhou.geographical-indication-once');
  });
  it('三(三)3 解读：已按本意见获农产品地理标志奖励（history）→ 新登记不再奖励', () => {
    const r = evaluate(at({ kind: 'geographical_indication', subtype: 'agricultural_product' }), 'taizhou', ON, {
      history: [history('geographical-indication.agricultural', 100_000, '2023-06-01')],
    });
    expect(totalYuan(r)).toBe(0);
    expect(readingIds(r)).toContain('taizhou.geographical-indication-once');
  });
  it('三(三)3 地理标志商标 → 本政策无对应条款', () => {
    expect(refused(evaluate(at({ kind: 'geographical_indication', subtype: 'trademark' }), 'taizhou', ON))).toEqual({
      '-': 'no_rule_for_achievement',
    });
  });
});

describe('三(三)4 质量提升公共项目', () => {
  it('三(三)4 择优筛选的质量提升公共项目 → 文本未规定金额（case_by_case），不计入合计', () => {
    const r = evaluate(at({ kind: 'public_quality_project' }), 'taizhou', ON);
    expect(totalYuan(r)).toBe(0);
    expect(r.awards).toEqual([]);
    expect(r.notComputable.map((n) => [n.ruleId, n.code, n.clause])).toEqual([
      ['public-quality-project', 'case_by_case', '三(三)4'],
    ]);
  });
});
