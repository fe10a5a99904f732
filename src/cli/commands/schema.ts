import { z } from 'zod';
import {
  comparisonSchema,
  JSON_SCHEMA_NAMES,
  jsonSchema,
  type JsonSchemaName,
  policyCalendarSchema,
} from '../../index.js';
import { usageError } from '../cliFailure.js';
import type { Command } from '../command.js';
import { write } from '../io.js';
import { onePositional, parseOptions } from '../parseOptions.js';

/**
 * The outputs of `compare` and `calendar`, beside the package's own contracts. The output side is
 * `z.toJSONSchema`'s default, and both schemas are plain data (nothing unrepresentable to let through).
 */
const CLI_OUTPUTS: Readonly<Record<string, () => Record<string, unknown>>> = {
  comparison: () => z.toJSONSchema(comparisonSchema),
  'policy-calendar': () => z.toJSONSchema(policyCalendarSchema),
};
const NAMES = [...JSON_SCHEMA_NAMES, ...Object.keys(CLI_OUTPUTS)];

/** `schema`: a JSON Schema generated from the library's zod schemas. */
export const command: Command = {
  name: 'schema',
  summary: '输出 JSON Schema / print a JSON Schema of an input or output',
  usage: `Usage: quality-rewards schema [name]

  由库的 zod 模式生成的 JSON Schema（从不手写）。不给 name 则列出全部名称。
  A JSON Schema generated from the library's zod schemas. Without a name, lists the names.

  names: ${NAMES.join(', ')}

Example: quality-rewards schema evaluate-request
`,
  async run(argv, io) {
    const { positionals } = parseOptions(argv, {});
    const name = onePositional(positionals);
    if (name === undefined) return (await write(io.stdout, `${NAMES.join('\n')}\n`), 0);
    const cliOutput = Object.hasOwn(CLI_OUTPUTS, name) ? CLI_OUTPUTS[name] : undefined;
    if (cliOutput === undefined && !(JSON_SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw usageError(`unknown schema '${name}' (one of: ${NAMES.join(', ')})`);
    }
    const json = cliOutput ? cliOutput() : jsonSchema(name as JsonSchemaName);
    await write(io.stdout, `${JSON.stringify(json, null, 2)}\n`);
    return 0;
  },
};
