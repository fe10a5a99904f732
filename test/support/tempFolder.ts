import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh folder in the OS temp directory, removed with everything in it when the test that asked for
 * it ends (passed or failed) or, asked for while a `describe` is collected, when that block's tests are
 * done: without this, each run of the suite left some forty folders behind.
 */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test (vitest says so by throwing): the folder is collected for a block of tests.
    afterAll(remove);
  }
  return dir;
}
