import { defineConfig } from 'tsup';

// The library: ESM + CJS + .d.ts. zod stays external because it is a dependency.
// The CLI: one ESM file with a shebang (zod stays external there too).
// The two builds run side by side, so neither cleans dist/: `npm run build` empties it first.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
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
