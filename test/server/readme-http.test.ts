import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateRequest } from '../../src/index.js';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/serverLimits.js';
import { startTestService, type TestService } from '../support/runningService.js';
import { CLIENTS_REQUEST } from '../support/clientsRequest.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const start = readme.indexOf('## 从 Java / Python 调用 Calling from Java or Python');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
const blocks = (lang: string) =>
  [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] as string);
const curls = (blocks('sh')[0] ?? '').split('\n').filter((line) => line.startsWith('curl '));

let service: TestService;
// A service for each test: started once before all of them, the service's route tables would be built
// outside every test, and under mutation testing judged by the tests of other files only.
beforeEach(async () => {
  service = await startTestService();
});
afterEach(() => service.close());

const shell = (command: string) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile('sh', ['-c', command], { cwd: root, maxBuffer: 64 << 20 }, (error, out) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out }),
    );
  });

describe('README: calling from Java or Python', () => {
  it('has the section, with curl examples of evaluate, compare, batch, calendar and the OpenAPI document', () => {
    expect(start).toBeGreaterThan(0);
    expect(curls.map((c) => /\/(v1\/\w+|openapi\.json)/.exec(c)?.[1])).toEqual([
      'v1/evaluate',
      'v1/compare',
      'v1/batch',
      'v1/calendar',
      'openapi.json',
    ]);
  });

  it.runIf(curls.length > 0)(
    'every curl line answers 200 with JSON from a running service',
    async () => {
      for (const line of curls) {
        const command = `${line.replaceAll('http://127.0.0.1:8080', service.url)} -w '\\n%{http_code}'`;
        const { code, out } = await shell(command);
        expect(code, line).toBe(0);
        const lines = out.trimEnd().split('\n');
        expect(lines.pop(), line).toBe('200');
        for (const json of lines.filter(Boolean)) expect(() => JSON.parse(json), line).not.toThrow();
      }
    },
    60_000,
  );

  it('the problem shown is what a bad date gets (Accept-Language: en)', async () => {
    const shown = JSON.parse(blocks('json')[0] ?? '{}') as {
      detail: string;
      issues: { message: { zh: string; en: string } }[];
    };
    const request = JSON.parse(readFileSync(`${root}examples/evaluate-request.json`, 'utf8')) as object;
    const res = await fetch(`${service.url}/v1/evaluate`, {
      method: 'POST',
      body: JSON.stringify({ ...request, date: '2024-02-30' }),
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    });
    const real = (await res.json()) as typeof shown;
    const prefix = (text: string) => text.split('…')[0] as string;
    const head = (p: typeof shown) => ({ ...p, detail: undefined, issues: undefined });
    expect(head(real)).toEqual(head(shown));
    expect(real.detail.startsWith(prefix(shown.detail))).toBe(true);
    expect(real.issues[0]?.message.zh.startsWith(prefix(shown.issues[0]?.message.zh ?? ''))).toBe(true);
  });

  it('the clients’ output shown is what the clients’ request gets', () => {
    const r = evaluateRequest(CLIENTS_REQUEST);
    const a = r.awards[0]!;
    expect(blocks('text')[0]).toBe(
      `total: ${r.total.text} (${r.total.yuan} yuan)\nclause: ${a.clause} ${a.title.zh} -> ${a.amount.text}\nquote: ${a.quote}\n`,
    );
  });

  it('the limits shown are the limits enforced', () => {
    const MiB = 1024 * 1024;
    const l = DEFAULT_SERVER_LIMITS;
    expect(section).toContain(`| ${l.jsonBodyBytes / MiB} MiB |`);
    expect(section).toContain(`| ${l.batchBodyBytes / MiB} MiB / ${l.batchLineBytes / MiB} MiB`);
    expect(section).toContain(`${l.headersTimeoutMs / 1000} s 内收完`);
    expect(section).toContain(`${l.requestTimeoutMs / 1000} s 内收完，且停顿不超过 ${l.bodyIdleTimeoutMs / 1000} s`);
    expect(section).toContain(`| ${l.keepAliveTimeoutMs / 1000} s |`);
    expect(section).toContain(`${l.shutdownGraceMs / 1000} s 后切断`);
  });
});
