import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeneralEnglish, loadGeneralEnglish, type GeneralEnglish } from './general-english.js';

describe('buildGeneralEnglish', () => {
  const english = buildGeneralEnglish(new Map([[10, ['last', 'do', 'is']], [35, ['recognized', 'sleepy', 'colour']]]));

  it('grades a word by the commonest list that holds it', () => {
    expect(english.level('last')).toBe(10);
    expect(english.level('Sleepy')).toBe(35);
    expect(english.has('benadryl')).toBe(false);
  });

  it('knows British -ise spellings and prefixed forms of listed words, never as everyday words', () => {
    expect(english.has('recognised')).toBe(true);
    expect(english.level('underrecognised')).toBe(35);
  });

  it('reads contractions typed without the apostrophe as English', () => {
    expect(english.has('dont')).toBe(true);
    expect(english.has('isnt')).toBe(true);
    expect(english.has('im')).toBe(true);
  });
});

describe('loadGeneralEnglish', () => {
  let english: GeneralEnglish;
  beforeAll(async () => {
    english = await loadGeneralEnglish();
  });

  it('holds everyday words and phrasing but no brand names', () => {
    for (const word of ['sleepy', 'worthwhile', 'underrecognised', 'underrecognized', 'migraine']) expect(english.has(word)).toBe(true);
    for (const word of ['benadryl', 'claritin', 'tylenol', 'saxenda']) expect(english.has(word)).toBe(false);
  });

  it('grades the commonest words as everyday and medical words as rarer', () => {
    expect(english.level('days')).toBeLessThanOrEqual(20);
    expect(english.level('migraine')).toBeGreaterThan(20);
  });
});
