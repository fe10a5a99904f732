import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRequest } from '../../src/index.js';
import { type PackedService, startPackedService } from '../support/packedService.js';
import { CLIENTS_REQUEST } from '../support/clientsRequest.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Runs a client without blocking this process, which is also the service the client calls. */
function runClient(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** True when a binary answers on PATH; a missing one is announced, never silently skipped. */
function available(binary: string, versionFlag: string): boolean {
  const found = spawnSync(binary, [versionFlag], { encoding: 'utf8' }).error === undefined;
  if (!found) console.warn(`${binary} is not installed: its client example is not run`);
  return found;
}

// What both clients must print: the total, then the clause and the quote of the award.
const expected = evaluateRequest(CLIENTS_REQUEST);
const award = expected.awards[0]!;

// The clients call the built package, installed from its tarball, as a Java or Python shop would run it.
let service: PackedService;
beforeAll(async () => {
  service = await startPackedService();
}, 600_000);
afterAll(async () => {
  expect(await service.stop()).toBe(0);
});

describe('clients that are not JavaScript, against `quality-rewards serve` from the packed package', () => {
  it.runIf(available('python3', '--version'))(
    'examples/python/client.py prints the total, the clause and the quote (urllib only)',
    async () => {
      const run = await runClient('python3', [`${examples}python/client.py`, service.url], {
        env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`total: ${expected.total.text} (${expected.total.yuan} yuan)`);
      expect(run.stdout).toContain(`clause: ${award.clause} `);
      expect(run.stdout).toContain(`quote: ${award.quote}`);
      expect(run.stdout).toContain("bad date -> 400 invalid_date at ['date']");
    },
    60_000,
  );

  it.runIf(available('java', '-version'))(
    'examples/java/Client.java prints the total, the clause and the quote (JDK 17 java.net.http, `java Client.java`)',
    async () => {
      const run = await runClient('java', ['Client.java', service.url], { cwd: `${examples}java` });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`total: ${expected.total.text} (${expected.total.yuan} yuan)`);
      expect(run.stdout).toContain(`clause: ${award.clause} `);
      expect(run.stdout).toContain(`quote: ${award.quote}`);
    },
    120_000,
  );
});
