import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-reg-exp.js';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text literally', () => {
    const text = 'IL-6 (p<0.05) [a]+b? $1 ^x|y\\z';
    expect(new RegExp(escapeRegExp(text)).test(`before ${text} after`)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('a.c')}$`).test('abc')).toBe(false);
  });
});
