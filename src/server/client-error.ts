import type { Duplex } from 'node:stream';

/**
 * What the server says to a request Node's HTTP parser refused before the app saw it. Node's own answer has no body: an
 * address over its 16 KB header limit (a long question in /search?q= or /?q=) showed a blank 431 page. The request was
 * never read, so its path and whether it wanted JSON are unknown: plain text serves a browser and curl alike.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A connection reset by the client, or one that can no longer be written to: there is no one to tell.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['431 Request Header Fields Too Large', 'The address and headers of this request are over 16 KB, more than clinq reads. Shorten the question or search, or send a question in the body of POST /api/answers.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['408 Request Timeout', 'The request did not arrive in time.']
        : ['400 Bad Request', 'This request is not well-formed HTTP.'];
  const body = `${message}\n`;
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
