import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import { startServer } from '../../server/startServer.js';
import { DEFAULT_SERVER_LIMITS } from '../../server/serverLimits.js';
import { superviseWorkers } from '../../server/superviseWorkers.js';
import { CliFailure, usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';

const MB = 1024 * 1024;
/** More processes than this on one machine is a mistake in the command, not a plan. */
const MAX_WORKERS = 64;

/** `serve`: the HTTP service, until SIGTERM or SIGINT. */
export const command: Command = {
  name: 'serve',
  summary: 'HTTP 服务（JSON、OpenAPI、计算器页面）/ the HTTP service (JSON, OpenAPI, calculator page)',
  usage: `Usage: quality-rewards serve [--port <n>] [--host <address>] [--workers <n>] [--quiet]

  无状态的 HTTP/1.1 JSON 服务：POST /v1/evaluate、/v1/compare、/v1/batch，GET /v1/policies、
  /v1/calendar、/v1/kinds、/v1/schemas/{name}、/openapi.json、/healthz，以及 / 的计算器页面。
  A stateless HTTP/1.1 JSON service with the routes above and a calculator page at /.
  Runs until SIGTERM or SIGINT, then lets requests in flight finish.

  -p, --port <n>        TCP port (default 8080; 0 picks a free one)
      --host <address>  interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  -w, --workers <n>     processes serving the one port (default 1; e.g. one per core); a worker that
                        dies is replaced, and SIGTERM stops them all gracefully
  -q, --quiet           no access log (one line per request on stderr otherwise)

  Limits: JSON bodies ${DEFAULT_SERVER_LIMITS.jsonBodyBytes / MB} MiB (413 beyond), batch bodies ${DEFAULT_SERVER_LIMITS.batchBodyBytes / MB} MiB and lines
  ${DEFAULT_SERVER_LIMITS.batchLineBytes / MB} MiB; headers within ${DEFAULT_SERVER_LIMITS.headersTimeoutMs / 1000} s, a body within ${DEFAULT_SERVER_LIMITS.requestTimeoutMs / 1000} s and no pause over ${DEFAULT_SERVER_LIMITS.bodyIdleTimeoutMs / 1000} s (408).

Example: quality-rewards serve --port 8080
         curl -s localhost:8080/v1/evaluate -H 'content-type: application/json' -d @request.json
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string', short: 'w' },
    });
    if (positionals.length > 0) throw usageError(`unexpected argument '${positionals[0]}'`);
    const portText = values.port ?? '8080';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65_535) {
      throw usageError(`--port must be a whole number from 0 to 65535, not '${values.port}'`);
    }
    const workersText = values.workers ?? '1';
    const workers = Number(workersText);
    if (!/^\d+$/.test(workersText) || workers < 1 || workers > MAX_WORKERS) {
      throw usageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, not '${values.workers}'`);
    }
    const log = (line: string) => void io.stderr.write(line);
    // The primary of several workers only supervises them; each worker runs this same command and
    // serves the shared port (node:cluster hands it the primary's listening socket).
    if (workers > 1 && cluster.isPrimary) return superviseWorkers({ workers, log });
    let server;
    try {
      server = await startServer({
        port,
        host: values.host ?? '127.0.0.1',
        log: values.quiet ? null : log,
        version: packageVersion(),
      });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      // A worker lets go of its supervisor's channel, so it exits and the supervisor sees it failed
      // (`cluster.worker` exists in a worker only).
      cluster.worker?.disconnect();
      throw new CliFailure(`cannot listen on ${values.host ?? '127.0.0.1'}:${port}: ${e.code ?? e.message}`);
    }
    // Under a supervisor, the primary says once where all its workers listen.
    if (!cluster.isWorker) log(`quality-rewards: listening on ${server.url}\n`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const stop = (received: NodeJS.Signals) => {
        // Alone, a second signal stops at once (the default); a worker may get the terminal's SIGINT
        // and its supervisor's SIGTERM both, and still finishes what is in flight.
        if (!cluster.isWorker) process.off('SIGTERM', stop).off('SIGINT', stop);
        resolve(received);
      };
      process.on('SIGTERM', stop).on('SIGINT', stop);
      // A worker whose supervisor is gone stops too, rather than serve on unsupervised.
      if (cluster.isWorker) process.once('disconnect', () => stop('SIGTERM'));
    });
    log(`quality-rewards: ${signal}: finishing requests in flight, then stopping\n`);
    await server.close();
    log('quality-rewards: stopped\n');
    // A worker's channel to its supervisor would keep the process alive: let go of it.
    cluster.worker?.disconnect();
    return 0;
  },
};

/**
 * The version in the package's own package.json, found upwards from `from` (this module, in src/ or in
 * dist/); `0.0.0` when there is none. Exported for its test.
 */
export function packageVersion(from: string | URL = import.meta.url): string {
  for (let dir = new URL(from); dir.pathname !== '/'; dir = new URL('../', dir)) {
    const file = new URL('package.json', dir);
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (json.name === 'quality-rewards' && json.version) return json.version;
  }
  return '0.0.0';
}
