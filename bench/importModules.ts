/**
 * `tsx bench/importModules.ts [--runs N]` (after `npm run build`): where importing the package spends its
 * time, source module by source module. A copy of dist/ gets a timing mark at the start of each bundled
 * module (esbuild heads each with a `// path.ts` comment); fresh processes import zod, then the copy, and
 * the time from one mark to the next is that module's top-level code. Loading and compiling the files
 * comes before the first mark. Medians over the runs; a module that builds the first zod schema of a kind
 * also pays for zod's code running the first time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fmt, median } from './stats.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' } } });
const ROOT = fileURLToPath(new URL('..', import.meta.url));

// A copy beside a node_modules link, so that the copy resolves zod as the package does.
const dir = mkdtempSync(join(tmpdir(), 'quality-rewards-import-'));
try {
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  for (const sub of ['dist', 'dist/lib', 'dist/policies']) {
    for (const name of readdirSync(join(dir, sub)).filter((n) => n.endsWith('.js'))) {
      const file = join(dir, sub, name);
      const text = readFileSync(file, 'utf8').replace(
        /^\/\/ ((?:src|policies)\/\S*\.ts)$/gm,
        (_, path: string) => `globalThis.__mark?.(${JSON.stringify(path)});`,
      );
      writeFileSync(file, text);
    }
  }
  const entry = pathToFileURL(join(dir, 'dist/index.js')).href;
  const child = `
    const marks = [];
    globalThis.__mark = (name) => marks.push([name, performance.now()]);
    await import('zod');
    const t0 = performance.now();
    await import(${JSON.stringify(entry)});
    const t1 = performance.now();
    const modules = {};
    marks.push(['', t1]);
    for (let i = 0; i < marks.length - 1; i++) modules[marks[i][0]] = (modules[marks[i][0]] ?? 0) + marks[i + 1][1] - marks[i][1];
    process.stdout.write(JSON.stringify({ total: t1 - t0, loading: (marks[0]?.[1] ?? t1) - t0, modules }));`;
  const runs = Array.from({ length: Number(values.runs) }, () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { total: number; loading: number; modules: Record<string, number> };
  });
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.modules)))];
  const rows = names
    .map((name) => [name, median(runs.map((r) => r.modules[name] ?? 0))] as const)
    .sort((a, b) => b[1] - a[1]);
  console.log(`## Importing the package after zod (ms, medians of ${runs.length} processes)\n`);
  console.log(`whole import                      ${fmt(median(runs.map((r) => r.total)), 1)}`);
  console.log(`  loading and compiling the files ${fmt(median(runs.map((r) => r.loading)), 1)}`);
  console.log(
    `  running the modules' top level  ${fmt(
      rows.reduce((sum, [, ms]) => sum + ms, 0),
      1,
    )}, of which:`,
  );
  for (const [name, ms] of rows.filter(([, ms]) => ms >= 0.1)) console.log(`    ${fmt(ms, 2).padStart(6)}  ${name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
