import { describe, expect, it } from 'vitest';
import { withPlainVerbs } from './phrasal-verbs.js';

describe('withPlainVerbs', () => {
  it('reads an everyday phrasal verb as the plain verb of its sense, in the same form', () => {
    expect(withPlainVerbs('How long after the first dose does the drug kick in?')).toBe('How long after the first dose does the drug start?');
    expect(withPlainVerbs('Which infections turn up more often after a splenectomy?')).toBe('Which infections happen more often after a splenectomy?');
    expect(withPlainVerbs('My aunt turned out to have a BRCA2 mutation. Should I be tested?')).toBe('My aunt happened to have a BRCA2 mutation. Should I be tested?');
    expect(withPlainVerbs('How often do IVF pregnancies end up ectopic?')).toBe('How often do IVF pregnancies be ectopic?');
    expect(withPlainVerbs('When does the numbness from a dental block wear off?')).toBe('When does the numbness from a dental block fade?');
    expect(withPlainVerbs('Kicks in within an hour, does it?')).toBe('Starts within an hour, does it?');
  });

  it('keeps the pronoun object of a separable phrasal verb', () => {
    expect(withPlainVerbs('Is an operation to bring it down needed for an undescended testis?')).toBe('Is an operation to lower it needed for an undescended testis?');
    expect(withPlainVerbs('Should the surgeon take it out if the gallbladder is full of stones?')).toBe('Should the surgeon remove it if the gallbladder is full of stones?');
    expect(withPlainVerbs('Does it help to give up smoking before surgery?')).toBe('Does it help to stop smoking before surgery?');
  });

  it('leaves other senses and the phrasal verbs other stages read as they are', () => {
    // "turn up" with an object is to raise; "turn out" without "to" is how something ends.
    expect(withPlainVerbs('Should I turn up the oxygen when he is breathless?')).toBe('Should I turn up the oxygen when he is breathless?');
    expect(withPlainVerbs('How did the surgery turn out for most patients?')).toBe('How did the surgery turn out for most patients?');
    // Lay names of symptoms and a condition's return are read by the vocabularies and the reader frame.
    expect(withPlainVerbs('Why do babies throw up after feeds?')).toBe('Why do babies throw up after feeds?');
    expect(withPlainVerbs('Will the shingles come back?')).toBe('Will the shingles come back?');
    // No particle: the verb alone is no phrasal verb.
    expect(withPlainVerbs('Can a kick to the shin cause a fracture?')).toBe('Can a kick to the shin cause a fracture?');
  });
});
