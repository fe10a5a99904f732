import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatResult } from '../explain/formatResult.js';
import { renderPolicyTable } from '../explain/renderPolicyTable.js';
import { QualityRewardsError } from '../errors/QualityRewardsError.js';
import type { Evaluator } from '../api/createEvaluator.js';

const USAGE = `quality-rewards — 质量提升奖励政策计算 / quality-reward policies as numbers

  quality-rewards evaluate <file.json|-> --jurisdiction <code|slug|name> --date <YYYY-MM-DD> [--text]
      file: one achievement, a list, or { "achievement": …, "history": [...], "assumeStartDate": "…" }
  quality-rewards policies          list the bundled policies
  quality-rewards kinds             list the achievement vocabulary
  quality-rewards table <policyId>  print a policy as a reviewer's table (Markdown)
  quality-rewards tables <dir>      write <dir>/<policyId>.table.md for every bundled policy
`;

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string | 0) => string;
  readonly writeFile: (path: string, text: string) => void;
}

/** The real process streams and files. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
};

/**
 * Runs one CLI command and returns the exit code: 0 done, 1 bad input (the typed issues are printed
 * as JSON on stderr), 2 usage.
 */
export function runCli(evaluator: Evaluator, args: readonly string[], io: CliIo): number {
  try {
    return run(evaluator, args, io);
  } catch (error) {
    if (error instanceof QualityRewardsError) {
      io.err(`${JSON.stringify(error.issues, null, 2)}\n`);
      return 1;
    }
    if (error instanceof SyntaxError) {
      io.err(`invalid JSON: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function run(evaluator: Evaluator, args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  const json = (value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);
  if (command === 'policies') return (json(evaluator.listPolicies()), 0);
  if (command === 'kinds') return (json(evaluator.listAchievementKinds()), 0);
  if (command === 'table' && rest[0]) return (io.out(renderPolicyTable(evaluator.getPolicy(rest[0]))), 0);
  if (command === 'tables' && rest[0]) {
    for (const { id } of evaluator.listPolicies()) {
      io.writeFile(join(rest[0], `${id}.table.md`), renderPolicyTable(evaluator.getPolicy(id)));
    }
    return 0;
  }
  if (command === 'evaluate' && rest[0]) {
    const raw = JSON.parse(io.readFile(rest[0] === '-' ? 0 : rest[0])) as unknown;
    const { achievement, options } = unwrap(raw);
    const result = evaluator.evaluate(
      achievement as never,
      option(rest, '--jurisdiction') ?? '',
      option(rest, '--date') ?? '',
      options as never,
    );
    if (rest.includes('--text')) io.out(formatResult(result));
    else json(result);
    return 0;
  }
  io.err(USAGE);
  return 2;
}

/** A file holds the achievement(s) alone, or `{ achievement, history?, assumeStartDate? }`. */
function unwrap(raw: unknown): { achievement: unknown; options: unknown } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('achievement' in raw)) {
    return { achievement: raw, options: undefined };
  }
  const { achievement, ...options } = raw as { achievement: unknown };
  return { achievement, options };
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
