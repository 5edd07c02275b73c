import { describe, expect, it } from 'vitest';
import { singularOf } from './singular.js';

describe('singularOf', () => {
  it('gives the singular of a regular plural', () => {
    expect(singularOf('newborns')).toBe('newborn');
    expect(singularOf('food allergies')).toBe('food allergy');
  });

  it('gives nothing for words that are no plurals', () => {
    for (const word of ['abscess', 'virus', 'arthritis', 'gas', 'newborn', 'covid-19']) expect(singularOf(word)).toBeUndefined();
  });
});
