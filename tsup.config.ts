import { defineConfig } from 'tsup';

// The library: ESM + CJS + .d.ts. zod and date-fns stay external because they are dependencies.
// The CLI: one ESM file with a shebang, importing nothing but Node and the bundled library code.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
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
