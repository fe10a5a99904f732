// Import and first call, timed inside a fresh process. zod (the classic entry, what "importing zod alone"
// means) is imported first, so the package's import is timed as the target states it: on top of zod.
// Wall and CPU time both: on a shared machine the CPU time of the process varies less than the wall time.
const [distUrl, anchorPath] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const anchor = JSON.parse(readFileSync(anchorPath, 'utf8'));
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const z0 = performance.now();
await import('zod');
const z1 = performance.now();
const c0 = process.cpuUsage();
const t0 = performance.now();
const pkg = await import(distUrl);
const t1 = performance.now();
const importCpuMs = cpuMs(c0);
const c1 = process.cpuUsage();
const t2 = performance.now();
pkg.evaluate(anchor.achievement, anchor.jurisdiction, anchor.date);
const t3 = performance.now();
const firstCpuMs = cpuMs(c1);
pkg.evaluate(anchor.achievement, anchor.jurisdiction, anchor.date);
const t4 = performance.now();
// The same achievement in another jurisdiction, once the engine has run: what compiling a second policy
// and running its rules for the first time cost, apart from the code that ran already.
pkg.evaluate(anchor.achievement, anchor.zhengzhouJurisdiction, anchor.date);
const t5 = performance.now();
process.stdout.write(
  JSON.stringify({
    zodMs: z1 - z0,
    importMs: t1 - t0,
    importCpuMs,
    firstMs: t3 - t2,
    firstCpuMs,
    secondMs: t4 - t3,
    otherPolicyFirstMs: t5 - t4,
  }),
);
