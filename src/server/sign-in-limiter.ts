/** Slows down password guessing: too many failed sign-ins for one email from one address lock that pair for a while. */

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
  const failures = new Map<string, number[]>();
  const maxKeys = limits.maxKeys ?? 10_000;
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < limits.windowMs);

  function prune(now: number): void {
    for (const [key, times] of failures) if (times.every((t) => now - t >= limits.windowMs)) failures.delete(key);
    // Still too many: drop the oldest keys (Map keeps insertion order) rather than grow without bound.
    for (const key of failures.keys()) {
      if (failures.size <= maxKeys) break;
      failures.delete(key);
    }
  }

  return {
    retryAfter(key, now) {
      const times = recent(key, now);
      if (times.length < limits.maxFailures) return 0;
      const oldest = times[times.length - limits.maxFailures] as number;
      return Math.max(1, Math.ceil((oldest + limits.windowMs - now) / 1000));
    },
    recordFailure(key, now) {
      const times = [...recent(key, now), now].slice(-limits.maxFailures);
      failures.delete(key);
      failures.set(key, times);
      if (failures.size > maxKeys) prune(now);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
