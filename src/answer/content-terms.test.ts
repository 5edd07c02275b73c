import { describe, expect, it } from 'vitest';
import { contentTerms, stemsMatch } from './content-terms.js';

const stem = (word: string) => contentTerms(word)[0]!.stem;

describe('stemsMatch', () => {
  it('matches forms of one word the stemmer ends differently', () => {
    expect(stemsMatch(stem('pregnant'), stem('pregnancy'))).toBe(true);
    expect(stemsMatch(stem('infection'), stem('infections'))).toBe(true);
    expect(stemsMatch(stem('transplantation'), stem('transplant'))).toBe(true);
  });

  it('keeps different words apart', () => {
    expect(stemsMatch(stem('cardiomyopathy'), stem('cardiomyocyte'))).toBe(false);
    expect(stemsMatch(stem('hypertension'), stem('hypertrophy'))).toBe(false);
    expect(stemsMatch(stem('gene'), stem('general'))).toBe(false);
  });
});
