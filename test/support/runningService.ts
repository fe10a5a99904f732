import { startServer, type RunningServer, type ServeOptions } from '../../src/server/startServer.js';

/** A service on an ephemeral loopback port whose access log is kept for the test to read. */
export interface TestService extends RunningServer {
  readonly logLines: string[];
}

/** Starts the service from source on `127.0.0.1:0`; the test closes it. */
export async function startTestService(
  options: Omit<ServeOptions, 'port' | 'host' | 'log'> = {},
): Promise<TestService> {
  const logLines: string[] = [];
  const server = await startServer({ ...options, port: 0, host: '127.0.0.1', log: (line) => logLines.push(line) });
  return Object.assign(server, { logLines });
}
