import { listAchievementKinds, type Vocabulary } from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { parseOptions } from '../parseOptions.js';

/** `kinds`: the achievement vocabulary. */
export const command: Command = {
  name: 'kinds',
  summary: '成果词汇（kind 与 subtype）/ the achievement vocabulary',
  usage: `Usage: quality-rewards kinds [--text]

  全部成果类型 kind 及其子类 subtype。Every achievement kind with its subtypes.

      --text   one line per kind instead of JSON
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { text: { type: 'boolean' } });
    if (positionals.length > 0) throw usageError(`unexpected argument '${positionals[0]}'`);
    const kinds: Vocabulary = listAchievementKinds();
    if (!values.text) return (await write(io.stdout, `${JSON.stringify(kinds, null, 2)}\n`), 0);
    const lines = kinds.map((k) => {
      const subtypes = k.subtypes?.map((s) => s.subtype).join(', ');
      return `${k.kind} — ${k.label.zh} / ${k.label.en}${subtypes ? ` [${subtypes}]` : ''}\n`;
    });
    await write(io.stdout, lines.join(''));
    return 0;
  },
};
