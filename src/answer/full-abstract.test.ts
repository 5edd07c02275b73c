import { describe, expect, it } from 'vitest';
import { isFullAbstract } from './full-abstract.js';

describe('isFullAbstract', () => {
  it('holds an abstract of sixty words or more to what it names, not a record of a few snippets', () => {
    expect(isFullAbstract({ abstract: 'word '.repeat(60).trim() })).toBe(true);
    expect(isFullAbstract({ abstract: 'word '.repeat(59).trim() })).toBe(false);
  });

  it('counts words as splitting at runs of white space does, leading and trailing space included', () => {
    const texts = ['', ' ', 'one', ` ${'word\n\t '.repeat(58)}end`, `${'word  '.repeat(59)}`, `${'a '.repeat(58)}b`];
    for (const abstract of texts) expect(isFullAbstract({ abstract }), JSON.stringify(abstract)).toBe(abstract.split(/\s+/u).length >= 60);
  });
});
