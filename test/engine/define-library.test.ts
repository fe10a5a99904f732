import { describe, expect, it } from 'vitest';
import { defineLibrary, PolicyDataError } from '../../src/engine/library.js';
import { vocabulary } from '../../policies/vocabulary.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

const kind = (k: string, subtypes?: string[]) => ({
  kind: k,
  label: { zh: k, en: k },
  description: { zh: k, en: k },
  ...(subtypes ? { subtypes: subtypes.map((s) => ({ subtype: s, label: { zh: s, en: s } })) } : {}),
});

describe('defineLibrary: policy data is checked against the schema and the vocabulary', () => {
  const policy = syntheticPolicy({ rules: [fixedRule('r', 'key_project', 1)] });

  it('a valid library is returned deep-frozen', () => {
    const library = defineLibrary({ kinds: vocabulary, policies: [policy] });
    expect(library.policies.map((p) => p.id)).toEqual(['test-city']);
    expect(Object.isFrozen(library.policies[0]?.rules[0]?.amount)).toBe(true);
    expect(Object.isFrozen(library.kinds)).toBe(true);
  });

  it('a kind named twice in the vocabulary', () => {
    expect(() => defineLibrary({ kinds: [kind('key_project'), kind('key_project')], policies: [] })).toThrow(
      new PolicyDataError('duplicate kind in the vocabulary'),
    );
  });

  it('two policies with one id', () => {
    expect(() => defineLibrary({ kinds: vocabulary, policies: [policy, policy] })).toThrow(
      new PolicyDataError('duplicate policy id test-city'),
    );
  });

  it('a rule on a kind outside the vocabulary', () => {
    expect(() => defineLibrary({ kinds: [kind('other')], policies: [policy] })).toThrow(
      new PolicyDataError('test-city/r: kind key_project is not in the vocabulary'),
    );
  });

  it('a rule on a subtype the kind does not have (one subtype or one of a list)', () => {
    const withSubtype = (subtype: string | string[]) =>
      syntheticPolicy({ rules: [fixedRule('r', 'k', 1, { match: { kind: 'k', subtype } })] });
    const kinds = [kind('k', ['a', 'b'])];
    expect(defineLibrary({ kinds, policies: [withSubtype(['a', 'b'])] }).policies).toHaveLength(1);
    expect(() => defineLibrary({ kinds, policies: [withSubtype('c')] })).toThrow(
      new PolicyDataError('test-city/r: subtype c is not a subtype of k'),
    );
    expect(() => defineLibrary({ kinds, policies: [withSubtype(['a', 'c'])] })).toThrow(/subtype c is not/);
    expect(() => defineLibrary({ kinds: [kind('k')], policies: [withSubtype('a')] })).toThrow(/subtype a is not/);
  });

  it('a schema error names where: the list, the index and the path', () => {
    expect(() => defineLibrary({ kinds: [{ kind: 'Bad Kind' }] as never, policies: [] })).toThrow(
      /^kinds\[0\]\.kind: /,
    );
    const bad = { ...policy, rules: [{ ...fixedRule('r', 'key_project', 1), amount: { type: 'fixed', yuan: -1 } }] };
    expect(() => defineLibrary({ kinds: vocabulary, policies: [bad as never] })).toThrow(
      /^policies\[0\]\.rules\.0\.amount\.yuan: /,
    );
  });

  it('not a library (no kinds) → a typed error naming library.kinds, before anything is read', () => {
    expect(() => defineLibrary({ kinds: [], policies: [] } as never)).toThrow(
      expect.objectContaining({
        name: 'QualityRewardsError',
        issues: [expect.objectContaining({ path: ['library', 'kinds'] })],
      }),
    );
  });

  it('several schema errors → each named, joined by "; "', () => {
    expect(() => defineLibrary({ kinds: [{ kind: 'k' }] as never, policies: [] })).toThrow(
      /^kinds\[0\]\.label: [^;]+; kinds\[0\]\.description: /,
    );
  });

  it('PolicyDataError is an Error named for itself', () => {
    const e = new PolicyDataError('x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PolicyDataError');
    expect(e.message).toBe('x');
  });
});
