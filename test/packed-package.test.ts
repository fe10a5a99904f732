import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedPackage } from './support/packedPackage.js';

const examples = new URL('../examples/', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;
let project = '';

/** `npx quality-rewards …` in the scratch project, with `stdin` piped in when given. */
function npx(args: readonly string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'npx',
      ['quality-rewards', ...args],
      { cwd: project, maxBuffer: 64 << 20 },
      (error, out, err) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (code === -1) reject(error);
        else resolve({ code, out, err });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

beforeAll(async () => {
  project = await packedPackage();
}, 600_000);

describe('the packed package, installed from its tarball: npx quality-rewards', { timeout: 120_000 }, () => {
  it('--version and --help exit 0 on stdout', async () => {
    expect(await npx(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    const help = await npx(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('batch');
  });

  it('the CLI loads the installed library instead of carrying its own copy', () => {
    const dist = join(project, 'node_modules', 'quality-rewards', 'dist');
    const cliFiles = readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'index.js' && f !== 'fixtures.js');
    const bytes = cliFiles.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
    expect(bytes).toBeLessThan(100_000);
    for (const f of cliFiles) expect(readFileSync(join(dist, f), 'utf8')).not.toContain('Changle District');
  });

  it('evaluate examples/evaluate.json, as JSON and as text', async () => {
    const file = join(examples, 'evaluate.json');
    const json = await npx(['evaluate', file, '--jurisdiction', '长乐区', '--date', '2024-06-01']);
    expect(JSON.parse(json.out).total.text).toBe('200万元');
    const text = await npx(['evaluate', file, '--jurisdiction=changle', '--date=2024-06-01', '--text']);
    expect(text.out).toContain('合计 Total: 200万元');
  });

  it('evaluate a request from stdin: examples/evaluate-request.json', async () => {
    const r = await npx(['evaluate'], readFileSync(join(examples, 'evaluate-request.json'), 'utf8'));
    expect([r.code, JSON.parse(r.out).total.text]).toEqual([0, '50万元']);
  });

  it('batch examples/batch.ndjson: one line per request, in order, exit 0', async () => {
    const r = await npx(['batch', join(examples, 'batch.ndjson')]);
    const ids = r.out
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(
      readFileSync(join(examples, 'batch.ndjson'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    );
    expect([r.code, r.err]).toEqual([0, expect.stringMatching(/^批量 batch: 8 行 lines · 8 成功 ok · 0 失败 failed/)]);
  });

  it('compare examples/compare.json --text: a row per jurisdiction', async () => {
    const r = await npx(['compare', join(examples, 'compare.json'), '--date', '2024-06-01', '--text']);
    expect(r.out.trimEnd().split('\n')).toHaveLength(7);
    expect(r.out).toMatch(/郑州市 410100 +zhengzhou-2019 +有效 in force +500万元 +第3条/);
  });

  it('calendar, policies, kinds, table, tables, schema', async () => {
    const calendar = JSON.parse((await npx(['calendar', '--date', '2026-01-01', '--within', '60'])).out);
    expect(calendar.policies.filter((p: { endsWithin: boolean }) => p.endsWithin)).toHaveLength(1);
    expect(JSON.parse((await npx(['policies'])).out)).toHaveLength(5);
    expect((await npx(['kinds', '--text'])).out).toMatch(/^laboratory_accreditation — /m);
    expect((await npx(['table', 'taizhou-2023'])).out).toBe(
      readFileSync(new URL('../policies/taizhou-2023.table.md', import.meta.url), 'utf8'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'qr-tables-'));
    expect((await npx(['tables', dir])).code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(5);
    rmSync(dir, { recursive: true, force: true });
    expect((await npx(['schema', 'evaluate-request'])).out).toContain('"jurisdiction"');
  });

  it('usage and input errors: one line, exit 2 or 1', async () => {
    const usage = await npx(['calendar', '--date', '2026-01-01', '--txt']);
    expect([usage.code, usage.err]).toEqual([2, "quality-rewards calendar: Unknown option '--txt'\n"]);
    const missing = await npx(['batch', join(project, 'nope.ndjson')]);
    expect([missing.code, missing.err.split('\n').length]).toEqual([1, 2]);
  });

  it('batch round trip of 100,000 lines: every line once, in order; the bad line 50,000 reported and skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-batch-'));
    const input = join(dir, 'in.ndjson');
    const places = ['changle', 'zhengzhou', 'taizhou', 'minhang', 'shenzhen'];
    const lines = Array.from({ length: 100_000 }, (_, i) =>
      i === 49_999
        ? '{"id":"P49999","achievement":'
        : JSON.stringify({
            id: `P${i}`,
            achievement: { kind: 'laboratory_accreditation', cycle: 'initial', obtainedOn: '2024-04-18' },
            jurisdiction: places[i % places.length],
            date: '2024-06-01',
          }),
    );
    writeFileSync(input, `${lines.join('\n')}\n`);
    const output = join(dir, 'out.csv');
    const fd = openSync(output, 'w');
    const { code, err } = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn('npx', ['quality-rewards', 'batch', input, '--format', 'csv', '--workers', '2'], {
        cwd: project,
        stdio: ['ignore', fd, 'pipe'],
      });
      let err = '';
      child.stderr?.on('data', (b: Buffer) => (err += String(b)));
      child.on('close', (c) => resolve({ code: c, err }));
    });
    closeSync(fd);
    expect(code).toBe(1);
    expect(err).toMatch(/^批量 batch: 100000 行 lines · 99999 成功 ok · 1 失败 failed · /);
    // One or more rows per line; the line numbers never go back, and every line is there.
    const rows = readFileSync(output, 'utf8').split('\r\n').slice(1, -1);
    const seen: number[] = [];
    for (const row of rows) {
      const [line, id, kind] = row.split(',');
      const n = Number(line);
      if (n !== seen.at(-1)) seen.push(n);
      if (n === 50_000) expect([id, kind]).toEqual(['', 'error']);
      else expect(id).toBe(`P${n - 1}`);
    }
    expect(seen).toEqual(Array.from({ length: 100_000 }, (_, i) => i + 1));
    rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});
