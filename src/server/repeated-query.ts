/** Refuses a request whose query string names a parameter more than once. */
import type { MiddlewareHandler } from 'hono';
import { ClinqError } from '../domain/index.js';

/** The parameters a query string names more than once, in the order they first came. */
export function repeatedQueryParameters(search: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of new URLSearchParams(search).keys()) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}

/**
 * A 400 for `?audience=patient&audience=student`: `c.req.query()` would silently read the first value, so the page
 * would not be the one asked for. Repeated form fields are refused the same way (requireCsrf).
 */
export function refuseRepeatedQuery(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const at = url.indexOf('?');
    const repeated = at < 0 ? [] : repeatedQueryParameters(url.slice(at + 1));
    if (repeated.length > 0) throw repeatedNames('query', 'parameter', repeated);
    return next();
  };
}

/** The 400 naming what a query string or form sent more than once (at most five names, each cut to 60 characters). */
export function repeatedNames(where: 'query' | 'form', what: 'parameter' | 'field', repeated: readonly string[]): ClinqError {
  const names = repeated.slice(0, 5).map((name) => `"${name.slice(0, 60)}"`).join(', ');
  return new ClinqError('invalid_request', `${where}: the ${what}${repeated.length === 1 ? '' : 's'} ${names} came more than once; each is sent once`);
}
