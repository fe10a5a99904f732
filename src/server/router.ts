import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Language } from './negotiateLanguage.js';
import { ProblemError } from './problem.js';
import type { ServerLimits } from './serverLimits.js';

/** What a handler gets: the exchange, the path parameters, the chosen language and the limits. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly language: Language;
  readonly limits: ServerLimits;
}

/** One route: a method and a path template such as `/v1/policies/{id}`. */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly handle: (context: RequestContext) => void | Promise<void>;
}

/** A compiled route table: finds the handler for a request, or the `404`/`405` problem. */
export interface Router {
  match(method: string, pathname: string): { route: Route; params: Record<string, string> };
}

/** Compiles routes once; `HEAD` is served wherever `GET` is. */
export function createRouter(routes: readonly Route[]): Router {
  const compiled = routes.map((route) => ({
    route,
    names: [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
    regex: new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}$`),
  }));
  return {
    match(method, pathname) {
      const onPath = compiled.filter((c) => c.regex.test(pathname));
      if (onPath.length === 0) {
        throw new ProblemError(404, { zh: `没有这个地址：${pathname}`, en: `no such path: ${pathname}` });
      }
      const wanted = method === 'HEAD' ? 'GET' : method;
      const hit = onPath.find((c) => c.route.method === wanted);
      if (!hit) {
        const allow = [...new Set(onPath.flatMap((c) => (c.route.method === 'GET' ? ['GET', 'HEAD'] : ['POST'])))];
        throw new ProblemError(
          405,
          { zh: `${pathname} 只接受 ${allow.join(', ')}`, en: `${pathname} accepts only ${allow.join(', ')}` },
          { headers: { allow: allow.join(', ') } },
        );
      }
      // The route's pattern matched this path a moment ago, and has one group per name.
      const values = (hit.regex.exec(pathname) as RegExpExecArray).slice(1);
      const params = Object.fromEntries(hit.names.map((name, i) => [name, decodePart(values[i] as string)]));
      return { route: hit.route, params };
    },
  };
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ProblemError(400, { zh: `地址编码有误：${part}`, en: `malformed percent-encoding: ${part}` });
  }
}
