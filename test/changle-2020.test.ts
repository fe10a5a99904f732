import { describe, expect, it } from 'vitest';
import { changle2020 } from '../policies/changle-2020.js';
import type { AchievementInput } from '../src/schema/achievement.js';
import { evaluatorFor } from './support/evaluatorFor.js';
import { paid } from './support/lines.js';

const { evaluate } = evaluatorFor(changle2020);
const ON = '2024-06-01';
const at = (a: Omit<AchievementInput, 'obtainedOn'>, obtainedOn = '2024-05-10'): AchievementInput => ({
  ...a,
  obtainedOn,
});


describe('末段 施行日期 本意见自2020年1月1日起施行', () => {
  const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award' } as const;
  it('按名称、全称、拼音均可找到长乐区', () => {
    for (const name of ['长乐区', '福州市长乐区', 'Changle', '350112']) {
      expect(evaluate(at(cqa), name, ON).jurisdiction.code).toBe('350112');
    }
  });
});

describe('三(二)4 设测量管理体系认证奖', () => {
  it('三(二)4 获得 ISO 10012 测量管理体系认证 → 3万元，并附“IS010012”的解读', () => {
    const r = evaluate(at({ kind: 'measurement_management_certification', cycle: 'initial' }), 'changle', ON);
    expect(paid(r)).toEqual({ 'measurement-management': 30_000 });
    expect(r.warnings.filter((w) => w.code === 'uncertain_reading').map((w) => w.reading?.literal)).toContain(
      'IS010012',
    );
  });
});

describe('三(二) 单位、企业、技术检测机构（个人不适用）', () => {
  it('文本未设注册地条件：每个结果都提示调用方确认申报主体属于本区', () => {
    const r = evaluate(at({ kind: 'laboratory_accreditation' }), 'changle', ON);
    expect(r.warnings.find((w) => w.code === 'notice' && w.quote === '引导、激励我区企业或组织')).toBeDefined();
  });
});

describe('三(二) 条款数', () => {
  it('长乐 2020 共有34个金额，各为一条规则，均有金额', () => {
    expect(changle2020.rules).toHaveLength(34);
    expect(new Set(changle2020.rules.map((r) => r.amount.type))).toEqual(new Set(['fixed', 'per_item']));
  });
});
