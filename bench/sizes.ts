import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Minified and gzipped size of a bundle, in bytes. */
export interface Size {
  readonly min: number;
  readonly gz: number;
}

/** Leaves the policy data files out of a bundle, to weigh the engine alone. */
const withoutPolicyData: Plugin = {
  name: 'without-policy-data',
  setup(b) {
    b.onResolve({ filter: /(^|\/)policies\// }, (args) => ({ path: args.path, external: true }));
  },
};

async function bundle(
  contents: string,
  options: { external: string[]; plugins: Plugin[]; browser: boolean },
): Promise<Size> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: options.browser ? 'browser' : 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    external: options.external,
    plugins: options.plugins,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.byteLength, gz: gzipSync(code, { level: 9 }).byteLength };
}

/** What a page for one city ships: the engine, the vocabulary, one policy, and zod. */
export const ONE_CITY_ENTRY = `
import { bundledLibrary, createEvaluator } from './src/entries/engine.ts';
import { vocabulary } from './policies/entries/vocabulary.ts';
import { policy } from './policies/entries/changle-2020.ts';
export const { evaluate } = createEvaluator(bundledLibrary({ kinds: vocabulary, policies: [policy] }));
`;

/**
 * The package's code (everything the main entry exports, without policy data and without zod), the
 * engine entry, one city's browser bundle including zod, and the whole package for a browser, all
 * minified by esbuild and gzipped.
 */
export async function measureSizes(): Promise<Record<string, Size>> {
  return {
    'package code (main entry, no policy data, no zod)': await bundle(`export * from './src/index.ts';`, {
      external: ['zod', 'zod/*'],
      plugins: [withoutPolicyData],
      browser: false,
    }),
    'engine entry (quality-rewards/engine, no zod)': await bundle(`export * from './src/entries/engine.ts';`, {
      external: ['zod', 'zod/*'],
      plugins: [],
      browser: false,
    }),
    'one-city browser bundle (incl. zod)': await bundle(ONE_CITY_ENTRY, { external: [], plugins: [], browser: true }),
    'whole package, browser (incl. zod)': await bundle(`export * from './src/index.ts';`, {
      external: [],
      plugins: [],
      browser: true,
    }),
  };
}
