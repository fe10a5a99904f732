import { describe, expect, it } from 'vitest';
import { money } from '../../src/money/money.js';
import { awardLine, type AwardFields } from '../../src/engine/phases/lineOf.js';
import type { Achievement } from '../../src/schema/achievement.js';

/*
 * An award line: the same fields in the same order whichever way it is built (one literal, or field by
 * field for a yearly schedule), the optional ones present only when there is something to say, frozen.
 */

const citation = Object.freeze({ ruleId: 'r', clause: '第8条', quote: '奖励20万元', title: { zh: 't', en: 't' } });
const fields = (extra: Partial<AwardFields> = {}): AwardFields => ({
  amount: money(20_000_000),
  clauseAmount: money(20_000_000),
  basis: 'fixed' as AwardFields['basis'],
  upTo: false,
  calculation: Object.freeze({ zh: '20万元', en: '200000 yuan' }),
  schedule: undefined,
  adjustments: Object.freeze([]),
  readings: Object.freeze([]),
  inAdditionTo: undefined,
  ...extra,
});
const REQUIRED = ['ruleId', 'clause', 'quote', 'title', 'amount', 'clauseAmount', 'basis', 'upTo', 'calculation'];
const achievement = (id?: string) => ({ kind: 'k', obtainedOn: '2024-05-10', ...(id ? { id } : {}) }) as Achievement;

describe('第8条 20万元 as an award line', () => {
  it('no id → index, citation, amounts, adjustments, readings, in that order; frozen', () => {
    const line = awardLine(achievement(), 0, citation, fields());
    expect(Object.keys(line)).toEqual(['achievementIndex', ...REQUIRED, 'adjustments', 'readings']);
    expect(Object.isFrozen(line)).toBe(true);
    expect(line.amount.fen).toBe(20_000_000);
  });
  it('an id → achievementId right after the index', () => {
    const line = awardLine(achievement('a-1'), 3, citation, fields());
    expect(Object.keys(line)).toEqual(['achievementIndex', 'achievementId', ...REQUIRED, 'adjustments', 'readings']);
    expect([line.achievementIndex, line.achievementId]).toEqual([3, 'a-1']);
  });
  it('paid in addition to another reward → inAdditionTo last, frozen', () => {
    const inAdditionTo = { ruleId: 'base', clause: '第7条', achievementIndex: 0, fromHistory: false };
    const line = awardLine(achievement('a-1'), 1, citation, fields({ inAdditionTo }));
    expect(Object.keys(line).at(-1)).toBe('inAdditionTo');
    expect(line.inAdditionTo).toEqual(inAdditionTo);
    expect(Object.isFrozen(line.inAdditionTo)).toBe(true);
  });
  it('a yearly schedule → between the calculation and the adjustments, frozen all the way down', () => {
    const schedule = [{ year: 1, amount: money(10_000_000), dueOn: '2024-05-10', status: 'due' as const }];
    const line = awardLine(achievement(), 0, citation, fields({ schedule }));
    expect(Object.keys(line)).toEqual(['achievementIndex', ...REQUIRED, 'schedule', 'adjustments', 'readings']);
    expect(Object.isFrozen(line.schedule)).toBe(true);
    expect(Object.isFrozen(line.schedule?.[0])).toBe(true);
  });
});
