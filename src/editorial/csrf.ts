import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Session } from './types.js';

// Hashing both sides first gives equal lengths, so timingSafeEqual never throws and leaks no length.
function sameText(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function mac(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** The CSRF token to put in a signed-in user's forms, derived from the session's secret. */
export function csrfTokenFor(session: Session): string {
  return mac(session.csrfSecret, `csrf:${session.id}`);
}

/** Whether a submitted CSRF token belongs to the session (constant-time; false when missing). */
export function verifyCsrf(session: Session, token: unknown): boolean {
  return typeof token === 'string' && token.length > 0 && sameText(token, csrfTokenFor(session));
}

/**
 * A signed double-submit token for anonymous forms (ask, follow-up): "issuedAtMs.nonce.hmac". The server
 * sets it as a cookie and repeats it in the form; only a holder of the server secret can mint one.
 */
export function createAnonymousCsrf(secret: string, now: Date = new Date()): string {
  const payload = `${now.getTime()}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${mac(secret, `anon:${payload}`)}`;
}

/** Whether the form's token equals the cookie's, carries a valid signature and is younger than maxAgeMs. */
export function verifyAnonymousCsrf(
  secret: string,
  submitted: { cookie: unknown; field: unknown },
  options: { now?: Date; maxAgeMs?: number } = {},
): boolean {
  const { cookie, field } = submitted;
  if (typeof cookie !== 'string' || typeof field !== 'string' || !cookie || !field) return false;
  if (!sameText(cookie, field)) return false;
  const parts = field.split('.');
  if (parts.length !== 3) return false;
  const [issuedAt, nonce, signature] = parts as [string, string, string];
  if (!sameText(signature, mac(secret, `anon:${issuedAt}.${nonce}`))) return false;
  const age = (options.now ?? new Date()).getTime() - Number(issuedAt);
  return Number.isFinite(age) && age >= 0 && age <= (options.maxAgeMs ?? 12 * 60 * 60 * 1000);
}
