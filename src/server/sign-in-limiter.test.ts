import { describe, expect, it } from 'vitest';
import { createSignInLimiter } from './sign-in-limiter.js';

const MINUTE = 60_000;

describe('createSignInLimiter', () => {
  it('lets a key fail five times, then asks it to wait until the oldest failure leaves the window', () => {
    const limiter = createSignInLimiter({ maxFailures: 5, windowMs: 15 * MINUTE });
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('a', i * MINUTE)).toBe(0);
      limiter.recordFailure('a', i * MINUTE);
    }
    expect(limiter.retryAfter('a', 5 * MINUTE)).toBe(10 * 60);
    expect(limiter.retryAfter('a', 15 * MINUTE)).toBe(0);
  });

  it('counts each key on its own and forgets a key on reset', () => {
    const limiter = createSignInLimiter({ maxFailures: 2, windowMs: MINUTE });
    limiter.recordFailure('a', 0);
    limiter.recordFailure('a', 1);
    expect(limiter.retryAfter('a', 2)).toBeGreaterThan(0);
    expect(limiter.retryAfter('b', 2)).toBe(0);
    limiter.reset('a');
    expect(limiter.retryAfter('a', 2)).toBe(0);
  });

  it('keeps no more keys than allowed, dropping the oldest', () => {
    const limiter = createSignInLimiter({ maxFailures: 1, windowMs: MINUTE, maxKeys: 2 });
    for (const key of ['a', 'b', 'c']) limiter.recordFailure(key, 0);
    expect(limiter.retryAfter('a', 1)).toBe(0);
    expect(limiter.retryAfter('c', 1)).toBeGreaterThan(0);
  });
});
