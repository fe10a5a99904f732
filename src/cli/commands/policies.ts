import { listPolicies } from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { parseOptions } from '../parseOptions.js';
import { textTable } from '../render/textTable.js';

/** `policies`: the bundled policies. */
export const command: Command = {
  name: 'policies',
  summary: '收录的政策 / list the bundled policies',
  usage: `Usage: quality-rewards policies [--text]

  收录的政策：id、地区、状态、施行期间、条款数。The bundled policies: id, jurisdiction, status, window, rules.

      --text   a table instead of JSON
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { text: { type: 'boolean' } });
    if (positionals.length > 0) throw usageError(`unexpected argument '${positionals[0]}'`);
    const policies = listPolicies();
    if (!values.text) return (await write(io.stdout, `${JSON.stringify(policies, null, 2)}\n`), 0);
    const rows = policies.map((p) => [
      p.id,
      `${p.jurisdiction.name} ${p.jurisdiction.code} (${p.jurisdiction.slug})`,
      p.status === 'draft' ? '草案 draft' : '施行 in force',
      `${p.window.start ?? '（空白 blank）'} — ${p.window.end ?? '（无 open）'}`,
      String(p.ruleCount),
    ]);
    await write(io.stdout, textTable(['id', '地区 jurisdiction', '状态 status', '期间 window', '条款 rules'], rows));
    return 0;
  },
};
