import { describe, expect, it } from 'vitest';
import { sentencesOf, splitLongSentence } from './split-sentences.js';

describe('splitLongSentence', () => {
  it('splits at a semicolon between clauses', () => {
    expect(
      splitLongSentence('The 492 eligible patients had 847 visits during the study period; 152 visits had no record of a prompt.'),
    ).toEqual(['The 492 eligible patients had 847 visits during the study period.', '152 visits had no record of a prompt.']);
  });

  it('splits at ", which" and " whereas " into sentences that stand alone', () => {
    expect(splitLongSentence('The rash appeared on the second day of treatment, which resolved after the drug was stopped.')).toEqual([
      'The rash appeared on the second day of treatment.',
      'This resolved after the drug was stopped.',
    ]);
    expect(splitLongSentence('Pain improved in most of the treated patients whereas the untreated group reported no change at all.')).toEqual([
      'Pain improved in most of the treated patients.',
      'But the untreated group reported no change at all.',
    ]);
  });

  it('does not split a list that ends in ", and"', () => {
    const s = 'Fever, rash, joint pain, swollen lymph nodes in the neck, and tiredness were the most common signs in children.';
    expect(splitLongSentence(s)).toEqual([s]);
  });

  it('never splits inside brackets', () => {
    const s = 'Most patients recovered fully within a month (some after surgery; others with rest alone) without lasting harm.';
    expect(splitLongSentence(s)).toEqual([s]);
  });
});

describe('sentencesOf', () => {
  it('keeps "et al." and "vs." inside a sentence', () => {
    expect(sentencesOf('Smith et al. found more cases vs. controls. The rate rose.')).toEqual([
      'Smith et al. found more cases vs. controls.',
      'The rate rose.',
    ]);
  });
});
