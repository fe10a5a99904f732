import { calculatorPage } from './calculator/calculatorPage.js';
import { calculatorScript } from './calculator/calculatorScript.js';
import { type Language, negotiateLanguage } from './negotiateLanguage.js';
import { publishedSchema, PUBLISHED_SCHEMA_NAMES } from './jsonSchemaDocuments.js';
import { openApiDocument } from './openApi/openApiDocument.js';
import { ProblemError } from './problem.js';
import { send, sendJson } from './respond.js';
import type { Route } from './router.js';

/** The script is this function's own source, run once the page has loaded. */
const SCRIPT = `'use strict';\n(${calculatorScript.toString()})();\n`;

/** The page runs only its own script and talks only to this service. */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  vary: 'Accept-Language',
};

/** `?lang=zh|en` when given, else `Accept-Language`. */
function pageLanguage(url: URL, acceptLanguage: string | undefined): Language {
  const asked = url.searchParams.get('lang');
  return asked === 'en' || asked === 'zh' ? asked : negotiateLanguage(acceptLanguage);
}

/** The calculator page, the OpenAPI document and the published JSON Schemas; `version` goes into the document. */
export function siteRoutes(version: string): readonly Route[] {
  let openApi: string | undefined;
  return [
    {
      method: 'GET',
      path: '/openapi.json',
      handle: ({ res }) => {
        openApi ??= JSON.stringify(openApiDocument(version));
        send(res, 200, 'application/json; charset=utf-8', openApi);
      },
    },
    {
      method: 'GET',
      path: '/',
      handle: ({ req, res, url }) => {
        const language = pageLanguage(url, req.headers['accept-language']);
        send(res, 200, 'text/html; charset=utf-8', calculatorPage(language), {
          ...PAGE_HEADERS,
          'content-language': language === 'zh' ? 'zh-CN' : 'en',
        });
      },
    },
    {
      method: 'GET',
      path: '/calculator.js',
      handle: ({ res }) =>
        send(res, 200, 'text/javascript; charset=utf-8', SCRIPT, { 'x-content-type-options': 'nosniff' }),
    },
    // Browsers ask for it on every page; the page has none, and says so without a 404 in the log.
    { method: 'GET', path: '/favicon.ico', handle: ({ res }) => void res.writeHead(204).end() },
    {
      method: 'GET',
      path: '/v1/schemas',
      handle: ({ res }) => sendJson(res, 200, PUBLISHED_SCHEMA_NAMES),
    },
    {
      method: 'GET',
      path: '/v1/schemas/{name}',
      handle: ({ res, params }) => {
        const name = params['name'] as string;
        const schema = publishedSchema(name);
        if (!schema) {
          throw new ProblemError(404, {
            zh: `没有这个 JSON Schema：${name}（可用：${PUBLISHED_SCHEMA_NAMES.join(', ')}）`,
            en: `no JSON Schema named ${name} (known: ${PUBLISHED_SCHEMA_NAMES.join(', ')})`,
          });
        }
        send(res, 200, 'application/schema+json; charset=utf-8', JSON.stringify(schema));
      },
    },
  ];
}
