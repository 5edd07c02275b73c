import { describe, expect, it } from 'vitest';
import { countSyllables, measureReadability, textCounts } from './measure-readability.js';

describe('measureReadability', () => {
  it('scores short plain sentences at a lower grade than long technical ones', () => {
    const plain = measureReadability('The cat sat on the mat. It was warm. The sun was out.');
    const technical = measureReadability(
      'Extracranial internal carotid artery stenosis is a recognised independent risk factor for perioperative cerebrovascular complications following coronary revascularisation.',
    );
    expect(plain.fleschKincaidGrade).toBeLessThan(2);
    expect(technical.fleschKincaidGrade).toBeGreaterThan(15);
    expect(plain.fleschReadingEase).toBeGreaterThan(technical.fleschReadingEase);
    expect(plain.smog).toBeLessThan(technical.smog);
  });

  it('returns neutral scores for empty text', () => {
    expect(measureReadability('')).toEqual({ fleschKincaidGrade: 0, smog: 0, fleschReadingEase: 100 });
  });
});

describe('textCounts', () => {
  it('counts whitespace words, so codes and decimals are one word each', () => {
    expect(textCounts('IL-6 rose by 2.5 times. It fell later.')).toEqual({ sentences: 2, words: 8, syllables: 9, polysyllables: 0 });
  });
});

describe('countSyllables', () => {
  it('counts syllables of common and medical words', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('table')).toBe(2);
    expect(countSyllables('reported')).toBe(3);
    expect(countSyllables('likely')).toBe(2);
    expect(countSyllables('hypertension')).toBe(4);
    expect(countSyllables('influenza')).toBe(4);
    expect(countSyllables('administration')).toBe(5);
  });

  it('counts a number without letters as one syllable and punctuation as none', () => {
    expect(countSyllables('2.5')).toBe(1);
    expect(countSyllables('–')).toBe(0);
  });
});
