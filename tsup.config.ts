import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

// The library: ESM + CJS + .d.ts. zod stays external because it is a dependency.
// The CLI: ESM with a shebang; its subcommands load lazily as split chunks, and every import of the
// library entry (src/index.ts) stays an import of ./index.js, so the CLI and its batch workers use the
// package's one copy of the library instead of bundling a second.
// The two builds run side by side, so neither cleans dist/: `npm run build` empties it first.
const libraryEntry = resolve('src/index.ts');
// Likewise the `test` subcommand uses the package's `quality-rewards/fixtures` entry (./fixtures.js).
const fixturesEntry = resolve('src/fixtures/index.ts');

export default defineConfig([
  {
    // `quality-rewards/fixtures` is its own entry so that only it loads the YAML parser.
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts' },
    format: ['esm', 'cjs'],
    // Each entry stands alone: no chunk shared between the library and the fixture runner.
    splitting: false,
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.ts', batchWorker: 'src/cli/batch/batchWorker.ts' },
    format: ['esm'],
    splitting: true,
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    clean: false,
    target: 'node20',
    esbuildPlugins: [
      {
        name: 'library-entry-external',
        setup(build) {
          build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) => {
            const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
            if (target === libraryEntry) return { path: './index.js', external: true };
            if (target === fixturesEntry) return { path: './fixtures.js', external: true };
            return undefined;
          });
        },
      },
    ],
  },
]);
