/**
 * `npm run bench:http`: the built `quality-rewards serve` held under load on loopback for 30 s by
 * autocannon — requests/s, p50/p99 latency, errors (must be 0) and the server's peak RSS. Each request
 * is one single-achievement evaluation (`POST /v1/evaluate`). A benchmark, not a test: it prints the
 * figures and asserts nothing. The load generator runs on the same machine, so it takes CPU the server
 * would otherwise have; say so when reporting.
 *
 *   npm run bench:http                  30 s, 32 connections, one server process
 *   npm run bench:http -- 10 64         another duration (s) and connection count
 *   npm run bench:http -- 30 32 2       … served by `serve --workers 2`
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { CLIENTS_REQUEST } from '../test/support/clientsRequest.js';

/** The part of autocannon's result this script reads. */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: object) => Promise<LoadResult>;

const duration = Number(process.argv[2] ?? 30);
const connections = Number(process.argv[3] ?? 32);
const workers = Number(process.argv[4] ?? 1);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

const body = JSON.stringify(CLIENTS_REQUEST);

const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--quiet', '--workers', String(workers)], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const url = await new Promise<string>((resolve, reject) => {
  let err = '';
  server.stderr.setEncoding('utf8').on('data', (text: string) => {
    err += text;
    const found = /listening on (http:\/\/\S+)/.exec(err)?.[1];
    if (found) resolve(found);
  });
  server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
});

/** The server's processes: the one process, or a supervisor and its workers (Linux lists children in /proc). */
const serverPids = () => {
  const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim();
  return [server.pid as number, ...(children === '' ? [] : children.split(/\s+/).map(Number))];
};

/** The peak resident set (VmHWM) of the server's processes, added up, in MiB, from /proc. */
const peakRssMiB = () =>
  serverPids().reduce((sum, pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return sum + Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  }, 0);

const load = (seconds: number) =>
  autocannon({
    url: `${url}/v1/evaluate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });

/** CPU time the server process has used (user + system), in ms, from /proc (clock ticks of 10 ms). */
const cpuMs = () =>
  serverPids().reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return sum + (Number(fields[11]) + Number(fields[12])) * 10;
  }, 0);

// A short warm-up lets the JIT settle before the measured run.
await load(3);
const cpuBefore = cpuMs();
const r = await load(duration);
const cpuPerRequest = (cpuMs() - cpuBefore) / r.requests.total;
const rss = peakRssMiB();
server.kill('SIGTERM');

const errors = r.errors + r.timeouts + r.non2xx;
console.log(
  `POST /v1/evaluate, one achievement, ${connections} connections, ${workers} server process(es), ${duration} s on loopback (${availableParallelism()} cores, load generator on the same machine)`,
);
console.log(`  requests/s  ${Math.round(r.requests.average)} (${r.requests.total} in all)`);
console.log(`  latency     p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · max ${r.latency.max} ms`);
console.log(`  errors      ${errors} (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`);
console.log(`  peak RSS    ${rss.toFixed(1)} MiB (server processes, added up)`);
// On a shared machine the wall-clock figures above measure the contention as much as the service;
// the server's own CPU time per request says what one core given wholly to it would carry.
console.log(
  `  server CPU  ${cpuPerRequest.toFixed(3)} ms per request → about ${Math.round(1000 / cpuPerRequest)} requests/s per core given wholly to it`,
);
console.log(
  `  target      ≥ 5000 requests/s with p99 < 20 ms: ${r.requests.average >= 5000 && r.latency.p99 < 20 && errors === 0 ? 'met' : 'not met'}`,
);
