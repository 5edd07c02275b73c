/** The server's request log: one line per request, with nothing a request carries beyond its method and path. */
import type { MiddlewareHandler } from 'hono';

// Long crafted paths would flood the log; the start of a path is enough to find the request.
const MAX_PATH_CHARS = 200;

/** The path of a request URL as logged: percent-encoded (so no newline or control character reaches the log), no query. */
export function loggedPath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '-';
  }
  return path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS)}…` : path;
}

/**
 * Writes "TIME METHOD PATH STATUS MSms" for every request once its response is ready. The query string, headers
 * (cookies, tokens), bodies and client addresses are left out on purpose: they carry questions, passwords and sessions.
 */
export function requestLogger(write: (line: string) => void, clock: () => Date = () => new Date()): MiddlewareHandler {
  return async (c, next) => {
    const at = clock();
    const started = performance.now();
    // A fault no handler answered (one in the error page itself) leaves the response unset, still reading 200, and
    // reaches the client as the server's bare 500: the log says 500 too.
    let escaped = false;
    try {
      await next();
    } catch (error) {
      escaped = true;
      throw error;
    } finally {
      const ms = Math.round(performance.now() - started);
      const method = /^[A-Z]{1,16}$/.test(c.req.method) ? c.req.method : '-';
      write(`${at.toISOString()} ${method} ${loggedPath(c.req.url)} ${escaped ? 500 : c.res.status} ${ms}ms`);
    }
  };
}
