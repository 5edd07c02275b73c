import { describe, expect, it } from 'vitest';
import { slipFor } from './key-slip.js';

describe('slipFor', () => {
  it('finds the name a key was meant to be: another case or spacing, or up to two edits in a longer name', () => {
    expect(slipFor('audiance', ['id', 'question', 'audience'])).toBe('audience');
    expect(slipFor('Question ', ['id', 'question'])).toBe('question');
    expect(slipFor('ID', ['id', 'question'])).toBe('id');
  });

  it('leaves other keys alone: two letters near "id", or a name further away', () => {
    expect(slipFor('ab', ['id'])).toBeUndefined();
    expect(slipFor('gold', ['id', 'question', 'audience'])).toBeUndefined();
    expect(slipFor('_', ['audience'])).toBeUndefined();
  });
});
