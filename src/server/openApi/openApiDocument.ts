import { DEFAULT_SERVER_LIMITS } from '../serverLimits.js';
import { COMPONENT_SCHEMAS } from './componentSchemas.js';
import { OPERATIONS } from './operations.js';
import { rehomeReferences } from './rehomeReferences.js';

type JsonObject = { [key: string]: unknown };

/**
 * The OpenAPI 3.1 document of the service, served at `/openapi.json`. Every schema in it is generated
 * from the zod schema the code validates with (`z.toJSONSchema`); only the list of operations is
 * written here. A schema's own `$defs` become components of their own (`Result.Award`), so that every
 * `$ref` resolves from the document's root.
 */
export function openApiDocument(version: string): JsonObject {
  const schemas: JsonObject = {};
  for (const [name, generate] of Object.entries(COMPONENT_SCHEMAS)) {
    const { $schema: _dialect, $defs, ...rest } = generate();
    for (const [def, body] of Object.entries(($defs ?? {}) as JsonObject)) {
      schemas[`${name}.${def}`] = rehomeReferences(body, name);
    }
    schemas[name] = rehomeReferences(rest, name);
  }
  const limits = DEFAULT_SERVER_LIMITS;
  return {
    openapi: '3.1.0',
    info: {
      title: 'quality-rewards',
      version,
      summary: '质量提升奖励政策计算 / Chinese local quality-reward policies as exact, explainable numbers',
      description: [
        'A stateless JSON service: every answer depends on the request alone, so instances can run side by side behind any load balancer.',
        `Limits: JSON bodies up to ${limits.jsonBodyBytes} bytes, batch bodies up to ${limits.batchBodyBytes} bytes with lines up to ${limits.batchLineBytes} bytes (413 beyond); headers within ${limits.headersTimeoutMs} ms, a JSON body within ${limits.requestTimeoutMs} ms and no pause in a body over ${limits.bodyIdleTimeoutMs} ms (408).`,
        "Errors are RFC 9457 problem details (application/problem+json); input errors carry the library's `issues`. Accept-Language (zh-CN or en) chooses the language of `title` and `detail`; `issues` always carry both.",
      ].join('\n\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: OPERATIONS,
    components: { schemas },
  };
}
