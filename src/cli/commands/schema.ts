import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchema } from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions } from '../parseOptions.js';

/** `schema`: a JSON Schema generated from the library's zod schemas. */
export const command: Command = {
  name: 'schema',
  summary: '输出 JSON Schema / print a JSON Schema of an input or output',
  usage: `Usage: quality-rewards schema [name]

  由库的 zod 模式生成的 JSON Schema（从不手写）。不给 name 则列出全部名称。
  A JSON Schema generated from the library's zod schemas. Without a name, lists the names.

  names: ${JSON_SCHEMA_NAMES.join(', ')}

Example: quality-rewards schema evaluate-request
`,
  async run(argv, io) {
    const { positionals } = parseOptions(argv, {});
    const name = onePositional(positionals);
    if (name === undefined) return (await write(io.stdout, `${JSON_SCHEMA_NAMES.join('\n')}\n`), 0);
    if (!(JSON_SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw usageError(`unknown schema '${name}' (one of: ${JSON_SCHEMA_NAMES.join(', ')})`);
    }
    await write(io.stdout, `${JSON.stringify(jsonSchema(name as JsonSchemaName), null, 2)}\n`);
    return 0;
  },
};
