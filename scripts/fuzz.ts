/**
 * `npm run fuzz [-- --inputs N --seed S]`: throws N generated calls (default 100,000) at `evaluate` —
 * valid, noisy and hostile — then every pair of rules of every policy in both orders, and prints what it
 * found. Exits 1 when a raw exception, a malformed error, an invariant violation or a slow call of
 * ordinary size was found.
 */
import { parseArgs } from 'node:util';
import { everyPair } from '../test/fuzz/everyPair.js';
import { runFuzz, SLOW_MS } from '../test/fuzz/runFuzz.js';

const { values } = parseArgs({
  options: { inputs: { type: 'string', default: '100000' }, seed: { type: 'string', default: '20261201' } },
});
const inputs = Number(values.inputs);
const seed = Number(values.seed);

const started = performance.now();
const s = runFuzz(inputs, seed, {
  // Progress on stderr, with the counts so far (raw, malformed, violations, slow), for long runs.
  progress: (done, counts) => {
    if (done % 5_000 === 0) process.stderr.write(`${done}/${inputs} ${counts.join('/')}\n`);
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const pairs = everyPair();

const lines = [
  `fuzz: ${s.inputs} inputs, seed ${s.seed}, ${seconds} s`,
  ...Object.entries(s.byCategory).map(
    ([c, x]) => `  ${c.padEnd(8)} ${String(x.inputs).padStart(7)} inputs, ${x.accepted} accepted, ${x.refused} refused`,
  ),
  ...Object.entries(s.byVariant)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([v, x]) => `    ${v.padEnd(42)} ${String(x.inputs).padStart(6)} (${x.accepted} accepted)`),
  `raw exceptions:        ${s.rawExceptions}`,
  `malformed errors:      ${s.malformedErrors}`,
  `invariant violations:  ${s.invariantViolations}`,
  `calls over ${SLOW_MS} ms:     ${s.slowCalls} (ordinary size; slowest ${s.slowestOrdinaryMs.toFixed(1)} ms, least of 3 timings)`,
  `rule pairs, both orders: ${pairs.pairs} pairs; total differs ${pairs.totalDiffers}; ties decided by order ${pairs.awardsDiffer}`,
  ...[...s.examples, ...pairs.examples].map((e) => `  - ${e}`),
];
process.stdout.write(`${lines.join('\n')}\n`);
const failed = s.rawExceptions + s.malformedErrors + s.invariantViolations + s.slowCalls + pairs.totalDiffers;
process.exitCode = failed > 0 ? 1 : 0;
