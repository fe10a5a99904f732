/**
 * `npm run bench`: the project's benchmark. Throughput side by side in one process (json-rules-engine on
 * the anchor's 25 长乐 clauses, `evaluate`, the floor, the five policies, the 郑州 portfolio, the scaling
 * series, the error path), then allocation, import and first-call times, and sizes. Ratios are paired
 * within a round; the machine is shared, so ratios matter more than absolute figures.
 *
 * Options: `--rounds N` (default 15), `--time MS` per case and round (default 100), `--runs N` process runs
 * (default 10), `--only throughput,allocation,process,sizes`, `--baseline DIR` (another build's dist/ to time
 * beside this one, e.g. the code before a change).
 */
import { parseArgs } from 'node:util';
import { baselineCases, cases, SCALE_ACHIEVEMENTS, SCALE_HISTORY } from './cases.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureAllocation, measureProcessTimes } from './processTimes.js';
import { measureSizes } from './sizes.js';
import { fmt, showSpread, spread } from './stats.js';
import { measureRounds, medianRate, pairedRatios } from './throughput.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    time: { type: 'string', default: '100' },
    runs: { type: 'string', default: '10' },
    only: { type: 'string' },
    baseline: { type: 'string' },
  },
});
const only = values.only?.split(',') ?? ['throughput', 'allocation', 'process', 'sizes'];
// The built package, as a caller imports it (typed by its source).
const pkg = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

const JRE = 'json-rules-engine 7.3.1';
const FLOOR = 'floor (zod + Map)';
const EVALUATE = 'evaluate (anchor)';
const ERROR = 'error path (bad date)';
const PORTFOLIO = '郑州 portfolio 20 + history 10';
const READS = 'floor: no-getter reads of the portfolio';
/** json-rules-engine's rate when the issue was filed: the middle of its 4,300–5,500/s. */
const JRE_WHEN_FILED = 4_900;

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

if (only.includes('throughput')) {
  // --baseline DIR: another build's dist/index.js (e.g. the code before a change), timed in the same rounds.
  const baseline = values.baseline
    ? baselineCases(await import(pathToFileURL(resolve(values.baseline, 'index.js')).href))
    : [];
  const all = [...(await cases(pkg)), ...baseline];
  const rounds = await measureRounds(all, Number(values.rounds), Number(values.time));
  console.log(`\n## Throughput (calls/s: median (min–max) of ${values.rounds} interleaved rounds)\n`);
  for (const c of all) {
    const s = spread(rounds.get(c.name) ?? []);
    console.log(`${c.name.padEnd(44)} ${showSpread(s).padStart(36)}   ${fmt(1e6 / s.median, 2)} µs/call`);
  }
  const ratio = (a: string, b: string) => spread(pairedRatios(rounds, a, b));
  const vsJre = ratio(EVALUATE, JRE);
  const floorOverEvaluate = ratio(FLOOR, EVALUATE);
  const errorVsSuccess = ratio(ERROR, EVALUATE);
  console.log('\n## Paired ratios (per round, median (min–max))\n');
  console.log(`evaluate / json-rules-engine        ${showSpread(vsJre, 1, '×')}`);
  console.log(`floor / evaluate                    ${showSpread(floorOverEvaluate, 1, '×')}`);
  console.log(`error path / success (speed)        ${showSpread(errorVsSuccess, 2, '×')}`);
  const portfolioVsJre = ratio(PORTFOLIO, JRE);
  console.log(`郑州 portfolio / json-rules-engine   ${showSpread(portfolioVsJre, 3, '×')}`);
  // The share of the portfolio's time that reading its input without calling a getter takes on its own.
  const readsShare = spread(pairedRatios(rounds, PORTFOLIO, READS).map((r) => r * 100));
  console.log(`no-getter reads / portfolio (time)  ${showSpread(readsShare, 1, '%')}`);
  if (baseline.length > 0) {
    console.log(`evaluate / baseline evaluate        ${showSpread(ratio(EVALUATE, `baseline: ${EVALUATE}`), 1, '×')}`);
    console.log(
      `portfolio / baseline portfolio      ${showSpread(ratio(PORTFOLIO, `baseline: ${PORTFOLIO}`), 1, '×')}`,
    );
    console.log(`baseline evaluate / json-rules-engine ${showSpread(ratio(`baseline: ${EVALUATE}`, JRE), 1, '×')}`);
  }
  const us = (name: string) => 1e6 / medianRate(rounds, name);
  const [a0, a1] = [SCALE_ACHIEVEMENTS[0], SCALE_ACHIEVEMENTS[3]];
  const [h0, h1] = [SCALE_HISTORY[0], SCALE_HISTORY[3]];
  const achName = (n: number) => `scale: ${n} achievements, no history`;
  const hisName = (m: number) => `scale: 20 achievements, ${m} history`;
  console.log('\n## Scaling (µs per call at the median)\n');
  console.log(SCALE_ACHIEVEMENTS.map((n) => `${n} achievements: ${fmt(us(achName(n)), 1)}`).join(' · '));
  console.log(SCALE_HISTORY.map((m) => `${m} history: ${fmt(us(hisName(m)), 1)}`).join(' · '));
  const perAchievement = (us(achName(a1)) - us(achName(a0))) / (a1 - a0);
  const perHistory = (us(hisName(h1)) - us(hisName(h0))) / (h1 - h0);
  const perAchFirst = (us(achName(40)) - us(achName(20))) / 20;
  const perAchLast = (us(achName(80)) - us(achName(60))) / 20;
  const perHisFirst = (us(hisName(10)) - us(hisName(0))) / 10;
  const perHisLast = (us(hisName(40)) - us(hisName(20))) / 20;
  console.log(
    `per extra achievement: ${fmt(perAchievement, 2)} µs (20→40: ${fmt(perAchFirst, 2)}, 60→80: ${fmt(perAchLast, 2)})`,
  );
  console.log(
    `per extra history entry: ${fmt(perHistory, 2)} µs (0→10: ${fmt(perHisFirst, 2)}, 20→40: ${fmt(perHisLast, 2)})`,
  );
  const single = medianRate(rounds, EVALUATE);
  const zz = medianRate(rounds, PORTFOLIO);
  console.log('\n## Targets\n');
  console.log(`single evaluate ≥ 200,000/s: ${fmt(single)} → ${verdict(single >= 200_000)}`);
  console.log(`≥ 40× json-rules-engine: ${fmt(vsJre.median, 1)}× → ${verdict(vsJre.median >= 40)}`);
  console.log(
    `error path no slower than success: ${fmt(errorVsSuccess.median, 2)}× → ${verdict(errorVsSuccess.median >= 1)}`,
  );
  console.log(`郑州 portfolio ≥ 20,000/s: ${fmt(zz)} → ${verdict(zz >= 20_000)}`);
  // This shared machine runs at two speeds, about 2× apart, for minutes at a time: json-rules-engine's own
  // rate in the same rounds says which one a run saw (the issue's figures were taken at 4,300–5,500/s).
  console.log(
    `  (json-rules-engine in these rounds: ${fmt(medianRate(rounds, JRE))}/s; when the issue was filed: 4,300–5,500/s)`,
  );
  // The same figure at the issue's speed: the paired ratio to json-rules-engine, times its rate back then.
  const atFiling = portfolioVsJre.median * JRE_WHEN_FILED;
  console.log(
    `  (at the issue's speed: ${fmt(portfolioVsJre.median, 2)}× json-rules-engine × ${fmt(JRE_WHEN_FILED)}/s = ${fmt(atFiling)}/s; 20,000/s needs ${fmt(20_000 / JRE_WHEN_FILED, 2)}×)`,
  );
}

if (only.includes('allocation')) {
  console.log('\n## Allocation (bytes per call, median (min–max) of clean runs)\n');
  const alloc = measureAllocation();
  for (const [name, s] of Object.entries(alloc)) console.log(`${name.padEnd(44)} ${showSpread(s)}`);
  const single = alloc[EVALUATE]?.median ?? NaN;
  console.log(`target ≤ 5 KB per single evaluate: ${fmt(single / 1024, 2)} KB → ${verdict(single <= 5 * 1024)}`);
}

if (only.includes('process')) {
  const runs = Number(values.runs);
  const baselineDist = values.baseline ? pathToFileURL(resolve(values.baseline, 'index.js')).href : undefined;
  const t = measureProcessTimes(runs, baselineDist);
  console.log(`\n## Process times (ms, median (min–max) of ${runs} interleaved runs)\n`);
  console.log(`node -e 0                           ${showSpread(t.nodeOnly, 1)}`);
  console.log(`import 'zod'                        ${showSpread(t.zodOnly, 1)}`);
  console.log(`import the package                  ${showSpread(t.pkg, 1)}`);
  console.log(`  package − node -e 0 (paired)      ${showSpread(t.pkgOverNode, 1)}`);
  console.log(`  package − zod alone (paired)      ${showSpread(t.pkgOverZod, 1)}`);
  console.log('in one process, zod imported first:');
  console.log(`  import 'zod'                      ${showSpread(t.inProcess.zodMs, 1)}`);
  console.log(`  import the package after zod      ${showSpread(t.inProcess.importMs, 1)}`);
  console.log(`    its CPU time                    ${showSpread(t.inProcess.importCpuMs, 1)}`);
  console.log(`  first evaluate                    ${showSpread(t.inProcess.firstMs, 2)}`);
  console.log(`    its CPU time                    ${showSpread(t.inProcess.firstCpuMs, 2)}`);
  console.log(`  second evaluate                   ${showSpread(t.inProcess.secondMs, 3)}`);
  console.log(`  then a first one in 郑州          ${showSpread(t.inProcess.otherPolicyFirstMs, 2)}`);
  console.log(
    `  (import 'zod/mini' alone after zod ${showSpread(t.zodMiniAfterZod, 1)}: the package's schemas are zod/mini's)`,
  );
  if (t.baseline) {
    const b = t.baseline;
    console.log('the baseline build, run for run beside it:');
    console.log(`  import the package after zod      ${showSpread(b.inProcess.importMs, 1)}`);
    console.log(`    its CPU time                    ${showSpread(b.inProcess.importCpuMs, 1)}`);
    console.log(`  first evaluate                    ${showSpread(b.inProcess.firstMs, 2)}`);
    console.log(`    its CPU time                    ${showSpread(b.inProcess.firstCpuMs, 2)}`);
    console.log(`  import / baseline import (paired) ${showSpread(b.importRatio, 2, '×')}`);
    console.log(`    CPU time (paired)               ${showSpread(b.importCpuRatio, 2, '×')}`);
    console.log(`  first evaluate CPU / baseline's   ${showSpread(b.firstCpuRatio, 2, '×')}`);
  }
  if (t.cli) console.log(`CLI --version / node -e 0 (paired)  ${showSpread(t.cli.overNode, 2, '×')}`);
  else console.log('CLI --version: not available on this branch');
  // Met only when both measures agree: the whole-process difference is the target's own wording, but it is
  // the difference of two noisy process times (a spread of ±100 ms on a shared machine has given a median
  // of 25 ms where 25 paired runs gave 49 ms); the import timed inside a process after zod varies less.
  const importOverZod = Math.max(t.pkgOverZod.median, t.inProcess.importMs.median);
  console.log(
    `target import ≤ 15 ms over zod alone: ${fmt(t.pkgOverZod.median, 1)} ms whole process, ${fmt(t.inProcess.importMs.median, 1)} ms in one process → ${verdict(importOverZod <= 15)}`,
  );
  console.log(
    `target first evaluate ≤ 1 ms: ${fmt(t.inProcess.firstMs.median, 2)} ms → ${verdict(t.inProcess.firstMs.median <= 1)}`,
  );
  if (t.cli) console.log(`target CLI --version ≤ 1.6× node -e 0: ${verdict(t.cli.overNode.median <= 1.6)}`);
}

if (only.includes('sizes')) {
  console.log('\n## Sizes (esbuild --minify, gzip -9)\n');
  const sizes = await measureSizes();
  for (const [name, s] of Object.entries(sizes)) {
    console.log(
      `${name.padEnd(44)} ${fmt(s.min / 1024, 1).padStart(8)} KB min   ${fmt(s.gz / 1024, 1).padStart(7)} KB min+gz`,
    );
  }
  // The engine is what `quality-rewards/engine` ships (the evaluator, its boundary and `formatResult`); the
  // main entry adds tables, comparisons, calendars and the request envelopes, reported beside it.
  const engine = sizes['engine entry (quality-rewards/engine, no zod)']?.gz ?? NaN;
  const whole = sizes['package code (main entry, no policy data, no zod)']?.gz ?? NaN;
  const city = sizes['one-city browser bundle (incl. zod)']?.gz ?? NaN;
  console.log(
    `target engine ≤ 30 KB min+gz: the engine entry ${fmt(engine / 1024, 1)} KB → ${verdict(engine <= 30 * 1024)} (all of the package's code: ${fmt(whole / 1024, 1)} KB)`,
  );
  console.log(`target one-city bundle ≤ 60 KB min+gz: ${verdict(city <= 60 * 1024)}`);
}
