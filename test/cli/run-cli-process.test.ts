import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliProcess, runCliProcess } from '../../src/cli/runCliProcess.js';
import { collectingStream } from '../support/collectingStream.js';
import { tempFolder } from '../support/tempFolder.js';

/** A process stand-in: the arguments after `node script`, streams to read back, exits recorded. */
function fakeProcess(...args: string[]) {
  const stdout = collectingStream();
  const stderr = collectingStream();
  const exits: (number | string | null | undefined)[] = [];
  const proc: CliProcess = {
    argv: ['/usr/bin/node', '/usr/lib/quality-rewards/dist/cli.js', ...args],
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: {},
    exit: (code) => void exits.push(code),
  };
  return { proc, exits, out: () => stdout.text(), err: () => stderr.text() };
}

function packageJsonWithVersion(version: string): URL {
  const file = join(tempFolder('qr-cli-process-'), 'package.json');
  writeFileSync(file, JSON.stringify({ name: 'quality-rewards', version }));
  return pathToFileURL(file);
}

describe('runCliProcess: the command in a process', { timeout: 60_000 }, () => {
  it('--version prints the version of the package.json it is given, and sets exit status 0', async () => {
    const { proc, out } = fakeProcess('--version');
    await runCliProcess(proc, packageJsonWithVersion('9.8.7'));
    expect(out()).toBe('9.8.7\n');
    expect(proc.exitCode).toBe(0);
  });

  it('reads the arguments after node and the script: an unknown command is a usage error (exit status 2)', async () => {
    const { proc, err } = fakeProcess('evaluat');
    await runCliProcess(proc, packageJsonWithVersion('1.0.0'));
    expect(proc.exitCode).toBe(2);
    expect(err()).toContain('evaluat');
    expect(err()).not.toContain('cli.js');
  });

  it('reads package.json only for --version: --help works without one', async () => {
    const { proc, out } = fakeProcess('--help');
    await runCliProcess(proc, new URL('file:///nonexistent/quality-rewards/package.json'));
    expect(proc.exitCode).toBe(0);
    expect(out()).toContain('Usage: quality-rewards');
  });

  it('sets the exit status without forcing an exit', async () => {
    const { proc, exits } = fakeProcess('--version');
    await runCliProcess(proc, packageJsonWithVersion('1.0.0'));
    expect(exits).toEqual([]);
  });
});

describe('runCliProcess: a reader that closes the pipe early (`… | head`)', { timeout: 60_000 }, () => {
  const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });

  it('EPIPE on stdout ends the process quietly with the exit status set so far', async () => {
    const { proc, exits } = fakeProcess('--version');
    await runCliProcess(proc, packageJsonWithVersion('1.0.0'));
    proc.exitCode = 1;
    proc.stdout.emit('error', epipe());
    expect(exits).toEqual([1]);
  });

  it('EPIPE before any exit status is set ends with status 0', async () => {
    const { proc, exits } = fakeProcess('--version');
    const running = runCliProcess(proc, packageJsonWithVersion('1.0.0'));
    proc.stdout.emit('error', epipe());
    expect(exits).toEqual([0]);
    await running;
  });

  it('any other error on stdout is thrown, not swallowed', async () => {
    const { proc, exits } = fakeProcess('--version');
    await runCliProcess(proc, packageJsonWithVersion('1.0.0'));
    const full = Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' });
    expect(() => proc.stdout.emit('error', full)).toThrow('ENOSPC');
    expect(exits).toEqual([]);
  });
});
