import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
/** What the build reads: when any is newer than dist/cli.js, the package is built again. */
const BUILD_INPUTS = ['src', 'policies', 'package.json', 'tsup.config.ts'];

let cached: Promise<string> | undefined;

/**
 * The package as a user gets it: `npm pack` of the built package (built first if dist/ is missing or
 * older than the source), installed from the tarball into a scratch project, whose path is returned;
 * `npx quality-rewards …` run there uses the installed bin. One pack per build: the scratch project is
 * kept in the temp directory under a hash of what was packed, and a lock makes test files running at
 * the same time wait for the first one instead of packing again.
 */
export function packedPackage(): Promise<string> {
  cached ??= withLock(join(tmpdir(), `quality-rewards-pack-${hash(root).slice(0, 12)}.lock`), prepare);
  return cached;
}

async function prepare(): Promise<string> {
  if (isStale()) await run('npm', ['run', 'build'], { cwd: root, maxBuffer: 64 << 20 });
  const key = hash(
    [...files(join(root, 'dist')), join(root, 'package.json'), join(root, 'README.md')]
      .map((f) => `${relative(root, f)}\0${hash(readFileSync(f))}`)
      .join('\n'),
  ).slice(0, 16);
  const dir = join(tmpdir(), `quality-rewards-packed-${key}`);
  pruneOldPacks();
  const project = join(dir, 'project');
  if (existsSync(join(dir, 'ready'))) return project;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, maxBuffer: 64 << 20 });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', join(dir, filename)], {
    cwd: project,
    maxBuffer: 64 << 20,
  });
  writeFileSync(join(dir, 'ready'), '');
  return project;
}

/** Scratch projects of earlier builds pile up in the temp directory: those older than a day go. */
function pruneOldPacks(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('quality-rewards-packed-')) continue;
    const path = join(tmpdir(), name);
    if (Date.now() - statSync(path).mtimeMs > 24 * 60 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

function isStale(): boolean {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'index.js'))) return true;
  const built = statSync(cli).mtimeMs;
  return BUILD_INPUTS.flatMap((p) => files(join(root, p))).some((f) => statSync(f).mtimeMs > built);
}

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => files(join(path, e.name)))
    .sort();
}

function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Runs `work` holding a lock directory; waits (up to 30 minutes) while another process holds it. */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a process that died long ago is broken.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 30 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
