import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/server/problem.js';
import { createRouter, type Route } from '../../src/server/router.js';

const handle = () => undefined;
const routes: Route[] = [
  { method: 'GET', path: '/v1/policies', handle },
  { method: 'GET', path: '/v1/policies/{id}', handle },
  { method: 'GET', path: '/v1/policies/{id}/rules/{rule}', handle },
  { method: 'POST', path: '/v1/evaluate', handle },
];
/** Built inside each test: built while the file is collected, the route table would be judged by no test of its own. */
const router = () => createRouter(routes);

/** The ProblemError a call throws. */
function problemOf(call: () => unknown): ProblemError {
  try {
    call();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

/** A route table: path templates with `{name}` parameters, one method each; HEAD wherever GET is. */
describe('createRouter', () => {
  it('a path matches its template whole, and its parameters are decoded', () => {
    const { route, params } = router().match('GET', '/v1/policies/%E9%95%BF%E4%B9%90/rules/r%2F1');
    expect(route).toBe(routes[2]);
    expect(params).toEqual({ id: '长乐', rule: 'r/1' });
    expect(router().match('GET', '/v1/policies').params).toEqual({});
  });
  it('HEAD is served by the GET route', () => {
    expect(router().match('HEAD', '/v1/policies/x').route).toBe(routes[1]);
  });
  it('no route on the path: 404 naming it', () => {
    for (const path of ['/v1/policie', '/v1/policies/', '/v1/policies/a/b', '/x/v1/policies']) {
      const e = problemOf(() => router().match('GET', path));
      expect([e.status, e.text]).toEqual([404, { zh: `没有这个地址：${path}`, en: `no such path: ${path}` }]);
    }
  });
  it('a route on the path but not for the method: 405 with the methods allowed, in the Allow header too', () => {
    const post = problemOf(() => router().match('POST', '/v1/policies'));
    expect([post.status, post.text, post.headers]).toEqual([
      405,
      { zh: '/v1/policies 只接受 GET, HEAD', en: '/v1/policies accepts only GET, HEAD' },
      { allow: 'GET, HEAD' },
    ]);
    const get = problemOf(() => router().match('GET', '/v1/evaluate'));
    expect([get.text.en, get.headers]).toEqual(['/v1/evaluate accepts only POST', { allow: 'POST' }]);
  });
  it('a path served by GET and by POST: both allowed, each method once', () => {
    const both = createRouter([
      { method: 'GET', path: '/v1/x/{id}', handle },
      { method: 'POST', path: '/v1/x/{name}', handle },
      { method: 'GET', path: '/v1/x/{key}', handle },
    ]);
    expect(problemOf(() => both.match('PUT', '/v1/x/1')).headers).toEqual({ allow: 'GET, HEAD, POST' });
  });
  it('a malformed percent-encoding in a parameter: 400 naming it', () => {
    const e = problemOf(() => router().match('GET', '/v1/policies/%E0%A4%A'));
    expect([e.status, e.text]).toEqual([
      400,
      { zh: '地址编码有误：%E0%A4%A', en: 'malformed percent-encoding: %E0%A4%A' },
    ]);
  });
});
