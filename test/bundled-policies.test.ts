import { describe, expect, expectTypeOf, it } from 'vitest';
import { library } from '../policies/index.js';
import { changle2020 } from '../policies/changle-2020.js';
import { minhang2022 } from '../policies/minhang-2022.js';
import { shenzhenDraft } from '../policies/shenzhen-draft.js';
import { taizhou2023 } from '../policies/taizhou-2023.js';
import { vocabulary } from '../policies/vocabulary.js';
import { zhengzhou2019 } from '../policies/zhengzhou-2019.js';
import { policy as changleEntry } from '../policies/entries/changle-2020.js';
import { defineLibrary } from '../src/engine/library.js';
import { SELECTOR_ORDER } from '../src/schema/selectorOrder.js';
import { type Match, matchSchema } from '../src/schema/policy.js';

describe('the bundled policies are validated here and at build time, not at every import', () => {
  it('the vocabulary and the five policies pass the schemas, and validating them changes nothing', () => {
    const validated = defineLibrary({
      kinds: vocabulary,
      policies: [changle2020, minhang2022, shenzhenDraft, taizhou2023, zhengzhou2019],
    });
    expect(library).toEqual(validated);
  });
  it('the bundled library is frozen all the way down', () => {
    expect(Object.isFrozen(library.policies)).toBe(true);
    expect(Object.isFrozen(library.kinds[0]?.label)).toBe(true);
    expect(Object.isFrozen(library.policies[4]?.rules[0]?.match)).toBe(true);
  });
  it('a per-policy entry holds the same frozen policy the library holds', () => {
    expect(library.policies).toContain(changleEntry);
  });
});

describe('matching walks the selector facts in schema order', () => {
  it('SELECTOR_ORDER lists every selector of matchSchema, in its order', () => {
    expect([...SELECTOR_ORDER]).toEqual(Object.keys(matchSchema.unwrap().shape).filter((k) => k !== 'kind'));
    expectTypeOf<(typeof SELECTOR_ORDER)[number]>().toEqualTypeOf<Exclude<keyof Match, 'kind'>>();
  });
});
