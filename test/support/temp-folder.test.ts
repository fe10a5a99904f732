import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './tempFolder.js';

// The tests of a file run one after another, in order: each second test sees what the first left.
describe('tempFolder: a test leaves nothing in the temp directory', () => {
  let made = '';
  it('the folder is there, and writable, while the test that asked for it runs', () => {
    made = tempFolder('qr-temp-folder-');
    writeFileSync(join(made, 'a.txt'), 'x');
    expect(existsSync(join(made, 'a.txt'))).toBe(true);
  });
  it('once that test has ended, the folder and what was in it are gone', () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });
});

let collected = '';
describe('tempFolder asked for while a block is collected', () => {
  collected = tempFolder('qr-temp-folder-');
  it('is there for every test of the block', () => {
    expect(existsSync(collected)).toBe(true);
  });
  it('and still there for the next', () => {
    expect(existsSync(collected)).toBe(true);
  });
});

describe('once that block is done', () => {
  it('its folder is gone', () => {
    expect(collected).not.toBe('');
    expect(existsSync(collected)).toBe(false);
  });
});
