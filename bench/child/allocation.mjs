// Bytes allocated per call, in a process of its own: with a young generation large enough that no
// collection runs while measuring, the growth of the heap over N calls is what they allocated.
// Run with --expose-gc --min-semi-space-size=64 --max-semi-space-size=64.
import { PerformanceObserver } from 'node:perf_hooks';

const [distUrl, anchorPath] = process.argv.slice(2);
const pkg = await import(distUrl);
const { readFileSync } = await import('node:fs');
const anchor = JSON.parse(readFileSync(anchorPath, 'utf8'));
const history = anchor.zhengzhouHistory10;
const cases = {
  'evaluate (anchor)': () => pkg.evaluate(anchor.achievement, anchor.jurisdiction, anchor.date),
  'error path (bad date)': () =>
    pkg.safeEvaluate({ ...anchor.achievement, obtainedOn: '2024-02-30' }, anchor.jurisdiction, anchor.date),
  '郑州 portfolio 20 + history 10': () =>
    pkg.evaluate(anchor.zhengzhouPortfolio20, anchor.zhengzhouJurisdiction, '2024-06-01', { history }),
};

let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ['gc'] });
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

const out = {};
for (const [name, run] of Object.entries(cases)) {
  for (let i = 0; i < 3000; i += 1) run();
  const perCall = [];
  for (let attempt = 0; attempt < 40 && perCall.length < 7; attempt += 1) {
    const n = name.startsWith('郑州') ? 20 : 200;
    globalThis.gc();
    await tick();
    const seen = collections;
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i += 1) run();
    const after = process.memoryUsage().heapUsed;
    await tick();
    if (collections === seen) perCall.push((after - before) / n);
  }
  out[name] = perCall;
}
process.stdout.write(JSON.stringify(out));
