import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  evaluate,
  formatResult,
  getPolicy,
  listAchievementKinds,
  listPolicies,
  QualityRewardsError,
  renderPolicyTable,
} from './index.js';

const USAGE = `quality-rewards — 质量提升奖励政策计算 / quality-reward policies as numbers

  quality-rewards evaluate <file.json|-> --jurisdiction <code|slug|name> --date <YYYY-MM-DD> [--text]
      file: one achievement, a list, or { "achievement": …, "history": [...], "assumeStartDate": "…" }
  quality-rewards policies          list the bundled policies
  quality-rewards kinds             list the achievement vocabulary
  quality-rewards table <policyId>  print a policy as a reviewer's table (Markdown)
  quality-rewards tables <dir>      write <dir>/<policyId>.table.md for every bundled policy
`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === 'policies') return print(listPolicies());
  if (command === 'kinds') return print(listAchievementKinds());
  if (command === 'table' && rest[0]) {
    process.stdout.write(renderPolicyTable(getPolicy(rest[0])));
    return 0;
  }
  if (command === 'tables' && rest[0]) {
    for (const { id } of listPolicies())
      writeFileSync(join(rest[0], `${id}.table.md`), renderPolicyTable(getPolicy(id)));
    return 0;
  }
  if (command === 'evaluate' && rest[0]) {
    const raw = JSON.parse(readFileSync(rest[0] === '-' ? 0 : rest[0], 'utf8')) as unknown;
    const wrapped = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'achievement' in raw;
    const body = raw as { achievement: never; history?: never; assumeStartDate?: never };
    const options = wrapped
      ? {
          ...(body.history ? { history: body.history } : {}),
          ...(body.assumeStartDate ? { assumeStartDate: body.assumeStartDate } : {}),
        }
      : {};
    const result = evaluate(
      wrapped ? body.achievement : (raw as never),
      option(rest, '--jurisdiction') ?? '',
      option(rest, '--date') ?? '',
      options,
    );
    if (rest.includes('--text')) process.stdout.write(formatResult(result));
    else print(result);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

function print(value: unknown): number {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof QualityRewardsError) {
    process.stderr.write(`${JSON.stringify(error.issues, null, 2)}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
