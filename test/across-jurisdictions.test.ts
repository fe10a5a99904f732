import { describe, expect, it } from 'vitest';
import { evaluate, type AchievementInput } from '../src/index.js';

/**
 * The same achievements, described once in the shared vocabulary, evaluated in all five jurisdictions
 * on a date when each policy is in force (深圳: with an assumed start, its text leaving it blank).
 * Each applicant is an enterprise registered and tax-registered in the jurisdiction.
 */
const PLACES = {
  长乐区: { code: '350112', options: {} },
  闵行区: { code: '310112', options: {} },
  郑州市: { code: '410100', options: {} },
  台州市: { code: '331000', options: {} },
  深圳市: { code: '440300', options: { assumeStartDate: '2024-01-01' } },
} as const;
type Place = keyof typeof PLACES;

const ACHIEVEMENTS = {
  中国质量奖: { kind: 'government_quality_award', level: 'national', prize: 'award', firstTime: true },
  中国质量奖提名奖: { kind: 'government_quality_award', level: 'national', prize: 'nomination', firstTime: true },
  主导制定国家标准第一起草单位: {
    kind: 'standard_drafting',
    level: 'national',
    rank: 1,
    drafterRole: 'main',
    convertedOwnIntellectualProperty: false,
  },
  国家级标准化试点通过验收: {
    kind: 'standardization_pilot',
    level: 'national',
    stage: 'accepted',
    drafterRole: 'main',
  },
  CNAS实验室认可: { kind: 'laboratory_accreditation', cycle: 'initial' },
  测量管理体系认证首次AAA级: {
    kind: 'measurement_management_certification',
    cycle: 'initial',
    firstTime: true,
    grade: 'AAA',
  },
} as const satisfies Record<string, Omit<AchievementInput, 'obtainedOn'>>;
type Name = keyof typeof ACHIEVEMENTS;

/** [amount in 元, clause] per place; `null` where the policy has no clause for it. */
const EXPECTED: Record<Name, Record<Place, readonly [number, string] | null>> = {
  中国质量奖: {
    长乐区: [2_000_000, '三(二)1'],
    闵行区: [1_000_000, '1'],
    郑州市: [5_000_000, '第3条'],
    台州市: [1_500_000, '三(一)1'],
    深圳市: [3_000_000, '(八)'],
  },
  中国质量奖提名奖: {
    长乐区: [1_000_000, '三(二)1'],
    闵行区: [500_000, '1'],
    郑州市: [2_000_000, '第3条'],
    台州市: [750_000, '三(一)1'],
    深圳市: [1_000_000, '(八)'],
  },
  主导制定国家标准第一起草单位: {
    长乐区: [300_000, '三(二)3(2)'],
    闵行区: [200_000, '6'],
    郑州市: [1_000_000, '第10条'],
    台州市: [300_000, '三(二)1'],
    深圳市: null,
  },
  国家级标准化试点通过验收: {
    长乐区: [200_000, '三(二)3(3)'],
    闵行区: [200_000, '8'],
    郑州市: [500_000, '第12条'],
    台州市: [500_000, '三(二)2'],
    深圳市: null,
  },
  CNAS实验室认可: {
    长乐区: [300_000, '三(二)2'],
    闵行区: null,
    郑州市: [100_000, '第21条'],
    台州市: [100_000, '三(三)3'],
    深圳市: null,
  },
  测量管理体系认证首次AAA级: {
    长乐区: [30_000, '三(二)4'],
    闵行区: [30_000, '10'],
    郑州市: [100_000, '第18条'],
    台州市: null,
    深圳市: null,
  },
};

describe('one achievement, five policies', () => {
  for (const [name, achievement] of Object.entries(ACHIEVEMENTS) as [Name, (typeof ACHIEVEMENTS)[Name]][]) {
    for (const [place, { code, options }] of Object.entries(PLACES) as [Place, (typeof PLACES)[Place]][]) {
      const expected = EXPECTED[name][place];
      const title = expected
        ? `${place} ${expected[1]} ${name} → ${expected[0] / 10_000}万元`
        : `${place} ${name} → 本政策无对应条款`;
      it(title, () => {
        const recipient = {
          type: 'organization',
          registeredIn: code,
          taxRegisteredIn: code,
          fullyStateFunded: false,
        } as const;
        const r = evaluate({ ...achievement, obtainedOn: '2024-05-10', recipient }, code, '2024-06-01', options);
        expect(r.inForce).toBe(true);
        if (expected === null) {
          expect(r.total.fen).toBe(0);
          expect(r.notPaid.map((n) => n.code)).toEqual(['no_rule_for_achievement']);
          return;
        }
        expect(r.total.fen).toBe(expected[0] * 100);
        expect(r.awards.map((a) => a.clause)).toEqual([expected[1]]);
        expect(r.undetermined).toEqual([]);
      });
    }
  }
});
