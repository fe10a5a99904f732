import { describe, expect, it } from 'vitest';
import {
  amountSchema,
  conditionFailureSchema,
  conditionSchema,
  inAdditionToSchema,
  matchSchema,
  noticeSchema,
  onceSchema,
  ruleSchema,
  stackingSchema,
  windowSchema,
} from '../../src/schema/policy.js';
import { fixedRule } from '../support/syntheticPolicy.js';

/**
 * Each part of the policy model is exported as a schema of its own (a tool that writes or checks one rule,
 * one condition, one stacking rule): each accepts its own shape and rejects a wrong one, naming where.
 */
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'));

describe('the parts of the policy model validate on their own', () => {
  it('matchSchema: a kind, with selector values; a blank kind is named', () => {
    expect(matchSchema.parse({ kind: 'standard', level: ['national', 'industry'] })).toEqual({
      kind: 'standard',
      level: ['national', 'industry'],
    });
    expect(paths(matchSchema.safeParse({ kind: '' }))).toEqual(['kind']);
  });

  it('conditionFailureSchema: the four reason codes, nothing else', () => {
    expect(conditionFailureSchema.parse('excluded_by_clause')).toBe('excluded_by_clause');
    expect(conditionFailureSchema.safeParse('failed').success).toBe(false);
  });

  it('conditionSchema: a simple condition and 或 (any_of) of two; any_of of one is named at its conditions', () => {
    const rank = { type: 'rank_between', min: 1, max: 3 } as const;
    expect(conditionSchema.parse(rank)).toEqual(rank);
    const anyOf = { type: 'any_of', conditions: [rank, { type: 'first_time' }] } as const;
    expect(conditionSchema.parse(anyOf)).toEqual(anyOf);
    expect(paths(conditionSchema.safeParse({ type: 'any_of', conditions: [rank] }))).toEqual(['conditions']);
  });

  it('amountSchema: whole 元; a negative amount is named', () => {
    expect(amountSchema.parse({ type: 'fixed', yuan: 200_000 })).toEqual({ type: 'fixed', yuan: 200_000 });
    expect(paths(amountSchema.safeParse({ type: 'fixed', yuan: -1 }))).toEqual(['yuan']);
  });

  it('onceSchema: per matter or per recipient, with the words; an unknown `per` is named', () => {
    const once = { per: 'recipient', quote: '每家企业' } as const;
    expect(onceSchema.parse(once)).toEqual(once);
    expect(paths(onceSchema.safeParse({ ...once, per: 'project' }))).toEqual(['per']);
  });

  it('inAdditionToSchema: at least one rule it adds to', () => {
    expect(inAdditionToSchema.parse({ rules: ['base'], quote: '追加' })).toEqual({ rules: ['base'], quote: '追加' });
    expect(paths(inAdditionToSchema.safeParse({ rules: [], quote: '追加' }))).toEqual(['rules']);
  });

  it('ruleSchema: one reward clause; an id with capitals is named', () => {
    const rule = fixedRule('national-standard', 'standard', 200_000);
    expect(ruleSchema.parse(rule)).toEqual(rule);
    expect(paths(ruleSchema.safeParse({ ...rule, id: 'National' }))).toEqual(['id']);
  });

  it('stackingSchema: 就高 over rules in a scope; an unknown scope is named', () => {
    const highest = { type: 'highest_only', id: 'h', clause: '9', quote: '就高', rules: ['a'], scope: 'ever' } as const;
    expect(stackingSchema.parse(highest)).toEqual(highest);
    expect(paths(stackingSchema.safeParse({ ...highest, scope: 'same_month' }))).toEqual(['scope']);
  });

  it('noticeSchema: a cited message in both languages; a missing English text is named', () => {
    const notice = { id: 'budget', clause: '12', quote: '在预算内', message: { zh: '在预算内', en: 'within budget' } };
    expect(noticeSchema.parse(notice)).toEqual(notice);
    expect(paths(noticeSchema.safeParse({ ...notice, message: { zh: '在预算内' } }))).toEqual(['message.en']);
  });

  it('windowSchema: a start and an end date; a date that does not exist is named', () => {
    const window = {
      start: { date: '2024-01-01', clause: '20', quote: '自2024年1月1日起施行' },
      end: { type: 'date', date: '2026-12-31', clause: '20', quote: '有效期至2026年12月31日' },
    } as const;
    expect(windowSchema.parse(window)).toEqual(window);
    expect(paths(windowSchema.safeParse({ ...window, end: { ...window.end, date: '2026-02-30' } }))).toEqual([
      'end.date',
    ]);
  });
});
