import { z } from 'zod';
import {
  achievementSchema,
  evaluateOptionsSchema,
  evaluateRequestSchema,
  kindDefinitionSchema,
  policyCalendarSchema,
  policySchema,
} from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions } from '../parseOptions.js';

/** The contracts a caller writes or reads, by the name `schema <name>` takes. */
const SCHEMAS: Readonly<Record<string, { schema: z.ZodType; io: 'input' | 'output' }>> = {
  achievement: { schema: achievementSchema, io: 'input' },
  'evaluate-options': { schema: evaluateOptionsSchema, io: 'input' },
  'evaluate-request': { schema: evaluateRequestSchema, io: 'input' },
  policy: { schema: policySchema, io: 'input' },
  kind: { schema: kindDefinitionSchema, io: 'input' },
  'policy-calendar': { schema: policyCalendarSchema, io: 'output' },
};

/** `schema`: a JSON Schema generated from the library's zod schemas. */
export const command: Command = {
  name: 'schema',
  summary: '输出 JSON Schema / print a JSON Schema of an input or output',
  usage: `Usage: quality-rewards schema [name]

  由库的 zod 模式生成的 JSON Schema（从不手写）。不给 name 则列出全部名称。
  A JSON Schema generated from the library's zod schemas. Without a name, lists the names.

  names: ${Object.keys(SCHEMAS).join(', ')}

Example: quality-rewards schema evaluate-request
`,
  async run(argv, io) {
    const { positionals } = parseOptions(argv, {});
    const name = onePositional(positionals);
    if (name === undefined) return (await write(io.stdout, `${Object.keys(SCHEMAS).join('\n')}\n`), 0);
    const entry = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
    if (entry === undefined) {
      throw usageError(`unknown schema '${name}' (one of: ${Object.keys(SCHEMAS).join(', ')})`);
    }
    const json = z.toJSONSchema(entry.schema, { io: entry.io, unrepresentable: 'any' });
    await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
    return 0;
  },
};
