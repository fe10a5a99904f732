import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { QualityRewardsError } from '../index.js';
import { accessLogLine } from './accessLog.js';
import { type Language, negotiateLanguage } from './negotiateLanguage.js';
import { ProblemError, PROBLEM_TYPES, renderProblem } from './problem.js';
import { send } from './respond.js';
import { createRouter, type Route } from './router.js';
import type { ServerLimits } from './serverLimits.js';

/** What the request handler needs from the server around it. */
export interface HandlerSettings {
  readonly routes: readonly Route[];
  readonly limits: ServerLimits;
  /** Where access-log lines and internal errors go; `undefined` is silent. */
  readonly log: ((line: string) => void) | undefined;
  /** True once the server is shutting down: answers then ask the client to close its connection. */
  readonly closing: () => boolean;
}

/**
 * Builds the one `request` listener: routes the request, turns every failure into an RFC 9457 problem
 * (never a stack trace), and writes one access-log line when the exchange ends.
 */
export function createRequestHandler(settings: HandlerSettings): (req: IncomingMessage, res: ServerResponse) => void {
  const router = createRouter(settings.routes);
  return (req, res) => {
    const started = performance.now();
    const { log } = settings;
    if (log) {
      // The socket is kept here: a request stopped mid-body (a batch over its limit) has let go of it
      // (`req.socket` is null) by the time the answer closes.
      const socket = req.socket;
      const written = socket.bytesWritten;
      res.once('close', () => log(accessLogLine(req, res, socket.bytesWritten - written, performance.now() - started)));
    }
    if (settings.closing()) res.shouldKeepAlive = false;
    const language = negotiateLanguage(req.headers['accept-language']);
    void (async () => {
      try {
        // A server's request always has both (node:http types them optional for a client's response).
        const url = requestUrl(req.url as string);
        const { route, params } = router.match(req.method as string, url.pathname);
        await route.handle({ req, res, url, params, language, limits: settings.limits });
      } catch (error) {
        answerFailure(res, error, language, log);
      }
    })();
  };
}

/** The request target as a URL; `//x` is a path here, not a host. */
function requestUrl(target: string): URL {
  return new URL(target.startsWith('/') ? `http://service${target}` : target);
}

function answerFailure(res: ServerResponse, error: unknown, language: Language, log: HandlerSettings['log']): void {
  if (res.headersSent) {
    // A streamed answer already under way: all that is left is to end it.
    res.destroy();
    return;
  }
  const problem = toProblem(error);
  if (problem.status >= 500) log?.(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  send(
    res,
    problem.status,
    'application/problem+json; charset=utf-8',
    JSON.stringify(renderProblem(problem, language)),
    {
      ...problem.headers,
      'content-language': language === 'zh' ? 'zh-CN' : 'en',
      vary: 'Accept-Language',
    },
  );
}

function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof QualityRewardsError) {
    const text = {
      zh: error.issues.map((i) => i.message.zh).join('；'),
      en: error.issues.map((i) => i.message.en).join('; '),
    };
    return new ProblemError(400, text, { type: PROBLEM_TYPES.invalidInput, issues: error.issues });
  }
  return new ProblemError(500, { zh: '服务内部错误，已记录', en: 'internal error; it has been logged' });
}
