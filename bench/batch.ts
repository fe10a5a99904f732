/**
 * `npm run bench:batch`: the `batch` subcommand of the built CLI on a generated NDJSON file — lines per
 * second with 1 worker (the main thread) and with N workers (the cores), peak memory (the process's
 * maximum resident set, worker threads included) — and the CLI's start-up: `--version` against
 * `node -e 0`, interleaved. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:batch                 1,000,000 lines
 *   npm run bench:batch -- 200000       another size
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const lines = Number(process.argv[2] ?? 1_000_000);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'qr-bench-batch-'));

/** A mix of applicants: one to three achievements each, across the five jurisdictions. */
function requestFor(i: number): string {
  const jurisdictions = ['changle', 'zhengzhou', 'taizhou', 'minhang', 'shenzhen'];
  const recipient = { type: 'organization', registeredIn: '000000', fullyStateFunded: false };
  const pool = [
    { kind: 'government_quality_award', level: 'national', prize: 'award', firstTime: true, obtainedOn: '2024-05-10' },
    { kind: 'laboratory_accreditation', cycle: 'initial', obtainedOn: '2024-04-18' },
    { kind: 'standard_drafting', level: 'national', rank: 1, drafterRole: 'main', obtainedOn: '2024-03-01' },
    { kind: 'standardization_pilot', level: 'national', stage: 'accepted', obtainedOn: '2024-02-01' },
  ];
  const jurisdiction = jurisdictions[i % jurisdictions.length] as string;
  const achievements = pool.slice(0, 1 + (i % 3)).map((a) => ({ ...a, recipient }));
  const options = jurisdiction === 'shenzhen' ? { assumeStartDate: '2024-01-01' } : undefined;
  return JSON.stringify({ id: `B${i}`, achievements, jurisdiction, date: '2024-06-01', options });
}

async function writeInput(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i += 1) {
    if (!out.write(`${requestFor(i)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs `batch` with output to /dev/null; the peak RSS comes from the process itself as it exits. */
async function runBatch(input: string, workers: number) {
  const usage = join(dir, `usage-${workers}.json`);
  const hook = join(dir, `hook-${workers}.cjs`);
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(usage)}, JSON.stringify(process.resourceUsage())));`,
  );
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--require', hook, cli, 'batch', input, '--workers', String(workers)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += String(b)));
  const [code] = (await once(child, 'close')) as [number];
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!existsSync(usage)) throw new Error(`batch --workers ${workers} exited ${code}: ${err}`);
  const { maxRSS } = JSON.parse(readFileSync(usage, 'utf8')) as { maxRSS: number };
  return {
    workers,
    code,
    seconds,
    linesPerSecond: Math.round(lines / seconds),
    peakRssMiB: maxRSS / 1024,
    summary: err.trim(),
  };
}

function startup(rounds = 15) {
  const time = (args: string[]) => {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const node: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    node.push(time(['-e', '0']));
    version.push(time([cli, '--version']));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { nodeMs: median(node), versionMs: median(version), ratio: median(version) / median(node) };
}

const input = join(dir, 'input.ndjson');
await writeInput(input);
console.log(`input: ${lines} lines, ${(statSync(input).size / 2 ** 20).toFixed(1)} MiB`);
const s = startup();
console.log(
  `start-up: node -e 0 ${s.nodeMs.toFixed(1)} ms, quality-rewards --version ${s.versionMs.toFixed(1)} ms (×${s.ratio.toFixed(2)})`,
);
for (const workers of [1, availableParallelism()]) {
  const r = await runBatch(input, workers);
  console.log(
    `batch --workers ${r.workers}: ${r.seconds.toFixed(1)} s, ${r.linesPerSecond} lines/s, peak RSS ${r.peakRssMiB.toFixed(0)} MiB, exit ${r.code}\n  ${r.summary}`,
  );
}
rmSync(dir, { recursive: true, force: true });
