import {
  evaluateRequest,
  getPolicy,
  listAchievementKinds,
  listJurisdictions,
  compareRequest,
  listPolicies,
  policyCalendar,
  QualityRewardsError,
  renderPolicyTable,
} from '../index.js';
import { ProblemError, PROBLEM_TYPES } from './problem.js';
import { handleBatch } from './batchRoute.js';
import { parseJson, readBody, requireContentType } from './readBody.js';
import { send, sendJson } from './respond.js';
import type { RequestContext, Route } from './router.js';

/** Reads the JSON body of a `POST`, within the limits. */
async function jsonBody({ req, limits }: RequestContext): Promise<unknown> {
  requireContentType(req, ['application/json']);
  return parseJson(await readBody(req, limits.jsonBodyBytes, limits.bodyIdleTimeoutMs, limits.requestTimeoutMs));
}

/** A bundled policy, or a `404` that carries the library's `unknown_policy` issue. */
function policyById(id: string) {
  try {
    return getPolicy(id);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: getPolicy throws only QualityRewardsError; the rethrow keeps a bug from being answered as a 404.
    if (!(error instanceof QualityRewardsError)) throw error;
    const text = { zh: `没有这个政策：${id}`, en: `no such policy: ${id}` };
    throw new ProblemError(404, text, { type: PROBLEM_TYPES.invalidInput, issues: error.issues });
  }
}

/**
 * `?date=YYYY-MM-DD&within=N`, passed to `policyCalendar(date, { within })` as they are, so an issue
 * about `within` has the library's path `options.within`.
 */
function calendarOn(query: URLSearchParams) {
  const within = query.get('within');
  return policyCalendar((query.get('date') ?? undefined) as never, {
    ...(within === null ? {} : { within: (/^\d+$/.test(within) ? Number(within) : within) as never }),
  });
}

/** Data that never changes while the service runs may be cached by clients and proxies. */
const CACHEABLE = { 'cache-control': 'public, max-age=3600' };

/**
 * The `/v1` JSON routes. Every one is a thin wrapper around the library function of the same name, so the
 * service answers exactly what the library would.
 */
export const apiRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/v1/evaluate',
    handle: async (context) => sendJson(context.res, 200, evaluateRequest(await jsonBody(context))),
  },
  {
    method: 'POST',
    path: '/v1/compare',
    handle: async (context) => sendJson(context.res, 200, compareRequest(await jsonBody(context))),
  },
  { method: 'POST', path: '/v1/batch', handle: handleBatch },
  {
    method: 'GET',
    path: '/v1/calendar',
    handle: ({ res, url }) => sendJson(res, 200, calendarOn(url.searchParams)),
  },
  { method: 'GET', path: '/v1/policies', handle: ({ res }) => sendJson(res, 200, listPolicies(), CACHEABLE) },
  {
    method: 'GET',
    path: '/v1/policies/{id}',
    handle: ({ res, params }) => sendJson(res, 200, policyById(params['id'] as string), CACHEABLE),
  },
  {
    method: 'GET',
    path: '/v1/policies/{id}/table',
    handle: ({ res, params }) =>
      send(res, 200, 'text/markdown; charset=utf-8', renderPolicyTable(policyById(params['id'] as string)), CACHEABLE),
  },
  { method: 'GET', path: '/v1/jurisdictions', handle: ({ res }) => sendJson(res, 200, listJurisdictions(), CACHEABLE) },
  { method: 'GET', path: '/v1/kinds', handle: ({ res }) => sendJson(res, 200, listAchievementKinds(), CACHEABLE) },
  { method: 'GET', path: '/healthz', handle: ({ res }) => sendJson(res, 200, { status: 'ok' }) },
];
