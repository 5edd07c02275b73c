import { describe, expect, it } from 'vitest';
import { genusShortForms, withGenusNames } from './species-short-forms.js';

describe('genusShortForms and withGenusNames', () => {
  it('reads "S. stercoralis" and "H pylori" as the species the article names in full', () => {
    const text = 'Human infection with the helminth Strongyloides stercoralis can be fatal. The sensitivity for S. stercoralis was 21.4%. Colonization by Helicobacter pylori is common, and H pylori reprograms cells.';
    const forms = genusShortForms(text);
    expect(withGenusNames('The sensitivity for S. stercoralis was 21.4%.', forms)).toBe('The sensitivity for Strongyloides stercoralis was 21.4%.');
    expect(withGenusNames('H pylori reprograms cells.', forms)).toBe('Helicobacter pylori reprograms cells.');
  });

  it('does not take a capital word opening a sentence for a genus', () => {
    const text = 'These cells were counted. CD4 T cells fell in number.';
    expect(withGenusNames('CD4 T cells fell in number.', genusShortForms(text))).toBe('CD4 T cells fell in number.');
  });
});
