import { describe, expect, it } from 'vitest';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';

const passage = (text: string, score = 1, section = 'RESULTS'): ScoredPassage => ({
  pmid: '1', section, index: 1, text, score, coverage: 1, rank: 0, stems: new Set(),
});

describe('decideVerdict', () => {
  it('reads negation before positive wording', () => {
    expect(polarityOf('X was not significantly associated with Y.')).toBe(-1);
    expect(polarityOf('X failed to improve survival.')).toBe(-1);
    expect(polarityOf('X significantly improved survival.')).toBe(1);
    expect(polarityOf('X was measured in 40 patients.')).toBe(0);
  });

  it('answers yes or no when the best sentences agree', () => {
    expect(decideVerdict([passage('X significantly improved Y.'), passage('X was effective.')]).verdict).toBe('yes');
    expect(decideVerdict([passage('X did not improve Y.'), passage('There was no difference in Y.')]).verdict).toBe('no');
  });

  it('is uncertain when the evidence is mixed, silent or absent', () => {
    expect(decideVerdict([passage('X significantly improved Y.'), passage('X did not improve Y.')]).verdict).toBe('uncertain');
    expect(decideVerdict([passage('Y was measured.')]).verdict).toBe('uncertain');
    expect(decideVerdict([]).verdict).toBe('uncertain');
  });

  it('names the sentence that decides the verdict', () => {
    const deciding = passage('X did not change Y.', 2, 'CONCLUSIONS');
    expect(decideVerdict([passage('Y was measured.'), deciding]).decisive).toBe(deciding);
  });
});
