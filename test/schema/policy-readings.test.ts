import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { defineLibrary } from '../../src/engine/library.js';
import type { Reading } from '../../src/schema/policy.js';
import { isReading, readingsOf } from '../../src/schema/policyReadings.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/**
 * A reading records what a text leaves open: an id, the question, the literal words, the reading chosen and
 * its basis. Switching readings (`options.readings`) finds them in the policy data by that shape.
 */
const reading = (id: string, chosen: string): Reading => ({
  id,
  question: { zh: '问题', en: 'question' },
  literal: '原文',
  chosen: { zh: chosen, en: chosen },
  basis: { zh: '依据', en: 'basis' },
});

describe('isReading: an id, the literal words, a question, a choice and a basis', () => {
  const complete = reading('r', '读法');

  it('a complete reading (with or without an alternative) is one', () => {
    expect(isReading(complete)).toBe(true);
    expect(isReading({ ...complete, alternative: { zh: '另一读法', en: 'the other reading' } })).toBe(true);
  });

  it.each(['id', 'literal', 'chosen', 'question', 'basis'] as const)('without %s → not a reading', (field) => {
    const { [field]: _, ...rest } = complete;
    expect(isReading(rest)).toBe(false);
  });

  it.each([
    ['id', 1],
    ['literal', { zh: '原文' }],
    ['chosen', '读法'],
    ['question', '问题'],
    ['basis', '依据'],
  ] as const)('%s of the wrong type → not a reading', (field, value) => {
    expect(isReading({ ...complete, [field]: value })).toBe(false);
  });

  it.each(['id', 'literal', 'chosen', 'question', 'basis'] as const)('only %s → not a reading', (field) => {
    expect(isReading({ [field]: complete[field] })).toBe(false);
  });

  it('null, a string, an array of readings → not a reading', () => {
    expect(isReading(null)).toBe(false);
    expect(isReading('r')).toBe(false);
    expect(isReading([complete])).toBe(false);
  });
});

describe('readingsOf: every reading of a policy once, by id', () => {
  it('in lists and nested objects: a rule’s readings, its amount’s, a condition’s inside 或 (any_of)', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('a', 'key_project', 1, {
          amount: { type: 'fixed', yuan: 1, reading: reading('amount', '金额') },
          readings: [reading('rule-1', '一'), reading('rule-2', '二')],
        }),
        fixedRule('b', 'key_project', 2, {
          conditions: [
            {
              type: 'any_of',
              conditions: [
                { type: 'first_time' },
                { type: 'rank_between', min: 1, max: 3, reading: reading('rank', '名次') },
              ],
            },
          ],
        }),
      ],
    });
    const defined = defineLibrary({ kinds: vocabulary, policies: [policy] }).policies[0]!;
    expect([...readingsOf(defined).keys()].sort()).toEqual(['amount', 'rank', 'rule-1', 'rule-2']);
  });

  it('one id recorded twice → the first found stands for it (the amount’s, before the rule’s list)', () => {
    const policy = syntheticPolicy({
      rules: [
        fixedRule('a', 'key_project', 1, {
          amount: { type: 'fixed', yuan: 1, reading: reading('figure', '第一处') },
          readings: [reading('figure', '第二处')],
        }),
      ],
    });
    const defined = defineLibrary({ kinds: vocabulary, policies: [policy] }).policies[0]!;
    const found = readingsOf(defined);
    expect(found.size).toBe(1);
    expect(found.get('figure')?.chosen.zh).toBe('第一处');
  });

  it('a policy without readings → none', () => {
    const defined = defineLibrary({
      kinds: vocabulary,
      policies: [syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] })],
    }).policies[0]!;
    expect(readingsOf(defined).size).toBe(0);
  });
});
