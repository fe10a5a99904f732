import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { refused } from './support/lines.js';

/** 闵行 第5、8、9条 的“市级”是上海市的（第9条：由“市市场监管局发文批准建立”）。 */
const UNIT = {
  type: 'organization',
  registeredIn: '310112',
  taxRegisteredIn: '310112',
  fullyStateFunded: false,
} as const;
const at = (facts: Record<string, unknown>) =>
  ({ obtainedOn: '2024-01-15', recipient: UNIT, ...facts }) as Parameters<typeof evaluate>[0] & object;
// The acceptance sum of 9 is paid 再, after the 筹建 sum for the same centre: history holds that one.
const history = [
  {
    policyId: 'minhang-2022',
    ruleId: 'metrology-center.municipal.approved',
    amountYuan: 300_000,
    obtainedOn: '2022-06-01',
    projectId: 'centre-1',
  },
];
const run = (facts: Record<string, unknown>) =>
  evaluate(
    at({ projectId: 'centre-1', ...facts }),
    'minhang',
    '2024-06-30',
    facts.stage === 'accepted' ? { history } : {},
  );
const readingIds = (r: ReturnType<typeof evaluate>) => r.warnings.map((w) => w.reading?.id).filter(Boolean);

describe.each([
  [
    '5 市级质量品牌提升示范区',
    { kind: 'quality_brand_demonstration_zone', level: 'municipal' },
    'demonstration-zone.municipal',
    '50万元',
  ],
  [
    '8 市级标准化示范试点通过验收',
    { kind: 'standardization_pilot', level: 'municipal', stage: 'accepted' },
    'pilot.municipal',
    '15万元',
  ],
  [
    '9 获批筹建市级产业计量测试中心',
    { kind: 'industrial_metrology_center', level: 'municipal', stage: 'approved' },
    'metrology-center.municipal.approved',
    '30万元',
  ],
  [
    '9 市级产业计量测试中心通过验收批准建立',
    { kind: 'industrial_metrology_center', level: 'municipal', stage: 'accepted' },
    'metrology-center.municipal.accepted',
    '30万元',
  ],
] as const)('%s（市级 = 上海市）', (name, facts, ruleId, amount) => {
  it(`${name}：上海市（310000）→ ${amount}，附“市级 = 上海市”解读`, () => {
    const r = run({ ...facts, region: '310000' });
    expect(r.awards.map((a) => [a.ruleId, a.amount.text])).toEqual([[ruleId, amount]]);
    expect(readingIds(r)).toContain('minhang.municipal-shanghai');
  });
  it(`${name}：杭州市（330100）的市级 → 本政策无对应条款`, () => {
    expect(refused(run({ ...facts, region: '330100' }))).toEqual({ '-': 'no_rule_for_achievement' });
  });
  it(`${name}：未给出 region → 待定，缺少 region`, () => {
    const r = run(facts);
    expect(r.undetermined.map((u) => [u.ruleId, u.missingFacts])).toEqual([[ruleId, ['region']]]);
  });
});
