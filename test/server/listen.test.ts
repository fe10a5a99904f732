import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listen } from '../../src/server/listen.js';

describe('listen: the start of the service on its port', () => {
  it('resolves once the server listens, and leaves no listener on its error event', async () => {
    const server = createServer();
    const before = server.listenerCount('error');
    try {
      await listen(server, 0, '127.0.0.1');
      expect(server.listening).toBe(true);
      expect(server.listenerCount('error')).toBe(before);
    } finally {
      server.close();
    }
  });
  it('a port in use → rejects with the listen error', async () => {
    const first = createServer();
    await listen(first, 0, '127.0.0.1');
    const port = (first.address() as { port: number }).port;
    try {
      await expect(listen(createServer(), port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      first.close();
    }
  });
});
