/**
 * The limits the HTTP service enforces, documented in the README and the OpenAPI document. Past a size
 * limit the answer is `413`; past a time limit the request is answered `408` (or, for headers that never
 * finish, the connection is closed), so one slow or huge client cannot hold the service.
 */
export interface ServerLimits {
  /** Largest body of a JSON request (`/v1/evaluate`, `/v1/compare`), in bytes. */
  readonly jsonBodyBytes: number;
  /** Largest body of a `/v1/batch` request, in bytes; the body is streamed, so this bounds time, not memory. */
  readonly batchBodyBytes: number;
  /** Longest line of a `/v1/batch` body, in bytes. */
  readonly batchLineBytes: number;
  /** Time allowed to receive the request headers. */
  readonly headersTimeoutMs: number;
  /** Time allowed between two chunks of a request body. */
  readonly bodyIdleTimeoutMs: number;
  /** Time allowed to receive a whole JSON request; a batch is bounded by its idle timeout instead. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveTimeoutMs: number;
  /** After SIGTERM/SIGINT, how long in-flight requests may run before their connections are cut. */
  readonly shutdownGraceMs: number;
}

/** The defaults: generous for one applicant's portfolio, small enough that no request can exhaust the service. */
export const DEFAULT_SERVER_LIMITS: ServerLimits = Object.freeze({
  jsonBodyBytes: 1024 * 1024,
  batchBodyBytes: 256 * 1024 * 1024,
  batchLineBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  bodyIdleTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  shutdownGraceMs: 10_000,
});

/**
 * How often node:http checks its connections for the headers timeout: a quarter of that timeout, so a
 * slow client is cut close to it, but never more often than every 50 ms nor less often than every second.
 */
export function connectionsCheckingIntervalMs(limits: Pick<ServerLimits, 'headersTimeoutMs'>): number {
  return Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4));
}
