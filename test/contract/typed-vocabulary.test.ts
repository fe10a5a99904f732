import { describe, expect, expectTypeOf, it } from 'vitest';
import { jurisdictionNamesFileText } from '../../src/contract/jurisdictionNamesFile.js';
import { readFileSync } from 'node:fs';
import {
  type AchievementInput,
  type AchievementKind,
  createEvaluator,
  defineLibrary,
  evaluate,
  type JurisdictionName,
  library,
  QualityRewardsError,
} from '../../src/index.js';

// These tests are checked by `tsc` (npm test runs it over test/): a `@ts-expect-error` that finds no
// error fails the type check, so each line below proves the types refuse what they should.

describe('kind is a union of the vocabulary’s literals, generated from the data', () => {
  it('a known kind compiles; a misspelled one does not', () => {
    expectTypeOf<'government_quality_award'>().toExtend<AchievementKind>();
    expectTypeOf<'goverment_quality_award'>().not.toExtend<AchievementKind>();
    expectTypeOf<string>().not.toExtend<AchievementKind>();
    const ok: AchievementInput = { kind: 'government_quality_award', obtainedOn: '2024-05-10' };
    // @ts-expect-error — misspelled kind
    const misspelled: AchievementInput = { kind: 'goverment_quality_award', obtainedOn: '2024-05-10' };
    expect([ok, misspelled]).toHaveLength(2);
  });
  it('subtype is narrowed per kind', () => {
    const gi: AchievementInput = { kind: 'geographical_indication', subtype: 'trademark', obtainedOn: '2024-01-01' };
    // @ts-expect-error — shanghai_brand is a subtype of regional_brand_certification, not of geographical_indication
    const wrong: AchievementInput = {
      kind: 'geographical_indication',
      subtype: 'shanghai_brand',
      obtainedOn: '2024-01-01',
    };
    // @ts-expect-error — quality_gold_award has no subtypes at all
    const none: AchievementInput = { kind: 'quality_gold_award', subtype: 'trademark', obtainedOn: '2024-01-01' };
    expect([gi, wrong, none]).toHaveLength(3);
  });
  it('evaluate refuses a misspelled kind at compile time and at run time', () => {
    expect(() =>
      // @ts-expect-error — misspelled kind
      evaluate({ kind: 'goverment_quality_award', obtainedOn: '2024-05-10' }, '350112', '2024-06-01'),
    ).toThrow(QualityRewardsError);
  });
});

describe('the jurisdiction parameter offers the bundled codes, slugs and names and accepts any string', () => {
  it('known names are literals; any string is still accepted', () => {
    expectTypeOf<'350112'>().toExtend<JurisdictionName>();
    expectTypeOf<'atlantis'>().not.toExtend<JurisdictionName>();
    expectTypeOf(evaluate).parameter(1).toExtend<string>();
    expectTypeOf<JurisdictionName>().toExtend<Parameters<typeof evaluate>[1]>();
    expectTypeOf<string>().toExtend<Parameters<typeof evaluate>[1]>();
  });
  it('policies/jurisdictionNames.generated.ts is up to date (run `npm run schemas`)', () => {
    expect(readFileSync('policies/jurisdictionNames.generated.ts', 'utf8')).toBe(jurisdictionNamesFileText(library));
  });
});

describe('createEvaluator over a caller’s own library infers that library’s kinds', () => {
  const own = defineLibrary({
    kinds: [
      {
        kind: 'bakery_award',
        label: { zh: '面包奖', en: 'Bakery award' },
        description: { zh: '面包', en: 'Bread' },
        subtypes: [{ subtype: 'sourdough', label: { zh: '酸面包', en: 'Sourdough' } }],
      },
    ],
    policies: [],
  });
  const evaluator = createEvaluator(own);
  it('its kinds and subtypes are the types of its evaluate', () => {
    type Own = Parameters<typeof evaluator.evaluate>[0];
    expectTypeOf<{ kind: 'bakery_award'; subtype: 'sourdough'; obtainedOn: string }>().toExtend<Own>();
    expectTypeOf<{ kind: 'government_quality_award'; obtainedOn: string }>().not.toExtend<Own>();
    expectTypeOf<{ kind: 'bakery_award'; subtype: 'rye'; obtainedOn: string }>().not.toExtend<Own>();
    expect(evaluator.listAchievementKinds()[0].kind).toBe('bakery_award');
  });
});
