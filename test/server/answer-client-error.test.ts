import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerClientError } from '../../src/server/answerClientError.js';

/** A socket stand-in that keeps what is written to it; `gone` plays a client that has already left. */
function socket(gone = false) {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  if (gone) stream.end();
  return { stream, written: () => written };
}
const error = (code?: string) => Object.assign(new Error('client error'), code === undefined ? {} : { code });

describe('answerClientError: a request node:http could not read', () => {
  it('headers that took too long → a bare 408, and the connection closed', async () => {
    const s = socket();
    answerClientError(error('ERR_HTTP_REQUEST_TIMEOUT'), s.stream);
    await new Promise((resolve) => s.stream.once('finish', resolve));
    expect(s.written()).toBe('HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  it('a malformed request → a bare 400, and the connection closed', async () => {
    const s = socket();
    answerClientError(error('HPE_INVALID_METHOD'), s.stream);
    await new Promise((resolve) => s.stream.once('finish', resolve));
    expect(s.written()).toBe('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    expect(s.stream.writable).toBe(false);
  });
  it('a client already gone: its socket is destroyed, nothing written', () => {
    const s = socket(true);
    answerClientError(error('ECONNRESET'), s.stream);
    expect(s.stream.destroyed).toBe(true);
    expect(s.written()).toBe('');
  });
});
