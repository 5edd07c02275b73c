import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

const MINUTE = 60_000;

describe('createRateLimiter', () => {
  it('lets a key act up to the limit, then asks it to wait until the oldest event leaves the window', () => {
    const limiter = createRateLimiter({ max: 3, windowMs: MINUTE });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a', i * 1000)).toBe(0);
      limiter.record('a', i * 1000);
    }
    expect(limiter.retryAfter('a', 3000)).toBe(57);
    expect(limiter.retryAfter('a', MINUTE)).toBe(0);
  });

  it('keeps no more keys than allowed, dropping the oldest', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: MINUTE, maxKeys: 2 });
    for (const key of ['a', 'b', 'c']) limiter.record(key, 0);
    expect(limiter.retryAfter('a', 1)).toBe(0);
    expect(limiter.retryAfter('c', 1)).toBeGreaterThan(0);
  });
});
