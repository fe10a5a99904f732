import type { Command } from './command.js';

/**
 * Every subcommand, loaded only when asked for, so that `--version` and `--help` of one command do not
 * load the library. Adding a subcommand is one line here and one module under `commands/`.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<{ readonly command: Command }>>> = {
  evaluate: () => import('./commands/evaluate.js'),
  batch: () => import('./commands/batch.js'),
  compare: () => import('./commands/compare.js'),
  calendar: () => import('./commands/calendar.js'),
  policies: () => import('./commands/policies.js'),
  kinds: () => import('./commands/kinds.js'),
  table: () => import('./commands/table.js'),
  tables: () => import('./commands/tables.js'),
  schema: () => import('./commands/schema.js'),
  test: () => import('./commands/test.js'),
  serve: () => import('./commands/serve.js'),
};
