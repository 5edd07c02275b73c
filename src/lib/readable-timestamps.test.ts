import { describe, expect, it } from 'vitest';
import { corpusSize, readableTimestamps } from './readable-timestamps.js';

describe('readableTimestamps', () => {
  it('writes a machine timestamp as a date and a UTC time to the minute, leaving the rest of the text', () => {
    expect(readableTimestamps('1896 articles, last updated 2026-11-26T00:49:55.703Z')).toBe('1896 articles, last updated 2026-11-26 00:49 UTC');
    expect(readableTimestamps('0 articles')).toBe('0 articles');
  });
});

describe('corpusSize', () => {
  it('writes the count once, with separators and the word "records", and the snapshot readable in brackets', () => {
    expect(corpusSize(1896, '1896 articles, last updated 2026-11-27T18:17:51.652Z')).toBe('1,896 records (last updated 2026-11-27 18:17 UTC)');
    expect(corpusSize(1, '1 article, last updated 2026-11-25')).toBe('1 record (last updated 2026-11-25)');
    expect(corpusSize(12000, 'fixtures')).toBe('12,000 records (fixtures)');
    expect(corpusSize(0, '0 articles')).toBe('0 records');
  });
});
