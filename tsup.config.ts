import { defineConfig } from 'tsup';

// ESM + CJS + .d.ts from one entry; zod and date-fns stay external because they are dependencies.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
});
