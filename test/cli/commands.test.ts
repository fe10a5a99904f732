import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/runCli.js';
import { DEFAULT_CALENDAR_WITHIN_DAYS, listAchievementKinds, listPolicies } from '../../src/index.js';
import { oneCase, scratchFiles } from '../fixtures/scratch.js';
import { collectingStream } from '../support/collectingStream.js';
import { cli } from '../support/runCliInProcess.js';

/** Each subcommand's own flags and messages, one `describe` per command. */
const dir = mkdtempSync(join(tmpdir(), 'qr-cli-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}
/** 中国质量奖: 长乐 三(二)1 → 200万元, 郑州 第3条 → 500万元 (照印 50万元). */
const cqa = { kind: 'government_quality_award', level: 'national', prize: 'award', obtainedOn: '2024-05-10' };
const cqaFile = file('cqa.json', cqa);
const usage = (command: string, message: string) => ({
  code: 2,
  out: '',
  err: `quality-rewards ${command}: ${message}\n`,
});
type Result = { policy: { id: string; startAssumed: boolean }; inForce: boolean; total: { text: string } };
const results = (out: string) => JSON.parse(out) as Result[];

describe('commands without a file argument refuse one', { timeout: 60_000 }, () => {
  it.each([
    ['calendar', ['-d', '2026-01-01']],
    ['kinds', []],
    ['policies', []],
  ])('%s x: a usage error naming the argument', async (command, flags) => {
    expect(await cli([command, 'x', ...flags])).toEqual(usage(command, "unexpected argument 'x'"));
  });
});

describe('required arguments are named when missing', { timeout: 60_000 }, () => {
  it.each([
    ['calendar', '--date'],
    ['compare', '--date'],
    ['table', '<policyId>'],
    ['tables', '<dir>'],
  ])('%s without it: missing required option %s', async (command, flag) => {
    const args = command === 'compare' ? [command, cqaFile] : [command];
    expect(await cli(args)).toEqual(usage(command, `missing required option ${flag}`));
  });
});

describe('calendar --within', { timeout: 60_000 }, () => {
  it('0 is a horizon (today only); without it the default horizon applies', async () => {
    const zero = await cli(['calendar', '-d', '2026-01-01', '--within', '0']);
    expect([zero.code, JSON.parse(zero.out).within]).toEqual([0, 0]);
    const plain = await cli(['calendar', '-d', '2026-01-01']);
    expect(JSON.parse(plain.out).within).toBe(DEFAULT_CALENDAR_WITHIN_DAYS);
  });
  it.each(['-1', '1.5', 'soon'])('--within=%s: a usage error quoting the value', async (value) => {
    expect(await cli(['calendar', '-d', '2026-01-01', `--within=${value}`])).toEqual(
      usage('calendar', `--within expects a whole number of days, not '${value}'`),
    );
  });
});

describe('compare: what the file and the flags give', { timeout: 60_000 }, () => {
  const compare = (input: unknown, ...flags: string[]) =>
    cli(['compare', file('compare-input.json', input), '-d', '2024-06-01', ...flags]);
  const byPolicy = (out: string) => Object.fromEntries(results(out).map((r) => [r.policy.id, r]));

  it('--jurisdictions: spaces around the commas are ignored, "all" among them too', async () => {
    const r = await compare(cqa, '-j', ' zhengzhou , changle ');
    expect(results(r.out).map((x) => x.policy.id)).toEqual(['zhengzhou-2019', 'changle-2020']);
    const all = await compare(cqa, '-j', 'changle, all');
    expect([all.code, results(all.out)]).toEqual([0, expect.objectContaining({ length: 5 })]);
  });
  it('an envelope { achievements, options }: the portfolio and its options (here a reading) are used', async () => {
    const r = await compare(
      { achievements: [cqa], options: { readings: { 'zhengzhou.art3.cqa': 'alternative' } } },
      '-j',
      'zhengzhou',
    );
    expect(results(r.out).map((x) => x.total.text)).toEqual(['50万元']);
  });
  it('an envelope { achievement }: the single achievement is used', async () => {
    const r = await compare({ achievement: cqa }, '-j', 'changle');
    expect(results(r.out).map((x) => x.total.text)).toEqual(['200万元']);
  });
  it('--assume-start-date reaches the Shenzhen draft, with or without options in the file, keeping the file’s', async () => {
    const alone = byPolicy((await compare(cqa, '--assume-start-date', '2024-01-01')).out);
    expect([alone['shenzhen-draft']?.inForce, alone['shenzhen-draft']?.policy.startAssumed]).toEqual([true, true]);
    const withOptions = byPolicy(
      (
        await compare(
          { achievement: cqa, options: { readings: { 'zhengzhou.art3.cqa': 'alternative' } } },
          '--assume-start-date',
          '2024-01-01',
        )
      ).out,
    );
    expect([withOptions['shenzhen-draft']?.inForce, withOptions['zhengzhou-2019']?.total.text]).toEqual([
      true,
      '50万元',
    ]);
    const without = byPolicy((await compare(cqa)).out);
    expect([without['shenzhen-draft']?.inForce, without['shenzhen-draft']?.policy.startAssumed]).toEqual([
      false,
      false,
    ]);
  });
  it('options that are not an object are refused as the library refuses them, flag or not', async () => {
    const r = await compare({ achievement: cqa, options: 5 });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[invalid_type\]\n$/);
  });
  it.each([['"hello"'], ['null'], ['7']])(
    'a JSON %s that is not an achievement is refused with the library’s issue, not a crash',
    async (text) => {
      const r = await cli(['compare', file('compare-scalar.json', text), '-d', '2024-06-01', '-j', 'changle']);
      expect(r.code).toBe(1);
      expect(r.err).not.toContain('unexpected error');
      expect(r.err).toMatch(/\[invalid_type\]\n$/);
    },
  );
});

describe('evaluate --reading keeps the file’s own options', { timeout: 60_000 }, () => {
  it('an envelope’s assumeStartDate still reaches the Shenzhen draft when a reading is switched', async () => {
    const envelope = file('shenzhen.json', {
      achievement: cqa,
      jurisdiction: 'shenzhen',
      date: '2024-06-01',
      options: { assumeStartDate: '2024-01-01' },
    });
    const r = await cli(['evaluate', envelope, '--reading', 'shenzhen.mayor-grades=chosen']);
    const result = JSON.parse(r.out) as Result;
    expect([r.code, result.inForce, result.policy.startAssumed]).toEqual([0, true, true]);
  });
});

describe('kinds --text', { timeout: 60_000 }, () => {
  it('one line per kind: kind — zh / en, and its subtypes in brackets when it has any', async () => {
    const lines = (await cli(['kinds', '--text'])).out.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(listAchievementKinds().length + 1);
    expect(lines).toContain('government_quality_award — 政府质量奖 / Government quality award');
    expect(lines).toContain(
      'geographical_indication — 地理标志 / Geographical indication [protected_product, agricultural_product, trademark]',
    );
  });
});

describe('policies --text', { timeout: 60_000 }, () => {
  it('a table: id, jurisdiction with code and slug, draft or in force, the window with its blanks, rule count', async () => {
    const rows = (await cli(['policies', '--text'])).out.trimEnd().split('\n');
    expect(rows[0]?.split(/\s{2,}/)).toEqual(['id', '地区 jurisdiction', '状态 status', '期间 window', '条款 rules']);
    const row = (id: string) => rows.find((r) => r.startsWith(`${id} `))?.split(/\s{2,}/);
    const count = (id: string) => String(listPolicies().find((p) => p.id === id)?.ruleCount);
    expect(row('changle-2020')).toEqual([
      'changle-2020',
      '长乐区 350112 (changle)',
      '施行 in force',
      '2020-01-01 — （无 open）',
      count('changle-2020'),
    ]);
    expect(row('shenzhen-draft')).toEqual([
      'shenzhen-draft',
      '深圳市 440300 (shenzhen)',
      '草案 draft',
      '（空白 blank） — （无 open）',
      count('shenzhen-draft'),
    ]);
  });
});

describe('schema: the CLI’s own outputs', { timeout: 60_000 }, () => {
  it('comparison: a list of evaluation results', async () => {
    const r = await cli(['schema', 'comparison']);
    const schema = JSON.parse(r.out);
    expect([r.code, schema.type]).toEqual([0, 'array']);
    expect(JSON.stringify(schema.items)).toContain('"total"');
  });
  it('policy-calendar: the date, the horizon and the policies', async () => {
    const schema = JSON.parse((await cli(['schema', 'policy-calendar'])).out);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['date', 'within', 'policies']));
  });
  it('an unknown name: a usage error listing the names', async () => {
    const names = (await cli(['schema'])).out.trimEnd().split('\n');
    expect(names).toEqual(expect.arrayContaining(['evaluate-request', 'comparison', 'policy-calendar']));
    expect(await cli(['schema', 'nope'])).toEqual(
      usage('schema', `unknown schema 'nope' (one of: ${names.join(', ')})`),
    );
  });
});

describe('tables <dir>', { timeout: 60_000 }, () => {
  it('creates missing parent folders', async () => {
    const nested = join(dir, 'a', 'b', 'c');
    const r = await cli(['tables', nested]);
    expect(r.code).toBe(0);
    expect(existsSync(join(nested, 'changle-2020.table.md'))).toBe(true);
    expect(r.out.split('\n')[0]).toBe(join(nested, 'changle-2020.table.md'));
  });
  it('a path under a file: exit 1, one line naming the folder and the reason', async () => {
    const bad = join(cqaFile, 'sub');
    expect(await cli(['tables', bad])).toEqual({
      code: 1,
      out: '',
      err: `quality-rewards tables: cannot write into ${bad}: not a directory\n`,
    });
  });
  it('each file is the policy’s table', async () => {
    const out = join(dir, 'tables-content');
    await cli(['tables', out]);
    expect(readFileSync(join(out, 'zhengzhou-2019.table.md'), 'utf8')).toBe(
      (await cli(['table', 'zhengzhou-2019'])).out,
    );
  });
});

describe('tables: an output that was closed is not a file-system failure', { timeout: 60_000 }, () => {
  it('reported as an unexpected error (exit 1), not as a folder that cannot be written', async () => {
    const stdout = new PassThrough();
    stdout.destroy();
    const stderr = collectingStream();
    const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {} };
    const code = await runCli(['tables', join(dir, 'closed')], io, { version: () => '0' });
    expect([code, stderr.text()]).toEqual([
      1,
      'quality-rewards tables: unexpected error: the output was closed (run with --debug for details)\n',
    ]);
  });
});

describe('test --json', { timeout: 60_000 }, () => {
  it('a malformed file is listed with its file, line and the problem', async () => {
    const folder = scratchFiles({ 'a.yaml': oneCase('{ totl: 1元 }') });
    const r = await cli(['test', folder, '--json']);
    expect([r.code, JSON.parse(r.out).malformed]).toEqual([
      2,
      [{ file: join(folder, 'a.yaml'), line: 4, detail: 'cases.0.expect.totl: Unrecognized key: "totl"' }],
    ]);
  });
});
