import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getPolicy, listPolicies, renderPolicyTable } from '../../index.js';
import { CliFailure } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions, required } from '../parseOptions.js';
import { describeIoError } from '../readInput.js';

/** `tables`: every policy's table, one file each. */
export const command: Command = {
  name: 'tables',
  summary: '把全部政策审阅表写入目录 / write every policy’s table into a directory',
  usage: `Usage: quality-rewards tables <dir>

  为每个收录的政策写出 <dir>/<policyId>.table.md（目录不存在则创建）。
  Writes <dir>/<policyId>.table.md for every bundled policy (creating <dir>), and lists the files.

Example: quality-rewards tables policies
`,
  async run(argv, io) {
    const { positionals } = parseOptions(argv, {});
    const dir = required(onePositional(positionals), '<dir>');
    try {
      await mkdir(dir, { recursive: true });
      for (const { id } of listPolicies()) {
        const file = join(dir, `${id}.table.md`);
        await writeFile(file, renderPolicyTable(getPolicy(id)));
        await write(io.stdout, `${file}\n`);
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (typeof e.code !== 'string') throw error;
      throw new CliFailure(`cannot write into ${dir}: ${describeIoError(error)}`);
    }
    return 0;
  },
};
