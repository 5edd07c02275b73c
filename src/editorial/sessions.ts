import { createHash, randomBytes } from 'node:crypto';
import { nowOf } from './apply-action.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { EditorialContext, Session, User } from './types.js';

/** How long a session lasts unless the caller says otherwise: 12 hours. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** The server-side id of a bearer token: its sha256, so a leaked database holds no usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for a user; returns the bearer token (for the cookie, never stored) and the session. */
export async function createSession(
  ctx: EditorialContext,
  user: User,
  options: { ttlMs?: number } = {},
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = nowOf(ctx);
  const session: Session = {
    id: hashToken(token),
    userId: user.id,
    csrfSecret: randomBytes(32).toString('base64url'),
    createdAt,
    expiresAt: new Date(Date.parse(createdAt) + (options.ttlMs ?? SESSION_TTL_MS)).toISOString(),
  };
  await ctx.store.insertSession(session);
  return { token, session };
}

/** The live session and its user for a bearer token, or null when unknown, expired or the user is disabled. */
export async function findSession(
  ctx: EditorialContext,
  token: string | undefined | null,
): Promise<{ session: Session; user: User } | null> {
  if (!token) return null;
  const session = await ctx.store.findSession(hashToken(token));
  if (!session) return null;
  if (session.expiresAt <= nowOf(ctx)) {
    await ctx.store.deleteSession(session.id);
    return null;
  }
  const user = await ctx.store.findUser(session.userId);
  if (!user || user.disabled) return null;
  return { session, user };
}

/** Ends a session (logout); unknown tokens are ignored. */
export async function deleteSession(ctx: EditorialContext, token: string): Promise<void> {
  await ctx.store.deleteSession(hashToken(token));
}

// Verifying against a dummy hash for unknown emails keeps sign-in time the same, so emails cannot be probed.
let dummyHash: Promise<string> | null = null;

/** The user whose email and password match, or null (unknown email, wrong password, disabled account). */
export async function authenticate(ctx: EditorialContext, email: string, password: string): Promise<User | null> {
  const login = await ctx.store.findLogin(email.trim().toLowerCase());
  if (!login) {
    dummyHash ??= hashPassword('not a real password');
    await verifyPassword(password, await dummyHash);
    return null;
  }
  const ok = await verifyPassword(password, login.passwordHash);
  return ok && !login.user.disabled ? login.user : null;
}
