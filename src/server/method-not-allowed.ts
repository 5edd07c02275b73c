/** Answers 405 with an Allow header when a known path is asked with a method it does not take. */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './viewer.js';
import { escapeRegExp } from '../lib/index.js';

type RouteEntry = { path: string; method: string };

/** One route pattern ("/articles/:slug", "/admin/users/:id/role") as an anchored regular expression. */
function patternOf(path: string): RegExp {
  const segments = path.split('/').map((segment) => {
    if (segment === '*') return '.*';
    const param = /^:[A-Za-z0-9_]+(?:\{(.+)\})?$/.exec(segment);
    if (param) return param[1] ? `(?:${param[1]})` : '[^/]+';
    return escapeRegExp(segment);
  });
  return new RegExp(`^${segments.join('/')}/?$`);
}

/**
 * The methods each registered path takes, in registration order; middleware and catch-alls (method ALL) are left out,
 * since they answer every method and so say nothing about which one a path takes.
 */
export function methodTable(routes: readonly RouteEntry[]): { pattern: RegExp; methods: string[] }[] {
  const byPath = new Map<string, string[]>();
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    const methods = byPath.get(route.path) ?? [];
    if (!methods.includes(route.method)) methods.push(route.method);
    byPath.set(route.path, methods);
  }
  return [...byPath].map(([path, methods]) => ({ pattern: patternOf(path), methods }));
}

/** The Allow header's methods for a path (GET brings HEAD, as Hono answers HEAD with the GET route), or null when no route has the path. */
export function allowedMethods(table: ReturnType<typeof methodTable>, path: string): string[] | null {
  const methods = new Set<string>();
  for (const entry of table) if (entry.pattern.test(path)) for (const method of entry.methods) methods.add(method);
  if (methods.size === 0) return null;
  if (methods.has('GET')) methods.add('HEAD');
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => methods.has(method));
}

/**
 * The nearest path above `path` that a browser can open (GET): the page a form address's form is on, as far as paths
 * tell (/articles/x/follow-ups → /articles/x, /ask → /).
 */
export function nearestPage(table: ReturnType<typeof methodTable>, path: string): string {
  const segments = path.replace(/\/+$/, '').split('/');
  while (segments.length > 1) {
    segments.pop();
    const parent = segments.join('/') || '/';
    if (allowedMethods(table, parent)?.includes('GET')) return parent;
  }
  return '/';
}

/**
 * Middleware that answers a known path asked with another method (PUT /, GET /ask) by `refuse(allow)` after setting
 * Allow, rather than letting it fall through to "there is no page". It reads `routes()` at the first request, so it
 * may be registered before the routes; it runs before the CSRF check, so a POST to a GET-only page is a 405, not a 403.
 */
export function methodNotAllowed(
  routes: () => readonly RouteEntry[],
  /** `page`: for a GET of a form address, the nearest page a browser can open (see nearestPage); else null. */
  refuse: (c: Context<AppEnv>, allow: string[], page: string | null) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  let table: ReturnType<typeof methodTable> | null = null;
  return async (c, next) => {
    table ??= methodTable(routes());
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const allow = allowedMethods(table, c.req.path);
    if (!allow || allow.includes(method)) return next();
    c.header('Allow', allow.join(', '));
    return refuse(c, allow, method === 'GET' ? nearestPage(table, c.req.path) : null);
  };
}
