/** Counts events per key (a client, an email and address) in a sliding window: the core of every limit the server sets. */

/** Events per key in a sliding window. */
export type RateLimiter = {
  /** Seconds until the key may act again, or 0 when it may act now. */
  retryAfter(key: string, now: number): number;
  record(key: string, now: number): void;
  /** Forgets a key's events. */
  reset(key: string): void;
};

/** At most `max` events per `windowMs`; `maxKeys` bounds memory under a flood of keys. */
export type RateLimits = { max: number; windowMs: number; maxKeys?: number };

/** Creates an in-memory limiter (one process; a restart forgets, which only ever lets people act sooner). */
export function createRateLimiter(limits: RateLimits): RateLimiter {
  const events = new Map<string, number[]>();
  const maxKeys = limits.maxKeys ?? 10_000;
  const recent = (key: string, now: number) => (events.get(key) ?? []).filter((t) => now - t < limits.windowMs);

  function prune(now: number): void {
    for (const [key, times] of events) if (times.every((t) => now - t >= limits.windowMs)) events.delete(key);
    // Still too many: drop the oldest keys (Map keeps insertion order) rather than grow without bound.
    for (const key of events.keys()) {
      if (events.size <= maxKeys) break;
      events.delete(key);
    }
  }

  return {
    retryAfter(key, now) {
      const times = recent(key, now);
      if (times.length < limits.max) return 0;
      const oldest = times[times.length - limits.max] as number;
      return Math.max(1, Math.ceil((oldest + limits.windowMs - now) / 1000));
    },
    record(key, now) {
      const times = [...recent(key, now), now].slice(-limits.max);
      events.delete(key);
      events.set(key, times);
      if (events.size > maxKeys) prune(now);
    },
    reset(key) {
      events.delete(key);
    },
  };
}
