import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFailedCase } from '../src/fixtures/formatFixtureReport.js';
import { type LoadedCase, loadFixtureFile } from '../src/fixtures/loadFixtureFile.js';
import { collectFixtureFiles } from '../src/fixtures/collectFixtureFiles.js';
import { runCase } from '../src/fixtures/runFixtures.js';
import { evaluateRequest } from '../src/index.js';

// The clause-by-clause cases of every bundled policy live as data in policies/<id>.fixtures/, run here
// through the same runner as `quality-rewards test`: each file a describe, each heading a describe, each case an it.
const root = new URL('../policies/', import.meta.url).pathname;
const folders = readdirSync(root).filter((name) => name.endsWith('.fixtures'));

const byGroup = (cases: LoadedCase[]) => {
  const groups = new Map<string, LoadedCase[]>();
  for (const c of cases) groups.set(c.group ?? '', [...(groups.get(c.group ?? '') ?? []), c]);
  return groups;
};

describe.each(folders)('%s', (folder) => {
  for (const file of collectFixtureFiles([join(root, folder)])) {
    describe(file.slice(root.length), () => {
      for (const [group, cases] of byGroup(loadFixtureFile(file))) {
        describe(group || '(no heading)', () => {
          it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
            const result = runCase(c, evaluateRequest);
            expect(result.passed, formatFailedCase(result)).toBe(true);
          });
        });
      }
    });
  }
});
