import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/runCliInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'qr-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
/** 中国质量奖 (长乐 三(二)1 → 200万元). */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const cqaFile = file('cqa.json', JSON.stringify(cqa));

describe('help and version', { timeout: 60_000 }, () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the commands on stdout and exits 0', async (flag) => {
    const r = await cli([flag]);
    expect([r.code, r.err]).toEqual([0, '']);
    for (const name of ['evaluate', 'batch', 'compare', 'calendar', 'policies', 'kinds', 'table', 'tables', 'schema']) {
      expect(r.out).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });
  it('--version prints the version on stdout and exits 0', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: '9.9.9\n', err: '' });
  });
  it.each([['evaluate'], ['batch'], ['compare'], ['calendar'], ['schema']])(
    '%s --help and help %s print its usage and exit 0',
    async (name) => {
      const a = await cli([name, '--help']);
      const b = await cli(['help', name]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(a.out).toContain(`Usage: quality-rewards ${name}`);
      expect(b.out).toBe(a.out);
    },
  );
  it('no arguments prints the usage on stderr and exits 2', async () => {
    const r = await cli([]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain('Usage:');
  });
});

describe('usage errors exit 2 with one line naming the flag', { timeout: 60_000 }, () => {
  it('an unknown flag', async () => {
    const r = await cli(['evaluate', cqaFile, '-j', 'changle', '--date', '2024-06-01', '--txt']);
    expect([r.code, r.err]).toEqual([2, "quality-rewards evaluate: Unknown option '--txt'\n"]);
  });
  it('a missing required option', async () => {
    const r = await cli(['evaluate', cqaFile, '--jurisdiction=changle']);
    expect([r.code, r.err]).toEqual([2, 'quality-rewards evaluate: missing required option --date\n']);
  });
  it('an option without its value', async () => {
    const r = await cli(['evaluate', cqaFile, '--jurisdiction']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^quality-rewards evaluate: Option '-j, --jurisdiction <value>' argument missing\n$/);
  });
  it('an unknown command, and a second file', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining("'frobnicate'") });
    const r = await cli(['evaluate', cqaFile, cqaFile, '-j', 'changle', '-d', '2024-06-01']);
    expect([r.code, r.err]).toEqual([2, `quality-rewards evaluate: unexpected argument '${cqaFile}'\n`]);
  });
  it('no input on a terminal', async () => {
    const r = await cli(['evaluate', '-j', 'changle', '-d', '2024-06-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing input');
  });
});

describe('evaluate', { timeout: 60_000 }, () => {
  it('--x=y and --x y both work; JSON on stdout', async () => {
    for (const args of [
      ['--jurisdiction=长乐区', '--date=2024-06-01'],
      ['--jurisdiction', '长乐区', '--date', '2024-06-01'],
    ]) {
      const r = await cli(['evaluate', cqaFile, ...args]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).total.text).toBe('200万元');
    }
  });
  it('reads stdin when the file is - or omitted with piped input', async () => {
    for (const args of [['-'], []]) {
      const r = await cli(['evaluate', ...args, '-j', 'changle', '-d', '2024-06-01'], JSON.stringify(cqa));
      expect(JSON.parse(r.out).total.text).toBe('200万元');
    }
  });
  it('a list is one applicant’s portfolio; a request envelope gives its own jurisdiction and date', async () => {
    const list = await cli(['evaluate', '-', '-j', 'changle', '-d', '2024-06-01'], JSON.stringify([cqa]));
    expect(JSON.parse(list.out).awards[0].achievementIndex).toBe(0);
    const envelope = { achievements: [cqa], jurisdiction: 'changle', date: '2024-06-01' };
    const r = await cli(['evaluate', '-'], JSON.stringify(envelope));
    expect(JSON.parse(r.out).total.text).toBe('200万元');
  });
  it('--text prints the bilingual explanation; --assume-start-date reaches the Shenzhen draft', async () => {
    const r = await cli([
      'evaluate',
      cqaFile,
      '-j',
      'shenzhen',
      '-d',
      '2024-06-01',
      '--assume-start-date',
      '2024-01-01',
      '--text',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('assumed_start_date');
    expect(r.out).toContain('合计 Total');
  });
  it('bad input exits 1 with one line per issue, code last', async () => {
    const r = await cli(['evaluate', cqaFile, '-j', 'atlantis', '-d', '2024-02-30']);
    expect(r.code).toBe(1);
    expect(
      r.err
        .trimEnd()
        .split('\n')
        .map((l) => l.slice(l.lastIndexOf('['))),
    ).toEqual(['[invalid_date]', '[unknown_jurisdiction]']);
  });
  it('a missing file and invalid JSON exit 1 with one line, NDJSON pointed to batch', async () => {
    const missing = await cli(['evaluate', join(dir, 'nope.json'), '-j', 'changle', '-d', '2024-06-01']);
    expect([missing.code, missing.err]).toEqual([
      1,
      `quality-rewards evaluate: cannot read ${join(dir, 'nope.json')}: no such file or directory\n`,
    ]);
    const ndjson = await cli(['evaluate', '-', '-j', 'changle', '-d', '2024-06-01'], '{"a":1}\n{"a":2}\n');
    expect(ndjson.code).toBe(1);
    expect(ndjson.err.split('\n')).toHaveLength(2);
    expect(ndjson.err).toContain('use `quality-rewards batch`');
  });
});

describe('compare', { timeout: 60_000 }, () => {
  it('all jurisdictions by default: JSON, one result per jurisdiction', async () => {
    const r = await cli(['compare', cqaFile, '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(5);
  });
  it('--text: a side-by-side table; --jurisdictions a,b keeps the order asked', async () => {
    const r = await cli(['compare', cqaFile, '-d', '2024-06-01', '-j', 'zhengzhou,changle', '--text']);
    const rows = r.out.trimEnd().split('\n');
    expect(rows[0]).toMatch(
      /^地区 jurisdiction\s+政策 policy\s+状态 status\s+合计 total\s+条款 clause\s+未付原因 why not$/,
    );
    expect(rows.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 5))).toEqual([
      ['郑州市 410100', 'zhengzhou-2019', '有效 in force', '500万元', '第3条'],
      ['长乐区 350112', 'changle-2020', '有效 in force', '200万元', '三(二)1'],
    ]);
  });
});

describe('calendar, policies, kinds, table, tables, schema', { timeout: 60_000 }, () => {
  it('calendar --within: JSON with each policy’s status', async () => {
    const r = await cli(['calendar', '--date', '2026-01-01', '--within', '60']);
    const calendar = JSON.parse(r.out);
    expect(calendar.within).toBe(60);
    expect(calendar.policies.find((p: { policyId: string }) => p.policyId === 'taizhou-2023').endsWithin).toBe(true);
    const text = await cli(['calendar', '-d', '2026-01-01', '--text']);
    expect(text.out).toMatch(/taizhou-2023 .* ⚑ 40 天后到期 ends in 40 days/);
    expect((await cli(['calendar', '-d', '2026-01-01', '--within', 'soon'])).code).toBe(2);
  });
  it('policies and kinds: JSON by default, a table with --text', async () => {
    expect(JSON.parse((await cli(['policies'])).out)).toHaveLength(5);
    expect((await cli(['policies', '--text'])).out).toMatch(/^changle-2020 /m);
    const kinds = JSON.parse((await cli(['kinds'])).out) as { kind: string }[];
    expect(kinds.map((k) => k.kind)).toContain('government_quality_award');
    expect((await cli(['kinds', '--text'])).out).toMatch(/^government_quality_award — /m);
  });
  it('table prints a policy’s review table; an unknown id exits 1 naming it', async () => {
    expect((await cli(['table', 'changle-2020'])).out).toBe(
      readFileSync(new URL('../../policies/changle-2020.table.md', import.meta.url), 'utf8'),
    );
    const r = await cli(['table', 'atlantis-1999']);
    expect([r.code, r.err]).toEqual([1, expect.stringMatching(/^quality-rewards table: .*\[unknown_policy\]\n$/)]);
  });
  it('tables writes one file per policy; a path it cannot write exits 1 in one line', async () => {
    const r = await cli(['tables', join(dir, 'tables')]);
    expect(r.out.trimEnd().split('\n')).toHaveLength(5);
    expect(readFileSync(join(dir, 'tables', 'minhang-2022.table.md'), 'utf8')).toContain('minhang');
    const bad = await cli(['tables', join(cqaFile, 'sub')]);
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')).toHaveLength(2);
  });
  it('schema lists the names and prints a JSON Schema', async () => {
    const names = (await cli(['schema'])).out.trimEnd().split('\n');
    expect(names).toContain('evaluate-request');
    const schema = JSON.parse((await cli(['schema', 'evaluate-request'])).out);
    expect(schema.$schema).toContain('json-schema.org');
    expect(JSON.stringify(schema)).toContain('"jurisdiction"');
    expect((await cli(['schema', 'nope'])).code).toBe(2);
  });
});
