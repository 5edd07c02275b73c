import { describe, expect, it } from 'vitest';
import { joinWords } from './join-words.js';

describe('joinWords', () => {
  it('joins one, two or more words as a list in prose', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['fever'])).toBe('fever');
    expect(joinWords(['fever', 'rash'])).toBe('fever and rash');
    expect(joinWords(['fever', 'rash', 'pain'], 'or')).toBe('fever, rash or pain');
  });
});
