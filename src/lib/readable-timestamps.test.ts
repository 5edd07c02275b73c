import { describe, expect, it } from 'vitest';
import { readableTimestamps } from './readable-timestamps.js';

describe('readableTimestamps', () => {
  it('writes a machine timestamp as a date and a UTC time to the minute, leaving the rest of the text', () => {
    expect(readableTimestamps('1896 articles, last updated 2026-11-26T00:49:55.703Z')).toBe('1896 articles, last updated 2026-11-26 00:49 UTC');
    expect(readableTimestamps('0 articles')).toBe('0 articles');
  });
});
