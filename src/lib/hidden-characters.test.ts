import { describe, expect, it } from 'vitest';
import { withoutHiddenCharacters } from './hidden-characters.js';

describe('withoutHiddenCharacters', () => {
  it('drops bidi overrides, zero-width spaces, soft hyphens, controls and the byte-order mark', () => {
    expect(withoutHiddenCharacters('\uFEFFEve \u202EreganaM\u202C aspi\u00ADrin\u200B\u0007\u0085')).toBe('Eve reganaM aspirin');
  });

  it('keeps tabs, line breaks and the zero-width joiner of emoji sequences', () => {
    expect(withoutHiddenCharacters('a\tb\nc\r\n👩\u200D⚕️')).toBe('a\tb\nc\r\n👩\u200D⚕️');
  });
});
