import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientError } from './answerClientError.js';
import { apiRoutes } from './apiRoutes.js';
import { createRequestHandler } from './handleRequest.js';
import { listen } from './listen.js';
import type { Route } from './router.js';
import { connectionsCheckingIntervalMs, DEFAULT_SERVER_LIMITS, type ServerLimits } from './serverLimits.js';
import { siteRoutes } from './siteRoutes.js';

/** How to start the service. */
export interface ServeOptions {
  /** TCP port; `0` picks a free one. Default 8080. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** Where the access log and internal errors go; default stderr. `null` is silent (`--quiet`). */
  readonly log?: ((line: string) => void) | null;
  /** The package version, shown in the OpenAPI document. */
  readonly version?: string;
  /** Overrides of {@link DEFAULT_SERVER_LIMITS}. */
  readonly limits?: Partial<ServerLimits>;
}

/** A listening service. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, lets in-flight requests finish (cutting them after
   * `limits.shutdownGraceMs`), and resolves once every connection is closed.
   */
  close(): Promise<void>;
}

/**
 * Starts the stateless HTTP/1.1 JSON service (`quality-rewards serve`). Nothing is kept between
 * requests, so any number of instances can run behind a load balancer.
 *
 * @example
 * const server = await startServer({ port: 0 });
 * await fetch(`${server.url}/healthz`);
 * await server.close();
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const limits: ServerLimits = { ...DEFAULT_SERVER_LIMITS, ...options.limits };
  const log =
    options.log === undefined ? (line: string) => void process.stderr.write(line) : (options.log ?? undefined);
  const routes: readonly Route[] = [...siteRoutes(options.version ?? '0.0.0'), ...apiRoutes];
  let closing = false;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      // Bodies are timed by the handlers (idle and total for JSON, idle for a streamed batch).
      requestTimeout: 0,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: connectionsCheckingIntervalMs(limits),
    },
    createRequestHandler({ routes, limits, log, closing: () => closing }),
  );
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // While shutting down, a connection whose last answer has gone is closed at once.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  server.on('clientError', answerClientError);
  await listen(server, options.port ?? 8080, options.host ?? '127.0.0.1');
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        // Answers still to come tell their clients to reconnect elsewhere (`connection: close`).
        // Stryker disable next-line ConditionalExpression: node:http reads shouldKeepAlive only when it writes the head; set later, it changes nothing.
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        const force = setTimeout(() => server.closeAllConnections(), limits.shutdownGraceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}
