/** Slows down password guessing: too many failed sign-ins for one email from one address lock that pair for a while. */
import { createRateLimiter } from './rate-limiter.js';

/** Counts failed sign-ins per key (email and client address) in a sliding window. */
export type SignInLimiter = {
  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number;
  recordFailure(key: string, now: number): void;
  /** Forgets a key's failures (after a successful sign-in). */
  reset(key: string): void;
};

/** The limits: at most `maxFailures` failures per `windowMs`; `maxKeys` bounds memory under a flood of keys. */
export type SignInLimits = { maxFailures: number; windowMs: number; maxKeys?: number };

/** 5 failures per 15 minutes, as the sign-in page tells people. */
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

/** Creates an in-memory limiter (one process; a restart forgets, which only ever lets people in sooner). */
export function createSignInLimiter(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInLimiter {
  const limiter = createRateLimiter({ max: limits.maxFailures, windowMs: limits.windowMs, ...(limits.maxKeys ? { maxKeys: limits.maxKeys } : {}) });
  return { retryAfter: limiter.retryAfter, recordFailure: limiter.record, reset: limiter.reset };
}
