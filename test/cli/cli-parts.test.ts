import { readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliFailure, usageError } from '../../src/cli/cliFailure.js';
import { write } from '../../src/cli/io.js';
import { onePositional, parseOptions, required } from '../../src/cli/parseOptions.js';
import { READING_FLAG_HELP, readingsFromFlags, withReadings } from '../../src/cli/readingFlags.js';
import { cli } from '../support/runCliInProcess.js';
import { thrownBy } from '../support/thrownBy.js';
import { describeIoError, parseJson, readInput } from '../../src/cli/readInput.js';
import { requestFromInput } from '../../src/cli/requestFromInput.js';

/** The parts of the command line below the commands: flags, input, request envelope, output. */
const failure = (call: () => unknown): CliFailure => thrownBy(CliFailure, call);

describe('CliFailure', () => {
  it('a usage error exits 2, anything else 1; both are named CliFailure', () => {
    expect([usageError('x').exitCode, new CliFailure('y').exitCode]).toEqual([2, 1]);
    expect(usageError('x').name).toBe('CliFailure');
  });
});

describe('--reading flags', () => {
  it('none given: no readings', () => {
    expect(readingsFromFlags(undefined)).toBeUndefined();
    expect(readingsFromFlags([])).toBeUndefined();
  });
  it('the commands that take it explain it in their help', async () => {
    for (const command of ['evaluate', 'compare']) {
      const help = (await cli([command, '--help'])).out;
      expect(help).toContain(READING_FLAG_HELP);
      expect(READING_FLAG_HELP).toMatch(/^ +--reading <id>=alternative\n.*what-if.*\n.*readingsSwitched$/);
    }
  });
  it('an id of one character is an id', () => {
    expect(readingsFromFlags(['a=chosen'])).toEqual({ a: 'chosen' });
  });
  it('id=alternative and id=chosen, the last = splitting (an id may hold =)', () => {
    expect(readingsFromFlags(['a.b=alternative', 'x=y=chosen'])).toEqual({ 'a.b': 'alternative', 'x=y': 'chosen' });
  });
  it.each([['=alternative'], ['alternative'], ['a=other'], ['a=']])('%s is a usage error naming the flag', (flag) => {
    const e = failure(() => readingsFromFlags([flag]));
    expect([e.exitCode, e.message]).toEqual([2, `--reading expects <id>=alternative or <id>=chosen, not '${flag}'`]);
  });
  it('the flags’ readings go over the file’s, the file’s other options kept', () => {
    expect(withReadings({ history: [], readings: { a: 'alternative', b: 'chosen' } }, { b: 'alternative' })).toEqual({
      history: [],
      readings: { a: 'alternative', b: 'alternative' },
    });
  });
  it('no flags: the options as given, even when they are not an object', () => {
    expect(withReadings('odd', undefined)).toBe('odd');
  });
  it('options that are not an object, or readings that are not one: only the flags’ readings', () => {
    for (const options of [null, 'odd', { readings: null }, { readings: 'x' }]) {
      const r = withReadings(options, { a: 'alternative' }) as Record<string, unknown>;
      expect(r['readings']).toEqual({ a: 'alternative' });
    }
  });
});

describe('requestFromInput', () => {
  const flags = { jurisdiction: 'changle', date: '2024-06-01' };
  it('one achievement: wrapped as achievement; a list: as achievements', () => {
    expect(requestFromInput({ kind: 'x' }, flags)).toEqual({ achievement: { kind: 'x' }, ...flags });
    expect(requestFromInput([{ kind: 'x' }], flags)).toEqual({ achievements: [{ kind: 'x' }], ...flags });
  });
  it('an envelope is taken as it is, the flags over its jurisdiction and date', () => {
    const envelope = { id: 'r1', achievements: [], jurisdiction: 'zhengzhou', date: '2020-01-01' };
    expect(requestFromInput(envelope, flags)).toEqual({ ...envelope, ...flags });
    expect(requestFromInput({ achievement: {}, jurisdiction: 'j', date: 'd' }, {})).toEqual({
      achievement: {},
      jurisdiction: 'j',
      date: 'd',
    });
  });
  it('a list holding an achievement key is still a portfolio, not an envelope', () => {
    const list = Object.assign([{ kind: 'x' }], { achievement: 1 });
    expect(requestFromInput(list, flags)['achievements']).toBe(list);
  });
  it('null is an achievement (for evaluate to refuse), not an envelope', () => {
    expect(requestFromInput(null, flags)).toEqual({ achievement: null, ...flags });
  });
  it('without a jurisdiction or a date anywhere: a usage error naming the flag', () => {
    expect(failure(() => requestFromInput({}, { date: 'd' })).message).toBe('missing required option --jurisdiction');
    expect(failure(() => requestFromInput({}, { jurisdiction: 'j' })).message).toBe('missing required option --date');
  });
  it('--assume-start-date joins the envelope’s options, or makes them', () => {
    const assumed = { ...flags, assumeStartDate: '2020-01-01' };
    expect(requestFromInput({ achievement: {}, options: { history: [] } }, assumed)['options']).toEqual({
      history: [],
      assumeStartDate: '2020-01-01',
    });
    expect(requestFromInput({ achievement: {}, options: null }, assumed)['options']).toEqual({
      assumeStartDate: '2020-01-01',
    });
    expect(requestFromInput({ achievement: {}, options: 'x' }, assumed)['options']).toEqual({
      assumeStartDate: '2020-01-01',
    });
    expect(requestFromInput({ achievement: {} }, flags)).not.toHaveProperty('options');
  });
});

describe('readInput, parseJson, describeIoError', () => {
  it('stdin when the name is - or omitted with piped input; a terminal without a file is a usage error', async () => {
    const piped = () => Object.assign(new PassThrough(), { isTTY: false });
    const io = (stdin: PassThrough) => ({ stdin, stdout: new PassThrough(), stderr: new PassThrough(), env: {} });
    const a = piped();
    a.end('{"a":1}');
    expect(await readInput('-', io(a))).toEqual({ text: '{"a":1}', source: 'stdin' });
    const b = piped();
    b.end('x');
    expect(await readInput(undefined, io(b))).toEqual({ text: 'x', source: 'stdin' });
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    await expect(readInput(undefined, io(tty))).rejects.toMatchObject({ exitCode: 2 });
  });
  it('a file is read and named as the source', async () => {
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
    const read = await readInput('package.json', io);
    expect(read).toEqual({ text: readFileSync('package.json', 'utf8'), source: 'package.json' });
  });
  it('file-system errors in a few words; others by their message', () => {
    expect(
      ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR'].map((code) => describeIoError(Object.assign(new Error('m'), { code }))),
    ).toEqual(['no such file or directory', 'permission denied', 'is a directory', 'not a directory']);
    expect(describeIoError(Object.assign(new Error('disk on fire'), { code: 'EIO' }))).toBe('disk on fire');
    expect(describeIoError('plain')).toBe('plain');
  });
  it('bad JSON names the source; several JSON lines (NDJSON) point to batch', () => {
    const hint = 'use `quality-rewards batch` for many requests';
    expect(failure(() => parseJson({ text: '{"a":1}\n\n{"b":2}\n', source: 'in.json' })).message).toContain(hint);
    expect(failure(() => parseJson({ text: '{"a":1', source: 'in.json' })).message).toMatch(
      /^in\.json is not valid JSON: /,
    );
    expect(failure(() => parseJson({ text: '{"a":1}\n  \n{"b":2}', source: 'in.json' })).message).toContain(hint);
    expect(failure(() => parseJson({ text: '{"a":1\n', source: 'x' })).message).not.toContain(hint);
    let reason = '';
    try {
      JSON.parse('{"a":1\n');
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(failure(() => parseJson({ text: '{"a":1\n', source: 'x' })).message).toBe(`x is not valid JSON: ${reason}`);
    expect(failure(() => parseJson({ text: '{"a":1}\nnope', source: 'x' })).message).not.toContain(hint);
  });
});

describe('parseOptions', () => {
  it('a parse error becomes a usage error: its first sentence, without the full stop', () => {
    const e = failure(() => parseOptions(['--nope'], { date: { type: 'string' } }));
    expect([e.exitCode, e.message]).toEqual([2, "Unknown option '--nope'"]);
  });
  it('a required option missing names the flag; one positional at most', () => {
    expect(required('x', '--date')).toBe('x');
    expect(failure(() => required(undefined, '--date')).message).toBe('missing required option --date');
    expect(onePositional(['a'])).toBe('a');
    expect(failure(() => onePositional(['a', 'b'])).message).toBe("unexpected argument 'b'");
  });
  it('a flag holding a dot keeps it: only a full stop at the end of the sentence goes', () => {
    expect(failure(() => parseOptions(['--a.b'], { date: { type: 'string' } })).message).toBe("Unknown option '--a.b'");
  });
  it('a message of several sentences over lines: the first', () => {
    const e = failure(() => parseOptions(['--date', '-x'], { date: { type: 'string' } }));
    expect(e.message).toBe("Option '--date' argument is ambiguous");
  });
  it('a coded error that is not a parse error (options parseArgs refuses) passes through unchanged', () => {
    let thrown: unknown;
    try {
      parseOptions([], { date: { type: 'string', short: 'long' } } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).not.toBeInstanceOf(CliFailure);
    expect(thrown).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });
  it('an error that is not a parse error passes through unchanged', () => {
    const options = {
      get date(): never {
        throw new TypeError('boom');
      },
    } as never;
    expect(() => parseOptions([], options)).toThrow(new TypeError('boom'));
  });
});

describe('write: waits while the output is full', () => {
  it('to a destroyed stream: its error, or one saying the output was closed', () => {
    const closed = new PassThrough();
    closed.destroy();
    expect(() => write(closed, 'x')).toThrow('the output was closed');
    const broken = new PassThrough();
    broken.on('error', () => {});
    broken.destroy(new Error('EPIPE'));
    expect(() => write(broken, 'x')).toThrow('EPIPE');
  });
  it('a full stream: resolves on drain; rejects on error; listeners removed after', async () => {
    const slow = new Writable({ highWaterMark: 1, write: (_c, _e, cb) => setTimeout(cb, 1) });
    await write(slow, 'abc');
    expect(['drain', 'error', 'close'].map((e) => slow.listenerCount(e))).toEqual([0, 0, 0]);
    const failing = new Writable({
      highWaterMark: 1,
      write: (_c, _e, cb) => setTimeout(() => cb(new Error('disk full')), 1),
    });
    failing.on('error', () => {});
    await expect(write(failing, 'abc')).rejects.toThrow('disk full');
    expect(['drain', 'close'].map((e) => failing.listenerCount(e))).toEqual([0, 0]);
  });
  it('a full stream that closes: resolves', async () => {
    const stuck = new Writable({ highWaterMark: 1, write: () => {} });
    const pending = write(stuck, 'abc');
    stuck.destroy();
    await expect(pending).resolves.toBeUndefined();
    expect(['drain', 'error'].map((e) => stuck.listenerCount(e))).toEqual([0, 0]);
  });
});
