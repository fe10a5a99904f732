/**
 * `npm run bench:batch`: the `batch` subcommand of the built CLI on a generated NDJSON file — lines per
 * second with 1 worker (the main thread) and with N workers (the cores), peak memory (the process's
 * maximum resident set, worker threads included) — and the CLI's start-up: `--version` against
 * `node -e 0`, interleaved. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:batch                      throughput on 100,000 lines, memory on 1,000,000
 *   npm run bench:batch -- 20000 200000      other sizes
 *
 * Besides wall-clock lines/s it prints lines per CPU-second (user + system time of the process, every
 * thread included) and the load average: on a shared machine the wall clock measures the neighbours.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const throughputLines = Number(process.argv[2] ?? 100_000);
const memoryLines = Number(process.argv[3] ?? 1_000_000);
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

async function writeInput(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i += 1) {
    if (!out.write(`${requestFor(i)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs `batch` with output to /dev/null; the peak RSS comes from the process itself as it exits. */
async function runBatch(input: string, lines: number, workers: number) {
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
  const { maxRSS, userCPUTime, systemCPUTime } = JSON.parse(readFileSync(usage, 'utf8')) as Record<string, number>;
  const cpuSeconds = ((userCPUTime as number) + (systemCPUTime as number)) / 1e6;
  return {
    workers,
    code,
    seconds,
    linesPerSecond: Math.round(lines / seconds),
    linesPerCpuSecond: Math.round(lines / cpuSeconds),
    peakRssMiB: (maxRSS as number) / 1024,
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

const s = startup();
console.log(
  `start-up: node -e 0 ${s.nodeMs.toFixed(1)} ms, quality-rewards --version ${s.versionMs.toFixed(1)} ms (×${s.ratio.toFixed(2)})`,
);
const cores = availableParallelism();
for (const [lines, runs] of [
  [throughputLines, [1, cores]],
  [memoryLines, [cores]],
] as const) {
  const input = join(dir, `input-${lines}.ndjson`);
  await writeInput(input, lines);
  console.log(
    `input: ${lines} lines, ${(statSync(input).size / 2 ** 20).toFixed(1)} MiB; load average ${loadavg()[0]?.toFixed(1)} on ${cores} cores`,
  );
  for (const workers of runs) {
    const r = await runBatch(input, lines, workers);
    console.log(
      `  batch --workers ${r.workers}: ${r.seconds.toFixed(1)} s, ${r.linesPerSecond} lines/s (${r.linesPerCpuSecond} lines per CPU-second), peak RSS ${r.peakRssMiB.toFixed(0)} MiB, exit ${r.code}; load average ${loadavg()[0]?.toFixed(1)}\n    ${r.summary}`,
    );
  }
  rmSync(input);
}
rmSync(dir, { recursive: true, force: true });
