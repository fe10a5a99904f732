import { resolve } from 'node:path';
import { defineConfig } from 'tsup';
import { changle2020 } from './policies/changle-2020.js';
import { minhang2022 } from './policies/minhang-2022.js';
import { shenzhenDraft } from './policies/shenzhen-draft.js';
import { taizhou2023 } from './policies/taizhou-2023.js';
import { vocabulary } from './policies/vocabulary.js';
import { zhengzhou2019 } from './policies/zhengzhou-2019.js';
import { defineLibrary } from './src/engine/library.js';

// The bundled data is validated here, once, at build time (and by the tests), so that importing the
// package does not validate it again: a bad data file fails the build with a PolicyDataError.
defineLibrary({ kinds: vocabulary, policies: [changle2020, minhang2022, shenzhenDraft, taizhou2023, zhengzhou2019] });

/** Each bundled policy on its own entry point, `quality-rewards/policies/<id>`. */
const POLICY_IDS = ['changle-2020', 'minhang-2022', 'shenzhen-draft', 'taizhou-2023', 'zhengzhou-2019'];

// The library: ESM + CJS + .d.ts, with the engine, the vocabulary and each policy as entries of their
// own; code shared by the entries goes to shared chunks, so a class such as QualityRewardsError is one
// class whichever entries a caller imports. zod stays external because it is a dependency.
// The CLI: ESM with a shebang; its subcommands load lazily as split chunks, and every import of the
// library entry (src/index.ts) stays an import of ./index.js, so the CLI and its batch workers use the
// package's one copy of the library instead of bundling a second.
// The two builds run side by side, so neither cleans dist/: `npm run build` empties it first.
const libraryEntry = resolve('src/index.ts');
// Likewise the `test` subcommand uses the package's `quality-rewards/fixtures` entry (./fixtures.js).
const fixturesEntry = resolve('src/fixtures/index.ts');

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      // `quality-rewards/fixtures` is its own entry so that only it loads the YAML parser.
      fixtures: 'src/fixtures/index.ts',
      engine: 'src/entries/engine.ts',
      vocabulary: 'policies/entries/vocabulary.ts',
      ...Object.fromEntries(POLICY_IDS.map((id) => [`policies/${id}`, `policies/entries/${id}.ts`])),
    },
    format: ['esm', 'cjs'],
    splitting: true,
    // The library's shared chunks live under dist/lib/, apart from the CLI's own chunks.
    esbuildOptions(options) {
      options.chunkNames = 'lib/[name]-[hash]';
      // Chinese text as UTF-8, not \u escapes: files half the size, read faster at import.
      options.charset = 'utf8';
    },
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    // The few date-fns functions the calendar uses are bundled in: as dependencies they are some twenty
    // modules Node resolves, reads and links one by one at every import, for a few kB of code.
    noExternal: [/^date-fns(\/|$)/, /^@date-fns\//],
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
