import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/runCli.js';
import { collectingStream } from '../support/collectingStream.js';
import { cli } from '../support/runCliInProcess.js';

/** runCli: the usage text, and how each kind of failure is reported (exit status and one line). */
async function failing(args: readonly string[], error: unknown) {
  const stderr = collectingStream();
  const io: CliIo = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {} };
  const code = await runCli(args, io, {
    version: () => {
      throw error;
    },
  });
  return { code, err: stderr.text() };
}

describe('runCli: the main usage', { timeout: 60_000 }, () => {
  it('a heading, the commands aligned in one column, the global flags and the exit statuses', async () => {
    const { out } = await cli(['--help']);
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'quality-rewards — 质量提升奖励政策计算 / quality-reward policies as exact, explainable numbers',
      '',
      'Usage: quality-rewards <command> [options]      quality-rewards <command> --help',
      '',
    ]);
    expect(lines.slice(-6)).toEqual([
      '',
      '  --help, -h     这份说明 / this help        --version   版本 / the version',
      '  --debug        意外错误时打印堆栈 / print the stack of an unexpected error',
      '',
      'Exit status: 0 done, 1 failed (bad input, unreadable file, a batch line failed), 2 usage error.',
      '',
    ]);
    const commandLines = lines.slice(4, -6);
    // Every summary starts in the same column: two spaces after the longest command name.
    const names = commandLines.map((l) => /^ {2}(\S+)/.exec(l)?.[1] ?? '');
    const column = 2 + Math.max(...names.map((n) => n.length)) + 2;
    expect(commandLines.map((l) => /^ {2}\S+ +/.exec(l)?.[0].length)).toEqual(commandLines.map(() => column));
  });
  it('an unknown flag in place of a command is named as an option', async () => {
    const r = await cli(['--nope']);
    expect([r.code, r.err]).toEqual([2, "quality-rewards: unknown option '--nope' (see quality-rewards --help)\n"]);
  });
  it('--debug anywhere is not taken for an argument', async () => {
    expect(await cli(['--debug', '--version'])).toEqual({ code: 0, out: '9.9.9\n', err: '' });
  });
});

describe('runCli: an unexpected error', () => {
  it('one line naming it, exit 1; with --debug, its stack', async () => {
    const boom = new Error('boom');
    expect(await failing(['--version'], boom)).toEqual({
      code: 1,
      err: 'quality-rewards: unexpected error: boom (run with --debug for details)\n',
    });
    expect((await failing(['--version', '--debug'], boom)).err).toBe(`${boom.stack}\n`);
  });
  it('something thrown that is not an Error: its text, even with --debug', async () => {
    expect((await failing(['--debug', '--version'], 'plain')).err).toBe(
      'quality-rewards: unexpected error: plain (run with --debug for details)\n',
    );
  });
  it('only an Error named QualityRewardsError with a list of issues is reported as bad input', async () => {
    const issues = [{ code: 'invalid_type', message: { zh: '中', en: 'en' } }];
    const named = Object.assign(new Error('m'), { name: 'QualityRewardsError' });
    const other = Object.assign(new Error('m'), { issues });
    const notAnError = { name: 'QualityRewardsError', message: 'm', issues };
    for (const error of [named, other, notAnError]) {
      expect((await failing(['--version'], error)).err).toContain('unexpected error');
    }
    const real = Object.assign(new Error('m'), { name: 'QualityRewardsError', issues });
    expect(await failing(['--version'], real)).toEqual({ code: 1, err: 'quality-rewards: en — 中 [invalid_type]\n' });
  });
});
