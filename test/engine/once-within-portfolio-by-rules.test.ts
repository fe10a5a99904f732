import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Claim, LIVE, noteReading, stopClaim } from '../../src/engine/claim.js';
import { byClaimOrder } from '../../src/engine/claimOrder.js';
import { groupBy } from '../../src/engine/groupBy.js';
import { NONE } from '../../src/engine/none.js';
import { applyOnceWithinPortfolio } from '../../src/engine/once/onceWithinPortfolio.js';
import { onceGroupKey } from '../../src/engine/once/paidOnce.js';
import type { Achievement } from '../../src/schema/achievement.js';
import type { Once, Reading, Rule } from '../../src/schema/policy.js';

/*
 * 一次性 within one portfolio, grouped by rules first and by matter only where two claims share rules:
 * the same outcome as grouping every claim by its matter, as the rule states it (claims for one matter,
 * under one rule or its sameAs rules, are paid once: the first in claim order; how "once" is read is
 * noted on every claim that meets another under the same rules).
 */

const reading = (id: string) => Object.freeze({ id }) as unknown as Reading;

const onceRule = (id: string, per: Once['per'], sameAs?: string[], withReading?: Reading) =>
  Object.freeze({
    id,
    clause: `clause of ${id}`,
    quote: `quote of ${id}`,
    once: Object.freeze({
      per,
      quote: '一次性',
      ...(sameAs ? { sameAs } : {}),
      ...(withReading ? { reading: withReading } : {}),
    }),
  }) as unknown as Rule;

/** Rules of every kind the grouping tells apart: per matter, per recipient, sameAs each other, with and without a reading, none. */
const RULES: readonly Rule[] = [
  onceRule('a', 'matter', undefined, reading('once-a')),
  onceRule('b', 'matter', ['c'], reading('once-bc')),
  onceRule('c', 'matter', ['b'], reading('once-bc')),
  onceRule('d', 'recipient', undefined, reading('once-d')),
  onceRule('e', 'matter'),
  Object.freeze({ id: 'f', clause: 'clause of f', quote: 'quote of f' }) as unknown as Rule,
];

/** The rule as stated, on every claim: each grouped by its matter, the later of a matter stopped. */
function stated(claims: readonly Claim[]): void {
  const withOnce = claims.filter((c) => c.state.type === 'live' && c.rule.once) as (Claim & {
    rule: Rule & { once: Once };
  })[];
  const groups = groupBy(withOnce, (c) => {
    const rules = onceGroupKey(c.rule);
    if (c.rule.once.per === 'recipient') return rules;
    return c.achievement.projectId === undefined ? `#${c.index}:${c.rule.id}` : `${rules}@${c.achievement.projectId}`;
  });
  for (const list of groupBy(withOnce, (c) => onceGroupKey(c.rule)).values()) {
    const once = list[0]?.rule.once.reading;
    if (once && list.length > 1) list.forEach((c) => noteReading(c, once));
  }
  for (const group of groups.values()) {
    const [first, ...later] = [...group].sort(byClaimOrder) as [Claim, ...Claim[]];
    for (const claim of later) {
      stopClaim(
        claim,
        'already_paid',
        {
          zh: `同一事项已按第 ${first.index + 1} 项（${first.rule.id}，${first.achievement.obtainedOn}）计付`,
          en: `the same matter is paid under achievement #${first.index + 1} (${first.rule.id}, ${first.achievement.obtainedOn})`,
        },
        { clause: claim.rule.clause, quote: claim.rule.once?.quote ?? claim.rule.quote },
      );
    }
  }
}

interface ClaimSpec {
  readonly rule: number;
  readonly projectId: string | undefined;
  readonly obtainedOn: string;
  readonly fen: number;
  readonly stopped: boolean;
  /** The same achievement as the claim before (one achievement claiming under a second rule). */
  readonly samePrevious?: boolean;
}

const claimArb: fc.Arbitrary<ClaimSpec> = fc.record({
  rule: fc.nat({ max: RULES.length - 1 }),
  projectId: fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
  obtainedOn: fc.constantFrom('2023-01-01', '2023-06-01'),
  fen: fc.constantFrom(100, 200),
  stopped: fc.boolean(),
  samePrevious: fc.boolean(),
});

const STOPPED: Claim['state'] = Object.freeze({
  type: 'stopped',
  code: 'not_first_time',
  detail: { zh: '早先', en: 'earlier' },
  clause: 'x',
  quote: 'y',
});

/** Claims made afresh from specs: a claim may be of the same achievement as the one before, as one achievement claims under two rules. */
function claimsOf(specs: readonly ClaimSpec[]): Claim[] {
  const claims: Claim[] = [];
  specs.forEach((s, i) => {
    const previous = claims[i - 1];
    const achievement =
      s.samePrevious && previous
        ? previous.achievement
        : ({
            obtainedOn: s.obtainedOn,
            ...(s.projectId === undefined ? {} : { projectId: s.projectId }),
          } as Achievement);
    claims.push({
      index: s.samePrevious && previous ? previous.index : i,
      achievement,
      rule: RULES[s.rule] as Rule,
      reckoned: {} as Claim['reckoned'],
      readings: NONE,
      fen: s.fen,
      adjustments: NONE,
      state: s.stopped ? STOPPED : LIVE,
    });
  });
  return claims;
}

const outcome = (claims: readonly Claim[]) => JSON.stringify(claims.map((c) => [c.state, c.readings]));

describe('一次性 within one portfolio, grouped by rules first', () => {
  it('property: any claims under rules per matter, per recipient, sameAs, with or without a reading → the outcome of grouping every claim by matter', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 8 }), (specs) => {
        const got = claimsOf(specs);
        const want = claimsOf(specs);
        applyOnceWithinPortfolio(got);
        if (want.filter((c) => c.state.type === 'live').length >= 2) stated(want);
        expect(outcome(got)).toBe(outcome(want));
      }),
      { numRuns: 1000 },
    );
  });

  it('two claims alone under their rules → neither stopped, no reading noted', () => {
    const claims = claimsOf([
      { rule: 0, projectId: 'm1', obtainedOn: '2023-01-01', fen: 100, stopped: false },
      { rule: 3, projectId: undefined, obtainedOn: '2023-01-01', fen: 100, stopped: false },
    ]);
    applyOnceWithinPortfolio(claims);
    expect(claims.map((c) => [c.state.type, c.readings.length])).toEqual([
      ['live', 0],
      ['live', 0],
    ]);
  });

  it('sameAs rules, one matter → the later stopped, both note the reading; another matter of the same rules → paid', () => {
    const claims = claimsOf([
      { rule: 1, projectId: 'm1', obtainedOn: '2023-06-01', fen: 100, stopped: false },
      { rule: 2, projectId: 'm1', obtainedOn: '2023-01-01', fen: 100, stopped: false },
      { rule: 2, projectId: 'm2', obtainedOn: '2023-01-01', fen: 100, stopped: false },
    ]);
    applyOnceWithinPortfolio(claims);
    expect(claims.map((c) => [c.state.type, c.readings.map((r) => r.id)])).toEqual([
      ['stopped', ['once-bc']],
      ['live', ['once-bc']],
      ['live', ['once-bc']],
    ]);
  });
});
