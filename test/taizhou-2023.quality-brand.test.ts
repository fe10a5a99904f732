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
  CQA,
  PZB_INITIAL,
  PZB_RENEWAL,
  PZB_SELF,
  history,
} from './taizhou-2023.support.js';

// 三、主要内容 （一）强化质量品牌激励，增强企业质量和品牌发展竞争力（三(一)1—3）

describe('三(一)1 加强品牌建设培育', () => {
  it.each<Case>([
    [
      '三(一)1 通过全国质量品牌提升示范区验收 → 40万元',
      { kind: 'quality_brand_demonstration_zone', level: 'national', stage: 'accepted' },
      'demo-zone.national',
      400_000,
    ],
    ['三(一)1 中国质量奖 → 150万元', CQA, 'cqa.award', 1_500_000],
    [
      '三(一)1 中国质量奖提名奖 → 75万元',
      { kind: 'government_quality_award', level: 'national', prize: 'nomination' },
      'cqa.nomination',
      750_000,
    ],
    [
      '三(一)1 浙江省政府质量奖 → 100万元',
      { kind: 'government_quality_award', level: 'provincial', region: '330000', prize: 'award' },
      'zhejiang-qa.award',
      1_000_000,
    ],
    [
      '三(一)1 浙江省政府质量管理创新奖 → 30万元',
      { kind: 'quality_management_innovation_award', level: 'provincial', region: '330000' },
      'zhejiang-qm-innovation',
      300_000,
    ],
    [
      '三(一)1 台州市政府质量奖 → 50万元',
      { kind: 'government_quality_award', level: 'municipal', region: '331000', prize: 'award' },
      'taizhou-qa.award',
      500_000,
    ],
  ])('%s', (...c) => expectSingle(c));

  it('三(一)1 全国质量品牌提升示范区仅获批、未验收 → 不满足前提条件', () => {
    const r = evaluate(
      at({ kind: 'quality_brand_demonstration_zone', level: 'national', stage: 'approved' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'demo-zone.national': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('通过全国质量品牌提升示范区验收');
  });
  it('三(一)1 省级质量品牌提升示范区 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'quality_brand_demonstration_zone', level: 'provincial', stage: 'accepted' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 个人获得中国质量奖 → 本条只奖励组织', () => {
    const r = evaluate(at({ ...CQA, recipient: { type: 'individual' } }), 'taizhou', ON);
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 其他省份的省政府质量奖 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'government_quality_award', level: 'provincial', region: '350000', prize: 'award' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 浙江省政府质量奖提名奖 → 本政策无对应条款', () => {
    const r = evaluate(
      at({ kind: 'government_quality_award', level: 'provincial', region: '330000', prize: 'nomination' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)1 市政府质量奖未给出颁奖城市 → 待定，缺少 region', () => {
    const r = evaluate(at({ kind: 'government_quality_award', level: 'municipal', prize: 'award' }), 'taizhou', ON);
    expect(undetermined(r)).toEqual([['taizhou-qa.award', 'missing_fact', ['region']]]);
    expect(totalYuan(r)).toBe(0);
  });
});

describe('三(一)1 经市级备案后 “品字标” 20万元 / 10万元', () => {
  it.each<Case>([
    ['三(一)1 经市级备案，获得首张“品字标”认证证书 → 20万元', PZB_INITIAL, 'pinzibiao.initial', 200_000],
    ['三(一)1 经市级备案，“品字标”认证通过复评审 → 20万元', PZB_RENEWAL, 'pinzibiao.renewal', 200_000],
    ['三(一)1 经市级备案，以自我声明获得“品字标”证书 → 10万元', PZB_SELF, 'pinzibiao.self-declaration', 100_000],
  ])('%s', (...c) => expectSingle(c));

  it('三(一)1 未经市级备案 → 三项均不满足前提条件（经市级备案后）', () => {
    for (const [a, ruleId] of [
      [PZB_INITIAL, 'pinzibiao.initial'],
      [PZB_RENEWAL, 'pinzibiao.renewal'],
      [PZB_SELF, 'pinzibiao.self-declaration'],
    ] as const) {
      const r = evaluate(at({ ...a, filedWithAuthority: false }), 'taizhou', ON);
      expect(refused(r)).toEqual({ [ruleId]: 'prerequisite_not_met' });
      expect(r.notPaid[0]?.stoppedBy).toEqual({ clause: '三(一)1', quote: '经市级备案后' });
    }
  });
  it('三(一)1 解读：“经市级备案后”也适用于自我声明获证 → 未备案的自我声明不予奖励，附解读', () => {
    const r = evaluate(at({ ...PZB_SELF, filedWithAuthority: false }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pinzibiao.self-declaration': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-filing-self-declaration');
    const filed = evaluate(at(PZB_SELF), 'taizhou', ON);
    expect(filed.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-filing-self-declaration');
  });
  it('三(一)1 解读：认证证书与复评审的奖励均附“首张”解读（复评审不限于首张证书）', () => {
    for (const a of [PZB_INITIAL, PZB_RENEWAL]) {
      const r = evaluate(at(a), 'taizhou', ON);
      expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-first-certificate');
    }
  });
  it('三(一)1 未说明是否经市级备案、是否首张 → 待定，缺少 filedWithAuthority、firstTime', () => {
    const r = evaluate(
      at({ kind: 'regional_brand_certification', subtype: 'pinzibiao_certificate', cycle: 'initial' }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([['pinzibiao.initial', 'missing_fact', ['filedWithAuthority', 'firstTime']]]);
  });
  it('三(一)1 未说明首次认证还是复评审 → 两项均待定，缺少 cycle', () => {
    const r = evaluate(
      at({
        kind: 'regional_brand_certification',
        subtype: 'pinzibiao_certificate',
        filedWithAuthority: true,
        firstTime: true,
      }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([
      ['pinzibiao.initial', 'missing_fact', ['cycle']],
      ['pinzibiao.renewal', 'missing_fact', ['cycle']],
    ]);
  });
  it('三(一)1 首张：本企业已有“品字标”认证证书（firstTime false）→ 不予奖励，附“首张”解读', () => {
    const r = evaluate(at({ ...PZB_INITIAL, firstTime: false }), 'taizhou', ON);
    expect(refused(r)).toEqual({ 'pinzibiao.initial': 'not_first_time' });
    expect(readingIds(r)).toContain('taizhou.pinzibiao-first-certificate');
  });
  it('三(一)1 首张：已按本意见获首张奖励（history）→ 再报首张不予奖励', () => {
    const r = evaluate(at(PZB_INITIAL), 'taizhou', ON, {
      history: [history('pinzibiao.initial', 200_000, '2023-06-01')],
    });
    expect(refused(r)).toEqual({ 'pinzibiao.initial': 'not_first_time' });
  });
  it('三(一)1 首张：同一组合两张首次认证证书 → 只奖励较早取得的一张', () => {
    const r = evaluate([at(PZB_INITIAL, '2024-04-01'), at(PZB_INITIAL, '2024-03-01')], 'taizhou', ON);
    expect(r.awards.map((a) => [a.achievementIndex, a.amount.fen / 100])).toEqual([[1, 200_000]]);
    expect(refused(r)).toEqual({ 'pinzibiao.initial': 'not_first_time' });
  });
});

describe('三(一)1 上述“品字标”奖励总额每家企业累计不超过50万元', () => {
  it('已获30万元，再复评审20万元 → 恰至50万元，全额支付', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.self-declaration', 100_000, '2023-05-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 200_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
  });
  it('已获40万元，再复评审20万元 → 只付10万元（cap_reached）', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 100_000 });
    expect(r.awards[0]?.clauseAmount.text).toBe('20万元');
    expect(r.awards[0]?.adjustments.map((x) => [x.code, x.quote, x.after.text])).toEqual([
      ['cap_reached', '上述“品字标”奖励总额每家企业累计不超过50万元', '10万元'],
    ]);
    expect(readingIds(r)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('已获50万元，再以自我声明获证 → 不再支付（cap_reached）', () => {
    const r = evaluate(at(PZB_SELF), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
        history('pinzibiao.self-declaration', 100_000, '2024-01-01'),
      ],
    });
    expect(totalYuan(r)).toBe(0);
    expect(refused(r)).toEqual({ 'pinzibiao.self-declaration': 'cap_reached' });
  });
  it('同一组合：首张20万、自我声明10万、复评审20万、再复评审20万 → 按取得先后付满50万元，最后一项不付', () => {
    const r = evaluate(
      [
        at(PZB_INITIAL, '2023-03-01'),
        at(PZB_SELF, '2023-05-01'),
        at(PZB_RENEWAL, '2023-09-01'),
        at({ ...PZB_RENEWAL, id: 'late' }, '2024-04-01'),
      ],
      'taizhou',
      ON,
    );
    expect(totalYuan(r)).toBe(500_000);
    expect(r.awards.map((a) => a.amount.fen / 100)).toEqual([200_000, 100_000, 200_000]);
    expect(r.notPaid.map((n) => [n.achievementId, n.code])).toEqual([['late', 'cap_reached']]);
  });
  it('同一组合：超出部分的一项被削减到剩余额度（40万元后一项20万元 → 10万元）', () => {
    const r = evaluate(
      [at(PZB_INITIAL, '2023-03-01'), at(PZB_RENEWAL, '2023-09-01'), at(PZB_RENEWAL, '2024-04-01')],
      'taizhou',
      ON,
    );
    expect(r.awards.map((a) => [a.ruleId, a.amount.fen / 100])).toEqual([
      ['pinzibiao.initial', 200_000],
      ['pinzibiao.renewal', 200_000],
      ['pinzibiao.renewal', 100_000],
    ]);
    expect(r.awards[2]?.adjustments.map((x) => x.code)).toEqual(['cap_reached']);
    const more = evaluate(
      [at(PZB_RENEWAL, '2023-09-01'), at(PZB_RENEWAL, '2024-04-01'), at(PZB_SELF, '2024-05-01')],
      'taizhou',
      ON,
      {
        history: [history('pinzibiao.initial', 200_000, '2023-03-01')],
      },
    );
    expect(more.awards.map((a) => a.amount.fen / 100)).toEqual([200_000, 100_000]);
    expect(refused(more)).toEqual({ 'pinzibiao.self-declaration': 'cap_reached' });
  });
  it('解读：按被废止的2021年文件已获50万元不计入本意见的累计额 → 仍付20万元', () => {
    const r = evaluate(at(PZB_RENEWAL), 'taizhou', ON, {
      history: [{ policyId: 'taizhou-2021', ruleId: 'pinzibiao', amountYuan: 500_000, obtainedOn: '2022-06-01' }],
    });
    expect(paid(r)).toEqual({ 'pinzibiao.renewal': 200_000 });
    expect(r.awards[0]?.adjustments).toEqual([]);
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-cap-2021');
    expect(readingIds(r)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('解读：上限的解读附于上限之下的每一项奖励，即使未被削减', () => {
    const r = evaluate(at(PZB_SELF), 'taizhou', ON);
    expect(paid(r)).toEqual({ 'pinzibiao.self-declaration': 100_000 });
    expect(r.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.pinzibiao-cap-2021');
  });
  it('上限只管“品字标”三项：已获50万元品字标奖励，不影响中国质量奖', () => {
    const r = evaluate(at(CQA), 'taizhou', ON, {
      history: [
        history('pinzibiao.initial', 200_000, '2023-03-01'),
        history('pinzibiao.renewal', 200_000, '2023-09-01'),
        history('pinzibiao.renewal', 100_000, '2024-01-01'),
      ],
    });
    expect(paid(r)).toEqual({ 'cqa.award': 1_500_000 });
  });
});

describe('三(一)2 加强质量管理创新', () => {
  it.each<Case>([
    [
      '三(一)2 获得省先进质量管理孵化基地 → 10万元',
      {
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '330000',
      },
      'incubation-base.zhejiang',
      100_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(一)2 解读：“省”指浙江省 → 江苏省（320000）先进质量管理孵化基地无对应条款，未给出 region 待定', () => {
    const other = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '320000',
      }),
      'taizhou',
      ON,
    );
    expect(refused(other)).toEqual({ '-': 'no_rule_for_achievement' });
    const unknown = evaluate(
      at({ kind: 'quality_management_incubation_base', subtype: 'advanced_quality_management', level: 'provincial' }),
      'taizhou',
      ON,
    );
    expect(undetermined(unknown)).toEqual([['incubation-base.zhejiang', 'missing_fact', ['region']]]);
    const zhejiang = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'provincial',
        region: '330000',
      }),
      'taizhou',
      ON,
    );
    expect(zhejiang.awards[0]?.readings.map((x) => x.id)).toContain('taizhou.province-and-city');
  });
  it('三(一)2 省卓越绩效管理孵化基地 → 本条只奖励先进质量管理孵化基地，无对应条款', () => {
    const r = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'excellence_performance',
        level: 'provincial',
        region: '330000',
      }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it('三(一)2 未说明孵化基地类型 → 待定，缺少 subtype', () => {
    const r = evaluate(
      at({ kind: 'quality_management_incubation_base', level: 'provincial', region: '330000' }),
      'taizhou',
      ON,
    );
    expect(undetermined(r)).toEqual([['incubation-base.zhejiang', 'missing_fact', ['subtype']]]);
  });
  it('三(一)2 市先进质量管理孵化基地 → 本政策无对应条款', () => {
    const r = evaluate(
      at({
        kind: 'quality_management_incubation_base',
        subtype: 'advanced_quality_management',
        level: 'municipal',
        region: '331000',
      }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ '-': 'no_rule_for_achievement' });
  });
});

describe('三(一)3 加强质量数字治理', () => {
  it.each<Case>([
    [
      '三(一)3 新认定为浙江省信用管理示范企业 → 10万元',
      { kind: 'credit_management_demonstration', level: 'provincial', region: '330000', cycle: 'initial' },
      'credit-demo.zhejiang',
      100_000,
    ],
    [
      '三(一)3 认定为台州市产业链数字化质量管理创新示范单位 → 20万元',
      { kind: 'digital_quality_management_demonstration', level: 'municipal', region: '331000' },
      'digital-quality-demo.taizhou',
      200_000,
    ],
  ])('%s', (...c) => expectSingle(c));
  it('三(一)3 信用管理示范企业期满重新认定（非新认定）→ 不满足前提条件，附解读', () => {
    const r = evaluate(
      at({ kind: 'credit_management_demonstration', level: 'provincial', region: '330000', cycle: 'renewal' }),
      'taizhou',
      ON,
    );
    expect(refused(r)).toEqual({ 'credit-demo.zhejiang': 'prerequisite_not_met' });
    expect(r.notPaid[0]?.stoppedBy?.quote).toBe('新认定');
    expect(readingIds(r)).toContain('taizhou.credit-newly-recognized');
  });
});
