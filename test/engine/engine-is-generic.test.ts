import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { library } from '../../policies/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the engine names no jurisdiction and no clause', () => {
  const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const places = library.policies.flatMap((p) => [
    ...p.jurisdiction.names,
    p.jurisdiction.slug,
    p.jurisdiction.code,
    p.id,
  ]);
  it('no file under src/ contains a jurisdiction name, slug, code or policy id', () => {
    const hits = files.flatMap((f) =>
      places.filter((name) => f.text.includes(name)).map((name) => `${f.path}: ${name}`),
    );
    expect(hits).toEqual([]);
  });
  it('no file under src/ contains a clause reference such as 第10条 or 三(二)', () => {
    const clause =
      /第[0-9一二三四五六七八九十]+条|[一二三四五六七八九十]\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）/;
    expect(files.filter((f) => clause.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
