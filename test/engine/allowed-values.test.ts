import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/engine/compile/compiledPolicy.js';
import { allowedValues, selectorsOf } from '../../src/engine/matchRule.js';
import { library } from '../../policies/index.js';

describe('allowedValues: the values a selector of a match allows', () => {
  it('a list as given; one value as a list of one', () => {
    expect(allowedValues(['national', 'provincial'])).toEqual(['national', 'provincial']);
    expect(allowedValues('national')).toEqual(['national']);
    expect(allowedValues(true)).toEqual([true]);
  });

  it('property: a one-value list and the value alone allow the same', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(allowedValues([value])).toEqual(allowedValues(value));
      }),
    );
  });

  it('every bundled rule: the level lists the compile step narrows by are the levels its selector allows', () => {
    for (const policy of library.policies) {
      const { rulesByKindAndLevel, rulesByKindAnyLevel } = compilePolicy(policy);
      for (const rule of policy.rules) {
        const level = selectorsOf(rule.match).find((s) => s.fact === 'level')?.allowed;
        const anyLevel = rulesByKindAnyLevel.get(rule.match.kind) ?? [];
        expect(anyLevel.some((r) => r.rule === rule)).toBe(level === undefined);
        for (const l of level ?? []) {
          const about = rulesByKindAndLevel.get(`${rule.match.kind}\u0000${String(l)}`) ?? [];
          expect(about.some((r) => r.rule === rule)).toBe(true);
        }
      }
    }
  });
});
