/**
 * The service's operations for the OpenAPI document: paths, parameters and which component each body
 * is. The schemas themselves are generated from zod (see `componentSchemas.ts`).
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const arrayOf = (name: string) => ({ 'application/json': { schema: { type: 'array', items: ref(name) } } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const BODY_ERRORS = {
  '400': problem('Bad input: `issues` name each field at fault (code, path, message in Chinese and English)'),
  '408': problem('The body did not arrive in time'),
  '413': problem('The body is over the limit'),
  '415': problem('The body is not application/json in UTF-8'),
};

const policyId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'A policy id, as /v1/policies lists them',
};

export const OPERATIONS = {
  '/v1/evaluate': {
    post: {
      operationId: 'evaluate',
      summary: '一个申请人的成果在一地一日的奖励 / Evaluate one applicant in one jurisdiction on one date',
      description:
        'The request envelope is the one of a `batch` line: `{ id?, achievement | achievements, jurisdiction, date, options? }`.',
      requestBody: { required: true, content: json('EvaluateRequest') },
      responses: {
        '200': {
          description:
            'The evaluation: total, awards with clause and quote, rewards not paid, undetermined ones, warnings',
          content: json('EvaluationResult'),
        },
        ...BODY_ERRORS,
      },
    },
  },
  '/v1/compare': {
    post: {
      operationId: 'compare',
      summary: '同一成果在多地的奖励 / One applicant against several jurisdictions, or all',
      requestBody: { required: true, content: json('CompareRequest') },
      responses: {
        '200': { description: 'One result per jurisdiction, in the order asked', content: json('Comparison') },
        ...BODY_ERRORS,
      },
    },
  },
  '/v1/batch': {
    post: {
      operationId: 'batch',
      summary: '批量：NDJSON 进，NDJSON 出 / NDJSON in, NDJSON out, streamed',
      description:
        'One EvaluateRequest per line. One answer per non-blank line, in input order: `{ line, id?, ok: true, result }` (result: EvaluationResult) or `{ line, id?, ok: false, issues }`; a bad line does not stop the batch.',
      requestBody: {
        required: true,
        content: { 'application/x-ndjson': { schema: { type: 'string' }, 'x-line-schema': ref('EvaluateRequest') } },
      },
      responses: {
        '200': {
          description: 'One JSON answer per line, streamed',
          content: { 'application/x-ndjson': { schema: { type: 'string' } } },
        },
        '413': BODY_ERRORS['413'],
        '415': BODY_ERRORS['415'],
      },
    },
  },
  '/v1/policies': {
    get: {
      operationId: 'listPolicies',
      summary: '收录的政策 / The bundled policies',
      responses: { '200': { description: 'One summary per policy', content: arrayOf('PolicyListing') } },
    },
  },
  '/v1/policies/{id}': {
    get: {
      operationId: 'getPolicy',
      summary: "一个政策的完整数据 / A policy's full data",
      parameters: [policyId],
      responses: {
        '200': { description: 'The frozen policy data', content: json('Policy') },
        '404': problem('No policy with this id (issue `unknown_policy`)'),
      },
    },
  },
  '/v1/policies/{id}/table': {
    get: {
      operationId: 'getPolicyTable',
      summary: '审阅表 / The reviewer table (clause × condition × amount)',
      parameters: [policyId],
      responses: {
        '200': { description: 'Markdown', content: { 'text/markdown': { schema: { type: 'string' } } } },
        '404': problem('No policy with this id'),
      },
    },
  },
  '/v1/jurisdictions': {
    get: {
      operationId: 'listJurisdictions',
      summary: '地区及其名称 / Jurisdictions and the names they answer to',
      responses: {
        '200': { description: 'Every jurisdiction with a policy', content: arrayOf('JurisdictionListing') },
      },
    },
  },
  '/v1/calendar': {
    get: {
      operationId: 'policyCalendar',
      summary: "政策日历 / Every policy's status on a date",
      parameters: [
        {
          name: 'date',
          in: 'query',
          required: true,
          schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          description: 'YYYY-MM-DD',
        },
        {
          name: 'within',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 0 },
          description: 'Days ahead for "starts / ends soon" (default 90)',
        },
      ],
      responses: { '200': { description: 'The calendar', content: json('PolicyCalendar') }, '400': BODY_ERRORS['400'] },
    },
  },
  '/v1/kinds': {
    get: {
      operationId: 'listAchievementKinds',
      summary: '成果词汇 / The achievement vocabulary',
      responses: { '200': { description: 'Every kind with its subtypes', content: json('Vocabulary') } },
    },
  },
  '/v1/schemas': {
    get: {
      operationId: 'listJsonSchemas',
      summary: 'JSON Schema 名称 / The names of the published JSON Schemas',
      responses: {
        '200': {
          description: 'Names for /v1/schemas/{name}',
          content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
        },
      },
    },
  },
  '/v1/schemas/{name}': {
    get: {
      operationId: 'getJsonSchema',
      summary: 'JSON Schema（由 zod 生成）/ A JSON Schema, generated from zod',
      parameters: [
        {
          name: 'name',
          in: 'path',
          required: true,
          schema: { type: 'string' },
          description: 'As GET /v1/schemas lists them',
        },
      ],
      responses: {
        '200': {
          description: 'JSON Schema draft 2020-12',
          content: { 'application/schema+json': { schema: { type: 'object' } } },
        },
        '404': problem('No schema with this name'),
      },
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'openApi',
      summary: 'This document',
      responses: {
        '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
      },
    },
  },
  '/healthz': {
    get: {
      operationId: 'health',
      summary: '存活检查 / Liveness',
      responses: {
        '200': {
          description: '`{ "status": "ok" }`',
          content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } },
        },
      },
    },
  },
  '/': {
    get: {
      operationId: 'calculatorPage',
      summary: '计算器页面 / The calculator page (`?lang=zh|en`, else Accept-Language)',
      responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } },
    },
  },
};
