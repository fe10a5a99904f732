import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One access-log line: client address, method, path, status, bytes sent (headers included) and
 * milliseconds taken, e.g. `127.0.0.1 "POST /v1/evaluate" 200 5120B 0.84ms`. No wall-clock time: the service never reads the
 * clock, and every log collector stamps lines as it receives them.
 */
export function accessLogLine(req: IncomingMessage, res: ServerResponse, bytes: number, elapsedMs: number): string {
  const path = (req.url ?? '').split('?')[0];
  const status = res.headersSent ? res.statusCode : 0;
  // A request stopped mid-body has let go of its socket (null) by the time its line is written.
  const address = (req.socket as IncomingMessage['socket'] | null)?.remoteAddress;
  return `${address ?? '-'} "${req.method ?? '-'} ${path}" ${status} ${bytes}B ${elapsedMs.toFixed(2)}ms\n`;
}
