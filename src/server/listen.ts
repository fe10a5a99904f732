import type { Server } from 'node:net';

/**
 * Starts `server` listening on `port` and `host`; rejects with the listen error (a port in use). Once it
 * listens, the start lets go of the server's `error` event: a later error is not the start's to swallow.
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
