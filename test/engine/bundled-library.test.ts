import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../policies/vocabulary.js';
import { bundledLibrary, bundledPolicy } from '../../src/engine/bundledLibrary.js';
import type { Policy } from '../../src/schema/policy.js';
import { fixedRule, syntheticPolicy } from '../support/syntheticPolicy.js';

/* The bundled data as the engine reads it: frozen all the way down, not validated again. */

describe('bundledPolicy and bundledLibrary', () => {
  it('a bundled policy is the data given, frozen all the way down', () => {
    const input = syntheticPolicy({ rules: [fixedRule('a', 'key_project', 1)] });
    const policy = bundledPolicy(input);
    expect(policy).toBe(input);
    expect(Object.isFrozen(policy.rules[0]?.amount)).toBe(true);
    expect(Object.isFrozen(policy.window.start)).toBe(true);
  });
  it('a bundled library holds the vocabulary and the policies given, frozen', () => {
    const policy = bundledPolicy(syntheticPolicy({ rules: [fixedRule('b', 'key_project', 1)] }));
    const library = bundledLibrary({ kinds: vocabulary, policies: [policy] as readonly Policy[] });
    expect(library.kinds).toBe(vocabulary);
    expect(library.policies).toEqual([policy]);
    expect(Object.isFrozen(library)).toBe(true);
    expect(Object.isFrozen(library.policies)).toBe(true);
  });
});
