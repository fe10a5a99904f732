import { describe, expect, it } from 'vitest';
import { connectionsCheckingIntervalMs, DEFAULT_SERVER_LIMITS } from '../../src/server/serverLimits.js';

/**
 * The defaults on their own, without a running service: where a missing default makes the service's start in
 * `beforeAll` fail, every test of that file is skipped, and a mutation run counts skipped tests as passed.
 */
describe('DEFAULT_SERVER_LIMITS', () => {
  it('every limit has a default, a positive whole number (Node’s server takes no other for its timeouts)', () => {
    expect(Object.keys(DEFAULT_SERVER_LIMITS).sort()).toEqual(
      [
        'jsonBodyBytes',
        'batchBodyBytes',
        'batchLineBytes',
        'headersTimeoutMs',
        'bodyIdleTimeoutMs',
        'requestTimeoutMs',
        'keepAliveTimeoutMs',
        'shutdownGraceMs',
      ].sort(),
    );
    for (const value of Object.values(DEFAULT_SERVER_LIMITS))
      expect(Number.isSafeInteger(value) && value > 0).toBe(true);
  });
  it('cannot be changed by a caller: overrides go through startServer’s limits option', () => {
    expect(Object.isFrozen(DEFAULT_SERVER_LIMITS)).toBe(true);
  });
});

describe('connectionsCheckingIntervalMs: how often node:http looks for headers past their timeout', () => {
  it('a quarter of the headers timeout, so a slow client is cut close to it', () => {
    expect([400, 1000, 2000].map((headersTimeoutMs) => connectionsCheckingIntervalMs({ headersTimeoutMs }))).toEqual([
      100, 250, 500,
    ]);
  });
  it('never more often than every 50 ms, nor less often than every second', () => {
    expect(
      [100, 200, 4000, 10_000].map((headersTimeoutMs) => connectionsCheckingIntervalMs({ headersTimeoutMs })),
    ).toEqual([50, 50, 1000, 1000]);
  });
});
