import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Spread, spread } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = new URL('../dist/index.js', import.meta.url).href;
const ANCHOR = fileURLToPath(new URL('./changle-anchor.json', import.meta.url));
const CHILD = (name: string) => fileURLToPath(new URL(`./child/${name}`, import.meta.url));

function wallMs(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const t1 = performance.now();
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: ${r.stderr}`);
  return t1 - t0;
}

/** Import and first call timed inside one process, each figure a spread over the runs. */
export interface InProcessTimes {
  /** Importing zod alone, first. */
  readonly zodMs: Spread;
  /** Importing the package once zod is loaded: wall and CPU time. */
  readonly importMs: Spread;
  readonly importCpuMs: Spread;
  /** The first `evaluate` of the process, then the second. */
  readonly firstMs: Spread;
  readonly firstCpuMs: Spread;
  readonly secondMs: Spread;
  /** Then the first `evaluate` in another jurisdiction: its policy compiled, its rules run the first time. */
  readonly otherPolicyFirstMs: Spread;
}

/** Whole-process wall times, interleaved run by run. */
export interface ProcessTimes {
  readonly nodeOnly: Spread;
  readonly zodOnly: Spread;
  readonly pkg: Spread;
  readonly pkgOverNode: Spread;
  readonly pkgOverZod: Spread;
  readonly cli: { readonly times: Spread; readonly overNode: Spread } | null;
  readonly inProcess: InProcessTimes;
  /**
   * Importing `zod/mini` in a process that has imported zod: what the package's schemas cost before any
   * of its own code loads (the package's schemas are zod/mini's; the baseline, zod alone, is the classic
   * entry). Part of the import target's 15 ms, as the package's own import of it is.
   */
  readonly zodMiniAfterZod: Spread;
  /**
   * With a baseline build: its in-process times, run for run beside this build's, and this build's
   * figures over the baseline's, paired run by run (import after zod, wall and CPU; first evaluate, CPU).
   */
  readonly baseline: {
    readonly inProcess: InProcessTimes;
    readonly importRatio: Spread;
    readonly importCpuRatio: Spread;
    readonly firstCpuRatio: Spread;
  } | null;
}

/** Does the built CLI answer `--version`? (The CLI is another issue's; measured only once it does.) */
function cliVersionWorks(): boolean {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  if (!existsSync(cli)) return false;
  const r = spawnSync(process.execPath, [cli, '--version'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 && /\d+\.\d+\.\d+/.test(r.stdout);
}

/**
 * `node -e 0`, importing zod alone, importing the package, and (when it exists) the CLI's `--version`,
 * each a whole process, `runs` times interleaved; then import and first `evaluate` timed inside a process.
 */
export function measureProcessTimes(runs: number, baselineDist?: string): ProcessTimes {
  const withCli = cliVersionWorks();
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const series = { node: [] as number[], zod: [] as number[], pkg: [] as number[], cli: [] as number[] };
  for (let i = 0; i < runs + 1; i += 1) {
    const node = wallMs(['-e', '0']);
    const zod = wallMs(['--input-type=module', '-e', "import 'zod';"]);
    const pkg = wallMs(['--input-type=module', '-e', `import ${JSON.stringify(DIST)};`]);
    const c = withCli ? wallMs([cli, '--version']) : NaN;
    if (i === 0) continue; // the first run fills the file cache
    series.node.push(node);
    series.zod.push(zod);
    series.pkg.push(pkg);
    series.cli.push(c);
  }
  // In-process runs, this build and the baseline's alternating, so that both see the same load.
  const inside: InProcessRun[] = [];
  const insideBaseline: InProcessRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (baselineDist && i % 2 === 1) insideBaseline.push(inProcessRun(baselineDist));
    inside.push(inProcessRun(DIST));
    if (baselineDist && i % 2 === 0) insideBaseline.push(inProcessRun(baselineDist));
  }
  const zodMini = Array.from({ length: runs }, zodMiniAfterZodMs);
  const diff = (a: number[], b: number[]) => a.map((x, i) => x - (b[i] as number));
  return {
    nodeOnly: spread(series.node),
    zodOnly: spread(series.zod),
    pkg: spread(series.pkg),
    pkgOverNode: spread(diff(series.pkg, series.node)),
    pkgOverZod: spread(diff(series.pkg, series.zod)),
    cli: withCli
      ? { times: spread(series.cli), overNode: spread(series.cli.map((x, i) => x / (series.node[i] as number))) }
      : null,
    inProcess: inProcessTimes(inside),
    zodMiniAfterZod: spread(zodMini),
    baseline: baselineDist
      ? {
          inProcess: inProcessTimes(insideBaseline),
          importRatio: spread(inside.map((x, i) => x.importMs / (insideBaseline[i] as InProcessRun).importMs)),
          importCpuRatio: spread(inside.map((x, i) => x.importCpuMs / (insideBaseline[i] as InProcessRun).importCpuMs)),
          firstCpuRatio: spread(inside.map((x, i) => x.firstCpuMs / (insideBaseline[i] as InProcessRun).firstCpuMs)),
        }
      : null,
  };
}

/** One fresh process: zod imported, then `zod/mini` timed. */
function zodMiniAfterZodMs(): number {
  const code =
    "await import('zod'); const t0 = performance.now(); await import('zod/mini'); process.stdout.write(String(performance.now() - t0));";
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
}

type InProcessRun = { [K in keyof InProcessTimes]: number };

/** One fresh process importing zod, then the package at `distUrl`, then evaluating twice. */
function inProcessRun(distUrl: string): InProcessRun {
  const r = spawnSync(process.execPath, [CHILD('firstEvaluate.mjs'), distUrl, ANCHOR], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as InProcessRun;
}

function inProcessTimes(runs: readonly InProcessRun[]): InProcessTimes {
  const of = (key: keyof InProcessRun) => spread(runs.map((x) => x[key]));
  return {
    zodMs: of('zodMs'),
    importMs: of('importMs'),
    importCpuMs: of('importCpuMs'),
    firstMs: of('firstMs'),
    firstCpuMs: of('firstCpuMs'),
    secondMs: of('secondMs'),
    otherPolicyFirstMs: of('otherPolicyFirstMs'),
  };
}

/** Bytes allocated per call (median of several clean measurements), from a process of its own. */
export function measureAllocation(): Record<string, Spread> {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64', CHILD('allocation.mjs'), DIST, ANCHOR],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const raw = JSON.parse(r.stdout) as Record<string, number[]>;
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, v.length > 0 ? spread(v) : { median: NaN, min: NaN, max: NaN }]),
  );
}
