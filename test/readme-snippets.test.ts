import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { evaluate, jsonSchema, LIMITS } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');

/** Every ```ts block of the README. */
const snippets = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

/**
 * Type-checks the snippets as a caller's files would be, with the project's strict options
 * (noUncheckedIndexedAccess included) and `quality-rewards` resolved to the sources.
 */
function diagnosticsOf(texts: readonly string[]): string[][] {
  const config = ts.readConfigFile(`${ROOT}tsconfig.json`, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const compilerOptions: ts.CompilerOptions = {
    ...options,
    noEmit: true,
    // A snippet shows a value by writing it on its own line; unused names are part of the illustration.
    noUnusedLocals: false,
    paths: {
      'quality-rewards': [`${ROOT}src/index.ts`],
      'quality-rewards/engine': [`${ROOT}src/entries/engine.ts`],
      'quality-rewards/vocabulary': [`${ROOT}policies/entries/vocabulary.ts`],
      'quality-rewards/policies/*': [`${ROOT}policies/entries/*.ts`],
    },
  };
  const files = new Map(texts.map((text, i) => [`${ROOT}readme-snippet-${i}.ts`, `${text}\nexport {};\n`]));
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], compilerOptions, host);
  // Only the snippets are checked (the sources are checked by `tsc`); their imports are resolved lazily.
  return [...files.keys()]
    .map((name) => program.getSourceFile(name) as ts.SourceFile)
    .map((file) =>
      [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
        (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      ),
    );
}

/** A snippet that must not compile: proves the check can fail. */
const BROKEN = `import { evaluate } from 'quality-rewards';\nevaluate(1, 2, 3).awards[0].clause;`;

describe('README: every TypeScript snippet compiles under the project’s strict options', () => {
  it(`the ${snippets.length} \`ts\` snippets type-check (each @ts-expect-error meets its error); a broken one does not`, () => {
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    const diagnostics = diagnosticsOf([...snippets, BROKEN]);
    expect(diagnostics.slice(0, -1).flat()).toEqual([]);
    expect(diagnostics.at(-1)).not.toEqual([]);
  }, 120_000);
  it('and give what their comments say', () => {
    const cqa = {
      kind: 'government_quality_award',
      level: 'national',
      prize: 'award',
      obtainedOn: '2024-05-10',
    } as const;
    expect(README).toContain(`total.text; // '${evaluate(cqa, '长乐区', '2024-06-01').total.text}'`);
    expect(README).toContain(`jsonSchema('result').$schema; // '${String(jsonSchema('result').$schema)}'`);
    expect(README).toContain(`LIMITS.achievements; // ${LIMITS.achievements}`);
  });
});
