/** The client a request comes from, as the per-client limits count it. */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The socket's address; behind a proxy every client shares it, which only makes a limit stricter. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests and non-Node runtimes have no socket.
    return 'unknown';
  }
}
