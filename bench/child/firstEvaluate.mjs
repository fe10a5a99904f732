// Import and first call, timed inside a fresh process.
const [distUrl, anchorPath] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const anchor = JSON.parse(readFileSync(anchorPath, 'utf8'));
const t0 = performance.now();
const pkg = await import(distUrl);
const t1 = performance.now();
pkg.evaluate(anchor.achievement, anchor.jurisdiction, anchor.date);
const t2 = performance.now();
pkg.evaluate(anchor.achievement, anchor.jurisdiction, anchor.date);
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));
