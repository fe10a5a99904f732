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
// The CLI: one ESM file with a shebang (zod stays external there too).
// The two builds run side by side, so neither cleans dist/: `npm run build` empties it first.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      engine: 'src/entries/engine.ts',
      vocabulary: 'policies/entries/vocabulary.ts',
      ...Object.fromEntries(POLICY_IDS.map((id) => [`policies/${id}`, `policies/entries/${id}.ts`])),
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    clean: false,
    target: 'node20',
  },
]);
