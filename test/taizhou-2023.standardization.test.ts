import { describe, expect, it } from 'vitest';
import { refused } from './support/lines.js';
import {
  evaluate,
  ON,
  at,
  undetermined,
  NATIONAL_STANDARD,
  ruleOf,
} from './taizhou-2023.support.js';

// 三、主要内容 （二）支持标准化创新发展，引领台州质量水平提升（三(二)1—4）

describe('三(二)1 制定完成标准的第一起草单位', () => {
  it('三(二)1、三(二)3 “制定”解读各引本条原文：国家标准、“浙江制造”标准、国际标准', () => {
    const cases = [
      [NATIONAL_STANDARD, 'taizhou.drafting-made-or-revised', '制定完成国家标准（含国家军用标准）'],
      [
        { kind: 'standard_drafting', level: 'group', subtype: 'zhejiang_made', rank: 1 },
        'taizhou.drafting-made-or-revised.zhejiang-made',
        '对制定“浙江制造”标准的第一起草单位',
      ],
      [
        { kind: 'standard_drafting', level: 'international', rank: 1 },
        'taizhou.drafting-made-or-revised.international',
        '对制定完成国际标准的第一起草单位',
      ],
    ] as const;
    for (const [a, id, literal] of cases) {
      const reading = evaluate(at(a), 'taizhou', ON).awards[0]?.readings.find((x) => x.id === id);
      expect(reading?.literal).toContain(literal);
    }
  });
  it('三(二)1 解读：一般团体标准（subtype general）→ 本政策无对应条款；未给出 subtype → 待定，缺少 subtype', () => {
    const general = evaluate(
      at({ kind: 'standard_drafting', level: 'group', subtype: 'general', rank: 1 }),
      'taizhou',
      ON,
    );
    expect(refused(general)).toEqual({ '-': 'no_rule_for_achievement' });
    expect(general.undetermined).toEqual([]);
    const unknown = evaluate(at({ kind: 'standard_drafting', level: 'group', rank: 1 }), 'taizhou', ON);
    expect(undetermined(unknown)).toEqual([['drafting.zhejiang-made', 'missing_fact', ['subtype']]]);
    const reading = ruleOf('drafting.zhejiang-made')?.readings?.find(
      (x) => x.id === 'taizhou.zhejiang-made-group-standard',
    );
    expect(reading?.chosen.zh).toContain('subtype general');
  });
});
