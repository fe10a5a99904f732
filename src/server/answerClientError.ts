import type { Duplex } from 'node:stream';

/**
 * The server's `clientError` listener: a malformed request or headers that took too long get a bare
 * `400`/`408` and the connection closed — never a stack trace. A socket that can no longer be written to
 * (the client has gone) is only destroyed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}
