import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { accessLogLine } from '../../src/server/accessLog.js';

/** A request and response with just the fields an access-log line reads. */
const exchange = (
  req: { url?: string; method?: string; remoteAddress?: string },
  res: { headersSent: boolean; statusCode: number },
) =>
  [
    { url: req.url, method: req.method, socket: { remoteAddress: req.remoteAddress } } as unknown as IncomingMessage,
    res as unknown as ServerResponse,
  ] as const;

/** One line per exchange: address, "method path", status, bytes, milliseconds — and nothing a caller put in the query. */
describe('accessLogLine', () => {
  it('an answered request: address, method and path, status, bytes and milliseconds to two places', () => {
    const [req, res] = exchange(
      { url: '/v1/evaluate', method: 'POST', remoteAddress: '127.0.0.1' },
      { headersSent: true, statusCode: 200 },
    );
    expect(accessLogLine(req, res, 5120, 0.8449)).toBe('127.0.0.1 "POST /v1/evaluate" 200 5120B 0.84ms\n');
  });
  it('the query string is left out of the path', () => {
    const [req, res] = exchange(
      { url: '/v1/policies?jurisdiction=x', method: 'GET', remoteAddress: '::1' },
      { headersSent: true, statusCode: 200 },
    );
    expect(accessLogLine(req, res, 10, 1)).toBe('::1 "GET /v1/policies" 200 10B 1.00ms\n');
  });
  it('a connection cut before an answer: status 0, whatever status code was set', () => {
    const [req, res] = exchange(
      { url: '/v1/batch', method: 'POST', remoteAddress: '127.0.0.1' },
      { headersSent: false, statusCode: 200 },
    );
    expect(accessLogLine(req, res, 0, 2)).toBe('127.0.0.1 "POST /v1/batch" 0 0B 2.00ms\n');
  });
  it('a request stopped mid-body has let go of its socket: the address is -, and the line is still written', () => {
    const [req, res] = exchange({ url: '/v1/batch', method: 'POST' }, { headersSent: true, statusCode: 200 });
    Object.assign(req, { socket: null });
    expect(accessLogLine(req, res, 512, 3)).toBe('- "POST /v1/batch" 200 512B 3.00ms\n');
  });
  it('what is unknown (a closed socket’s address, a request line never parsed) is written as -', () => {
    const [req, res] = exchange({}, { headersSent: false, statusCode: 200 });
    expect(accessLogLine(req, res, 0, 0)).toBe('- "- " 0 0B 0.00ms\n');
  });
});
