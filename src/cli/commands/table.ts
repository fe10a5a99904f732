import { getPolicy, renderPolicyTable } from '../../index.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions, required } from '../parseOptions.js';

/** `table`: one policy as a reviewer's table. */
export const command: Command = {
  name: 'table',
  summary: '政策审阅表（Markdown）/ a policy as a reviewer’s table',
  usage: `Usage: quality-rewards table <policyId>

  把一个政策的数据排成 Markdown 审阅表（条款 × 条件 × 金额 × 解读）。
  Prints a policy as a Markdown table: clause × condition × amount × reading.
  The ids are those of \`quality-rewards policies\`.

Example: quality-rewards table <policyId>   (ids: quality-rewards policies)
`,
  async run(argv, io) {
    const { positionals } = parseOptions(argv, {});
    const id = required(onePositional(positionals), '<policyId>');
    await write(io.stdout, renderPolicyTable(getPolicy(id)));
    return 0;
  },
};
