/**
 * Who is asking: the signed-in user (from the session cookie) or an anonymous reader, and the CSRF token
 * their forms must carry. Also the cookie policy every cookie of the site follows.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { ClinqError } from '../domain/index.js';
import { cameOverHttps } from './client-address.js';
import { NotAForm, unreadContentEncoding } from './errors.js';
import { repeatedNames } from './repeated-query.js';
import {
  createAnonymousCsrf,
  csrfTokenFor,
  findSession,
  verifyAnonymousCsrf,
  verifyCsrf,
  type EditorialContext,
  type Session,
  type User,
} from '../editorial/index.js';

/** The person behind a request and the CSRF token to embed in their forms. */
export type Viewer = { user: User | null; session: Session | null; csrf: string };

/** Hono's per-request variables for this app. */
export type AppEnv = { Variables: { viewer: Viewer; trustedProxies: number } };

export const SESSION_COOKIE = 'clinq_session';
export const CSRF_COOKIE = 'clinq_csrf';
export const AUDIENCE_COOKIE = 'clinq_audience';
/** The name of the hidden form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';

/** HttpOnly, SameSite=Lax, path /, and Secure whenever the request came over https (to a trusted proxy too). */
export function cookieOptions(c: Context, maxAgeSeconds?: number): CookieOptions {
  const secure = cameOverHttps(c, (c as Context<AppEnv>).get('trustedProxies') ?? 0);
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

/** Sets a cookie with the site's policy. */
export function setSiteCookie(c: Context, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name, value, cookieOptions(c, maxAgeSeconds));
}

/** Removes a cookie set with the site's policy. */
export function clearSiteCookie(c: Context, name: string): void {
  deleteCookie(c, name, cookieOptions(c));
}

/**
 * Loads the viewer for every request. Anonymous readers get a signed double-submit token, set as a cookie
 * and repeated in their forms; signed-in users use their session's token instead.
 */
export function loadViewer(editorial: EditorialContext, csrfSecret: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const found = await findSession(editorial, getCookie(c, SESSION_COOKIE));
    if (found) {
      c.set('viewer', { user: found.user, session: found.session, csrf: csrfTokenFor(found.session) });
      return next();
    }
    let token = getCookie(c, CSRF_COOKIE);
    const now = editorial.clock?.() ?? new Date();
    if (!token || !verifyAnonymousCsrf(csrfSecret, { cookie: token, field: token }, { now })) {
      token = createAnonymousCsrf(csrfSecret, now);
      setSiteCookie(c, CSRF_COOKIE, token, 12 * 60 * 60);
    }
    c.set('viewer', { user: null, session: null, csrf: token });
    return next();
  };
}

/** Form fields a page sends once per ticked box (the edit form's points to remove); any other repeated field is refused. */
const REPEATABLE_FIELDS = new Set(['remove']);

/** Refuses (403) any form POST whose `_csrf` field does not match the viewer's session or anonymous cookie. */
export function requireCsrf(editorial: EditorialContext, csrfSecret: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = c.req.header('content-type') ?? '';
    const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
    // Only forms carry the token: anything else is refused as what it is, before (never instead of) the token check.
    if (!isForm) throw new NotAForm(c.req.method, c.req.path, type);
    const compressed = unreadContentEncoding(c.req.header('content-encoding'));
    if (compressed) throw compressed;
    let body: Record<string, unknown>;
    try {
      // Every value of a field, to refuse repeats below; later parseBody() calls read the same parsed form.
      body = await c.req.parseBody({ all: true });
    } catch {
      // A multipart body without its boundary, or cut short: the client's fault (400), not a server error (500).
      throw new ClinqError('invalid_request', `form: what was sent is not a readable ${type.split(';')[0]?.trim()} form; reload the page and send it again`);
    }
    // A field sent twice (question=a&question=b, from a hand-made or tampered request) would silently be read as its
    // last value; no form of ours sends one twice but the edit form's remove checkboxes, so a repeat is refused by name.
    // (Hono makes a field named "x[]" an array even when it came once.)
    const repeated = Object.keys(body).filter((name) => {
      const value = body[name];
      return Array.isArray(value) && value.length > 1 && !REPEATABLE_FIELDS.has(name);
    });
    if (repeated.length > 0) throw repeatedNames('form', 'field', repeated);
    const field = body[CSRF_FIELD];
    const viewer = c.get('viewer');
    const now = editorial.clock?.() ?? new Date();
    const ok = viewer.session
      ? verifyCsrf(viewer.session, field)
      : verifyAnonymousCsrf(csrfSecret, { cookie: getCookie(c, CSRF_COOKIE), field }, { now });
    if (!ok) throw new ClinqError('forbidden', 'form: the security token is missing or expired; reload the page and try again');
    return next();
  };
}

/** The signed-in user, or a 401 that the page layer turns into a sign-in prompt. */
export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('viewer').user;
  if (!user) throw new ClinqError('unauthorized', 'sign in to see this page');
  return user;
}
