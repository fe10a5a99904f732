import { Engine } from 'json-rules-engine';
import { z } from 'zod';
import { anchor } from './anchor.js';

/** The package as a caller gets it: the built ESM entry. */
type Package = typeof import('../src/index.js');

/** One benchmark case: `batch` calls per timed sample, so the timer's own cost stays out of fast cases. */
export interface Case {
  readonly name: string;
  readonly batch: number;
  readonly run: () => unknown;
}

const PORTFOLIO = anchor.zhengzhouPortfolio20;
const HISTORY = anchor.zhengzhouHistory10;

/** The first `n` achievements of the 郑州 portfolio, repeated as needed (ids keep them apart). */
function portfolioOf(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ ...PORTFOLIO[i % PORTFOLIO.length], id: `a${i}` }));
}

/** `m` prior payments: the anchor's ten, repeated as needed. */
function historyOf(m: number): Record<string, unknown>[] {
  return Array.from({ length: m }, (_, i) => ({ ...HISTORY[i % HISTORY.length] }));
}

/** The China Quality Award, as each of the five places rewards it (the draft needs an assumed start). */
const FIVE: readonly {
  readonly place: string;
  readonly region: string;
  readonly recipient?: object;
  readonly firstTime?: boolean;
  readonly options?: object;
}[] = [
  { place: '350112', region: '350112' },
  { place: '310112', region: '310112', recipient: { taxRegisteredIn: '310112', fullyStateFunded: false } },
  { place: '440300', region: '440305', firstTime: true, options: { assumeStartDate: '2024-01-01' } },
  { place: '331000', region: '331002' },
  { place: '410100', region: '410105' },
];

/**
 * Achievement counts and history lengths of the scaling series: whole copies of the 20-achievement
 * portfolio and of the 10-entry history, so each step adds the same mix.
 */
export const SCALE_ACHIEVEMENTS = [20, 40, 60, 80] as const;
export const SCALE_HISTORY = [0, 10, 20, 40] as const;

/** The anchor's json-rules-engine: one rule per row, `kind` and `level` equal, `allowUndefinedFacts`. */
export function jsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const row of anchor.jsonRulesEngineRows) {
    engine.addRule({
      conditions: {
        all: [
          { fact: 'kind', operator: 'equal', value: row.kind },
          { fact: 'level', operator: 'equal', value: row.level },
        ],
      },
      event: { type: 'award', params: { amount: row.amountYuan, kind: row.kind, level: row.level } },
    });
  }
  return engine;
}

/** The floor: a zod parse of `{ kind, level }` and one Map lookup. */
export function floor(): () => unknown {
  const schema = z.object({ kind: z.string(), level: z.string() });
  const amounts = new Map(anchor.jsonRulesEngineRows.map((r) => [`${r.kind}|${r.level}`, r.amountYuan]));
  return () => {
    const facts = schema.parse(anchor.anchorFacts);
    return amounts.get(`${facts.kind}|${facts.level}`);
  };
}

/**
 * The reads the hostile-input guarantee cannot do without, on the 郑州 portfolio and its history: per
 * object its prototype, symbol keys and names, per key its descriptor (never the value through a
 * getter), recursively — and nothing else: no check, no path, no issue. What the package's own walk
 * costs above this is its bookkeeping; what the portfolio costs above it is everything else.
 */
export function noGetterReads(): () => unknown {
  const visit = (value: unknown): number => {
    if (typeof value !== 'object' || value === null) return 1;
    let n = Object.getPrototypeOf(value) === null ? 0 : 1;
    n += Object.getOwnPropertySymbols(value).length;
    const names = Object.getOwnPropertyNames(value);
    for (let i = 0; i < names.length; i++) {
      const d = Object.getOwnPropertyDescriptor(value, names[i] as string);
      n += d !== undefined && 'value' in d && d.enumerable ? visit(d.value) : 0;
    }
    return n;
  };
  return () => visit(PORTFOLIO) + visit(HISTORY);
}

/**
 * The same anchor and portfolio through another build of the package (e.g. the code before a change),
 * so the two are compared in one process, round by round.
 */
export function baselineCases(pkg: Package): Case[] {
  const single = () => pkg.evaluate(anchor.achievement as never, anchor.jurisdiction, anchor.date);
  if (single().total.fen !== anchor.expectedYuan * 100) throw new Error('baseline anchor is wrong');
  const history = HISTORY;
  const portfolio = () =>
    pkg.evaluate(PORTFOLIO as never, anchor.zhengzhouJurisdiction, '2024-06-01', { history } as never);
  return [
    { name: 'baseline: evaluate (anchor)', batch: 50, run: single },
    { name: 'baseline: 郑州 portfolio 20 + history 10', batch: 2, run: portfolio },
  ];
}

/** Every case, checked once so a benchmark never times a wrong answer. */
export async function cases(pkg: Package): Promise<Case[]> {
  const engine = jsonRulesEngine();
  const jre = await engine.run(anchor.anchorFacts);
  if (jre.events[0]?.params?.amount !== anchor.expectedYuan) throw new Error('json-rules-engine anchor is wrong');
  const single = () => pkg.evaluate(anchor.achievement as never, anchor.jurisdiction, anchor.date);
  if (single().total.fen !== anchor.expectedYuan * 100) throw new Error('evaluate anchor is wrong');
  const bad = { ...anchor.achievement, obtainedOn: '2024-02-30' };
  const error = () => pkg.safeEvaluate(bad as never, anchor.jurisdiction, anchor.date);
  if (error().success) throw new Error('the error case must fail');
  const zz = (n: number, m: number) => {
    const achievements = portfolioOf(n);
    const history = historyOf(m);
    return () => pkg.evaluate(achievements as never, anchor.zhengzhouJurisdiction, '2024-06-01', { history } as never);
  };
  const portfolio = zz(20, 10);
  if (portfolio().awards.length === 0) throw new Error('the 郑州 portfolio pays nothing');
  const five = FIVE.map(({ place, region, recipient, firstTime, options }) => {
    const cqa = {
      kind: 'government_quality_award',
      level: 'national',
      prize: 'award',
      obtainedOn: '2024-05-10',
      ...(firstTime === undefined ? {} : { firstTime }),
      recipient: { type: 'organization', registeredIn: region, ...recipient },
    };
    const run = () => pkg.evaluate(cqa as never, place, '2024-06-01', options as never);
    if (run().awards.length === 0) throw new Error(`nothing paid in ${place}`);
    return { name: `five policies: ${run().policy.id}`, batch: 20, run };
  });
  return [
    { name: 'json-rules-engine 7.3.1', batch: 20, run: () => engine.run(anchor.anchorFacts) },
    { name: 'floor (zod + Map)', batch: 2000, run: floor() },
    { name: 'floor: no-getter reads of the portfolio', batch: 20, run: noGetterReads() },
    { name: 'evaluate (anchor)', batch: 50, run: single },
    { name: 'error path (bad date)', batch: 50, run: error },
    ...five,
    { name: '郑州 portfolio 20 + history 10', batch: 2, run: portfolio },
    ...SCALE_ACHIEVEMENTS.map((n) => ({ name: `scale: ${n} achievements, no history`, batch: 2, run: zz(n, 0) })),
    ...SCALE_HISTORY.map((m) => ({ name: `scale: 20 achievements, ${m} history`, batch: 2, run: zz(20, m) })),
  ];
}
