import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/serverLimits.js';

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
