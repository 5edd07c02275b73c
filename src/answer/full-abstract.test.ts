import { describe, expect, it } from 'vitest';
import { isFullAbstract } from './full-abstract.js';

describe('isFullAbstract', () => {
  it('holds an abstract of sixty words or more to what it names, not a record of a few snippets', () => {
    expect(isFullAbstract({ abstract: 'word '.repeat(60).trim() })).toBe(true);
    expect(isFullAbstract({ abstract: 'word '.repeat(59).trim() })).toBe(false);
  });
});
