import fc from 'fast-check';
import { library } from '../../src/index.js';
import type { Policy } from '../../src/schema/policy.js';
import { validCallArb, type ValidCall } from '../support/arbitraries.js';
import {
  EXTREME_NUMBERS,
  ODD_DATE_STRINGS,
  oddDate,
  oneOf,
  prototypeTrick,
  type Random,
  throwingProxy,
  withGetter,
} from './hostileValues.js';

/** One generated call of `evaluate` (or of the request envelope). */
export interface FuzzCase {
  readonly category: 'valid' | 'noisy' | 'hostile';
  /** What the case tries, for the summary. */
  readonly variant: string;
  readonly args: readonly [unknown, unknown, unknown, unknown];
  /** Through `evaluateRequest` rather than `evaluate`. */
  readonly viaRequest: boolean;
  /** Within the sizes of ordinary use: the 50 ms target applies. */
  readonly ordinary: boolean;
  /** For a valid call: the policy and call, so the full invariants can be checked. */
  readonly valid?: { readonly policy: Policy; readonly call: ValidCall };
}

/** Valid calls for every policy, `count` of them, reproducibly from `seed`. */
export function sampleValidCalls(count: number, seed: number): { policy: Policy; call: ValidCall }[] {
  const arb = fc
    .constantFrom(...library.policies)
    .chain((policy) => validCallArb(policy, policy.rules, 8).map((call) => ({ policy, call })));
  return fc.sample(arb, { numRuns: count, seed });
}

type Builder = (
  base: { policy: Policy; call: ValidCall },
  random: Random,
) => Omit<FuzzCase, 'category' | 'viaRequest' | 'ordinary'> & {
  ordinary?: boolean;
};

const argsOf = ({ policy, call }: { policy: Policy; call: ValidCall }) =>
  [call.achievements, policy.jurisdiction.code, call.date, call.options] as const;

const VALID: Record<string, Builder> = {
  portfolio: (b) => ({ variant: 'portfolio', args: argsOf(b), valid: b }),
  single: (b) => {
    const args = argsOf(b);
    const one = b.call.achievements[0];
    return {
      variant: 'single',
      args: [one, args[1], args[2], args[3]],
      valid: { ...b, call: { ...b.call, achievements: [one!] } },
    };
  },
  'by slug or name': (b, random) => {
    const args = argsOf(b);
    const name = oneOf(random, [b.policy.jurisdiction.slug, ...b.policy.jurisdiction.names]);
    return { variant: 'by slug or name', args: [args[0], name, args[2], args[3]], valid: b };
  },
  'shared sub-objects': (b) => {
    // The same recipient object, and the same achievement object twice: legal JavaScript, valid input.
    const shared = { ...(b.call.achievements[0]?.recipient ?? { type: 'organization' as const }) };
    const achievements = b.call.achievements.map((a) => ({ ...a, recipient: shared }));
    const twice = [...achievements, achievements[0]!];
    const call = { ...b.call, achievements: twice };
    return {
      variant: 'shared sub-objects',
      args: [twice, b.policy.jurisdiction.code, b.call.date, b.call.options],
      valid: { ...b, call },
    };
  },
};

const NOISY: Record<string, Builder> = {
  'odd number in a field': (b, random) => {
    const [list, ...rest] = argsOf(b);
    const field = oneOf(random, [
      'count',
      'rank',
      'annualSalesRevenue',
      'stateFunding',
      'consecutiveYearsHeld',
      'adoptingEnterprises',
    ]);
    const noisy = list.map((a, i) => (i === 0 ? { ...a, [field]: oneOf(random, EXTREME_NUMBERS) } : a));
    return { variant: 'odd number in a field', args: [noisy, ...rest] };
  },
  'odd history amount': (b, random) => {
    const [list, j, d, options] = argsOf(b);
    const history = [
      {
        policyId: b.policy.id,
        ruleId: b.policy.rules[0]!.id,
        amountYuan: oneOf(random, EXTREME_NUMBERS),
        obtainedOn: list[0]!.obtainedOn,
      },
    ];
    return { variant: 'odd history amount', args: [list, j, d, { ...options, history }] };
  },
  'odd date string': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const odd = oneOf(random, ODD_DATE_STRINGS);
    const where = Math.floor(random() * 3);
    if (where === 0) return { variant: 'odd date string', args: [list, j, odd, o] };
    if (where === 1)
      return { variant: 'odd date string', args: [list.map((a) => ({ ...a, obtainedOn: odd })), j, odd, o] };
    return { variant: 'odd date string', args: [list, j, d, { ...o, assumeStartDate: odd }] };
  },
  'odd Date object': (b, random) => {
    const [list, j, , o] = argsOf(b);
    return random() < 0.5
      ? { variant: 'odd Date object', args: [list, j, oddDate(random), o] }
      : {
          variant: 'odd Date object',
          args: [list.map((a) => ({ ...a, obtainedOn: oddDate(random) })), j, '2024-06-01', o],
        };
  },
  'field removed, retyped or added': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const a = { ...(list[0] as Record<string, unknown>) };
    const keys = Object.keys(a);
    const key = oneOf(random, keys);
    const action = Math.floor(random() * 4);
    if (action === 0) delete a[key];
    if (action === 1) a[key] = oneOf(random, [1, 'x', true, null, [], {}, undefined]);
    if (action === 2) a[oneOf(random, ['unknownField', 'Kind', 'obtained_on', ''])] = 1;
    if (action === 3) a.kind = oneOf(random, ['', 'no_such_kind', 'KIND', ' government_quality_award']);
    return { variant: 'field removed, retyped or added', args: [[a, ...list.slice(1)], j, d, o] };
  },
  'odd jurisdiction': (b, random) => {
    const [list, , d, o] = argsOf(b);
    const j = oneOf(random, [
      '',
      'atlantis',
      '000000',
      '__proto__',
      'constructor',
      'toString',
      '350112 ',
      'ZHENGZHOU',
      42,
      null,
      undefined,
      {},
      ['410100'],
    ]);
    return { variant: 'odd jurisdiction', args: [list, j, d, o] };
  },
  'odd options': (b, random) => {
    const [list, j, d] = argsOf(b);
    const o = oneOf(random, [
      null,
      1,
      'x',
      [],
      { history: null },
      { history: {} },
      { history: [{}] },
      { unknown: 1 },
      { assumeStartDate: null },
    ]);
    return { variant: 'odd options', args: [list, j, d, o] };
  },
  'odd portfolio shape': (b, random) => {
    const [, j, d, o] = argsOf(b);
    const shape = oneOf(random, [[], null, undefined, 'achievement', 42, [null], [[]], [1, 2], true]);
    return { variant: 'odd portfolio shape', args: [shape, j, d, o] };
  },
  'achievement after the date': (b) => {
    const [list, j, , o] = argsOf(b);
    return { variant: 'achievement after the date', args: [list, j, '1999-01-01', o] };
  },
  'unknown history rule': (b) => {
    const [list, j, d, o] = argsOf(b);
    const history = [{ policyId: b.policy.id, ruleId: 'no.such.rule', amountYuan: 1, obtainedOn: list[0]!.obtainedOn }];
    return { variant: 'unknown history rule', args: [list, j, d, { ...o, history }] };
  },
};

const HOSTILE: Record<string, Builder> = {
  'prototype keys': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const a = prototypeTrick(list[0] as Record<string, unknown>, random);
    return random() < 0.7
      ? { variant: 'prototype keys', args: [[a, ...list.slice(1)], j, d, o] }
      : { variant: 'prototype keys', args: [list, j, d, prototypeTrick({ ...o }, random)] };
  },
  getters: (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const a = withGetter(list[0] as Record<string, unknown>, random);
    return { variant: 'getters', args: [[a, ...list.slice(1)], j, d, o] };
  },
  'throwing proxies': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const where = Math.floor(random() * 4);
    const p = (x: object) => throwingProxy(x, random);
    if (where === 0) return { variant: 'throwing proxies', args: [p(list), j, d, o] };
    if (where === 1) return { variant: 'throwing proxies', args: [[p({ ...list[0] }), ...list.slice(1)], j, d, o] };
    if (where === 2) return { variant: 'throwing proxies', args: [list, j, d, p({ ...o })] };
    return { variant: 'throwing proxies', args: [list, p(new String(j)), p(new Date()), o] };
  },
  cycles: (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const a: Record<string, unknown> = { ...list[0] };
    const where = Math.floor(random() * 3);
    if (where === 0) a.recipient = a;
    if (where === 1) {
      const r: Record<string, unknown> = { type: 'organization' };
      r.self = r;
      a.recipient = r;
    }
    const portfolio: unknown[] = [a, ...list.slice(1)];
    if (where === 2) portfolio.push(portfolio);
    return { variant: 'cycles', args: [portfolio, j, d, o] };
  },
  'huge arrays': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    // Longer portfolios are what the limits work (issue 6) is about; see test/fuzz/large-input.test.ts.
    const n = oneOf(random, [101, 200]);
    const huge = Array.from({ length: n }, (_, i) => list[i % list.length]);
    return { variant: 'huge arrays', args: [huge, j, d, o], ordinary: false };
  },
  'sparse arrays': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    // Longer sparse arrays take seconds or exhaust memory today: test/fuzz/large-input.test.ts.
    const sparse: unknown[] = new Array(oneOf(random, [3, 1_000]));
    sparse[0] = list[0];
    return random() < 0.5
      ? { variant: 'sparse arrays', args: [sparse, j, d, o], ordinary: false }
      : { variant: 'sparse arrays', args: [list, j, d, { ...o, history: sparse }], ordinary: false };
  },
  'deep nesting': (b) => {
    const [list, j, d, o] = argsOf(b);
    let deep: Record<string, unknown> = { type: 'organization' };
    for (let i = 0; i < 10_000; i += 1) deep = { type: 'organization', recipient: deep };
    return { variant: 'deep nesting', args: [[{ ...list[0], recipient: deep }], j, d, o], ordinary: false };
  },
  'exotic values': (b, random) => {
    const [list, j, d, o] = argsOf(b);
    const exotic = oneOf(random, [
      Symbol('x'),
      () => 1,
      10n,
      new Map(),
      new Set(),
      /x/,
      new Error('x'),
      Promise.resolve(1),
      new Uint8Array(2),
    ]);
    const where = Math.floor(random() * 4);
    if (where === 0) return { variant: 'exotic values', args: [exotic, j, d, o] };
    if (where === 1) return { variant: 'exotic values', args: [[{ ...list[0], kind: exotic }], j, d, o] };
    if (where === 2) return { variant: 'exotic values', args: [list, exotic, d, o] };
    return { variant: 'exotic values', args: [list, j, exotic, o] };
  },
};

/** Variants whose inputs are beyond ordinary size. */
const LARGE = new Set(['huge arrays', 'sparse arrays', 'deep nesting']);

const CATEGORIES = [
  ['valid', VALID, 0.35],
  ['noisy', NOISY, 0.3],
  ['hostile', HOSTILE, 0.35],
] as const;

/** One case built on a valid base call: valid as it is, made noisy, or made hostile. */
export function buildCase(base: { policy: Policy; call: ValidCall }, random: Random, { large = true } = {}): FuzzCase {
  let r = random();
  const [category, builders] = (CATEGORIES.find(([, , share]) => (r -= share) < 0) ??
    CATEGORIES[0]) as (typeof CATEGORIES)[number];
  const build = oneOf(
    random,
    Object.entries(builders)
      .filter(([name]) => large || !LARGE.has(name))
      .map(([, b]) => b),
  );
  const built = build(base, random);
  // Read nothing of the built arguments here: they may be proxies that throw. Base calls are small
  // (at most 8 achievements, 3 history entries); only the builders of huge inputs say otherwise.
  return { ...built, category, viaRequest: random() < 0.1, ordinary: built.ordinary !== false };
}
