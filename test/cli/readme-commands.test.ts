import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/runCliInProcess.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## 命令行 Command line'), readme.indexOf('## 成果词汇'));
const commands = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '').trimEnd().split('\n');

describe('README: the command line section', { timeout: 60_000 }, () => {
  it('shows every subcommand', () => {
    const names = commands.map((c) => c.split(' ')[2]);
    for (const name of ['evaluate', 'batch', 'compare', 'calendar', 'policies', 'kinds', 'table', 'tables', 'schema']) {
      expect(names).toContain(name);
    }
  });

  it('every example file it names exists', () => {
    const files = [...section.matchAll(/examples\/[\w.-]+\.(?:json|ndjson)/g)].map((m) => m[0]);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).toBe(true);
  });

  // `tables` writes files, so it is run by the CLI tests into a temporary directory instead.
  it.each(commands.filter((c) => !c.includes(' tables ')))('%s exits 0', async (line) => {
    const args = line
      .replace(/ > .*$/, '')
      .split(' ')
      .slice(2);
    const r = await cli(args);
    expect([r.code, r.err.includes('失败 failed') ? '' : r.err]).toEqual([0, '']);
    expect(r.out).not.toBe('');
  });

  it('examples/calendar.json is what `calendar --date 2025-12-01 --within 90` prints', async () => {
    const r = await cli(['calendar', '--date', '2025-12-01', '--within', '90']);
    expect(r.out).toBe(readFileSync(new URL('../../examples/calendar.json', import.meta.url), 'utf8'));
  });

  it('examples/evaluate-request.json and every line of examples/batch.ndjson are valid requests', async () => {
    const batch = await cli(['batch', 'examples/batch.ndjson', '--workers', '1']);
    expect([batch.code, batch.out.trimEnd().split('\n').length]).toEqual([0, 8]);
    expect((await cli(['evaluate', 'examples/evaluate-request.json'])).code).toBe(0);
  });
});
