import { describe, expect, it } from 'vitest';
import { createAnonymousCsrf, csrfTokenFor, verifyAnonymousCsrf, verifyCsrf } from './csrf.js';
import type { Session } from './types.js';

const session = (id: string, csrfSecret: string): Session => ({
  id,
  userId: 'u1',
  csrfSecret,
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-01T12:00:00.000Z',
});

describe('session CSRF tokens', () => {
  const mine = session('s1', 'secret-one');

  it('accepts the token made for the session', () => {
    expect(verifyCsrf(mine, csrfTokenFor(mine))).toBe(true);
  });

  it('rejects a missing, empty or non-string token', () => {
    expect(verifyCsrf(mine, undefined)).toBe(false);
    expect(verifyCsrf(mine, '')).toBe(false);
    expect(verifyCsrf(mine, 42)).toBe(false);
  });

  it("rejects another session's token and a tampered one", () => {
    expect(verifyCsrf(mine, csrfTokenFor(session('s2', 'secret-two')))).toBe(false);
    expect(verifyCsrf(mine, `${csrfTokenFor(mine)}x`)).toBe(false);
  });
});

describe('anonymous double-submit CSRF tokens', () => {
  const secret = 'server secret';
  const now = new Date('2026-01-01T10:00:00Z');

  it('accepts a fresh token sent in both cookie and form', () => {
    const token = createAnonymousCsrf(secret, now);
    expect(verifyAnonymousCsrf(secret, { cookie: token, field: token }, { now })).toBe(true);
  });

  it('rejects a missing cookie or form field', () => {
    const token = createAnonymousCsrf(secret, now);
    expect(verifyAnonymousCsrf(secret, { cookie: undefined, field: token }, { now })).toBe(false);
    expect(verifyAnonymousCsrf(secret, { cookie: token, field: undefined }, { now })).toBe(false);
  });

  it('rejects a form token that differs from the cookie', () => {
    const a = createAnonymousCsrf(secret, now);
    const b = createAnonymousCsrf(secret, now);
    expect(verifyAnonymousCsrf(secret, { cookie: a, field: b }, { now })).toBe(false);
  });

  it('rejects a token signed with another secret, even when cookie and form agree', () => {
    const forged = createAnonymousCsrf('attacker secret', now);
    expect(verifyAnonymousCsrf(secret, { cookie: forged, field: forged }, { now })).toBe(false);
  });

  it('rejects an expired token', () => {
    const token = createAnonymousCsrf(secret, now);
    const later = new Date(now.getTime() + 13 * 60 * 60 * 1000);
    expect(verifyAnonymousCsrf(secret, { cookie: token, field: token }, { now: later })).toBe(false);
  });
});
