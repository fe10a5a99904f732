import { Bench } from 'tinybench';
import type { Case } from './cases.js';
import { median } from './stats.js';

/** Calls per second of every case in every round. */
export type Rounds = ReadonlyMap<string, readonly number[]>;

/** Turns a case into one timed sample: `batch` calls, awaited one by one where the case is async. */
function sampleOf(c: Case): () => unknown {
  const probe = c.run();
  if (probe instanceof Promise) {
    return async () => {
      for (let i = 0; i < c.batch; i += 1) await c.run();
    };
  }
  return () => {
    let last: unknown;
    for (let i = 0; i < c.batch; i += 1) last = c.run();
    return last;
  };
}

/**
 * Runs every case for `timeMs` per round, `rounds` times, in one process. The cases are interleaved
 * (each round runs all of them, starting one further along each time), so a neighbour's load on the
 * shared machine hits every case alike and ratios taken within a round are paired.
 */
export async function measureRounds(all: readonly Case[], rounds: number, timeMs: number): Promise<Rounds> {
  const perSecond = new Map<string, number[]>(all.map((c) => [c.name, []]));
  const samples = all.map((c) => ({ c, fn: sampleOf(c) }));
  for (let r = 0; r < rounds; r += 1) {
    const bench = new Bench({ time: timeMs, warmupTime: Math.min(50, timeMs / 2), iterations: 5 });
    const order = [...samples.slice(r % samples.length), ...samples.slice(0, r % samples.length)];
    for (const { c, fn } of order) bench.add(c.name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      const c = all.find((x) => x.name === task.name) as Case;
      // latency is milliseconds per sample; one sample is `batch` calls.
      perSecond.get(c.name)?.push((1000 * c.batch) / result.latency.p50);
    }
    process.stderr.write(`round ${r + 1}/${rounds}\r`);
  }
  process.stderr.write('\n');
  return perSecond;
}

/** Per-round ratio of two cases' calls per second (paired: both measured in the same round). */
export function pairedRatios(rounds: Rounds, numerator: string, denominator: string): number[] {
  const a = rounds.get(numerator) ?? [];
  const b = rounds.get(denominator) ?? [];
  return a.map((x, i) => x / (b[i] as number));
}

/** Median calls per second of a case. */
export function medianRate(rounds: Rounds, name: string): number {
  return median(rounds.get(name) ?? [NaN]);
}
