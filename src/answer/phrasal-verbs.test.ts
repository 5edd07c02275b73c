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
    expect(withPlainVerbs('How much does the heart rate go up as the treadmill speed goes up?')).toBe('How much does the heart rate increase as the treadmill speed increases?');
    expect(withPlainVerbs('My swelling went down after the steroid. Will it go down for good?')).toBe('My swelling decreased after the steroid. Will it decrease for good?');
    expect(withPlainVerbs('Will my hip replacement turn out worse because I smoke?')).toBe('Will my hip replacement be worse because I smoke?');
    expect(withPlainVerbs('Her knee op turned out fine.')).toBe('Her knee op was fine.');
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
    // "go up" and "go down" with an object are to climb or descend it; "turn out the light" is to switch it off.
    expect(withPlainVerbs('Is it safe to go up the stairs after a hip replacement?')).toBe('Is it safe to go up the stairs after a hip replacement?');
    expect(withPlainVerbs('Should she turn out the light early to sleep better?')).toBe('Should she turn out the light early to sleep better?');
    // Lay names of symptoms and a condition's return are read by the vocabularies and the reader frame.
    expect(withPlainVerbs('Why do babies throw up after feeds?')).toBe('Why do babies throw up after feeds?');
    expect(withPlainVerbs('Will the shingles come back?')).toBe('Will the shingles come back?');
    // No particle: the verb alone is no phrasal verb.
    expect(withPlainVerbs('Can a kick to the shin cause a fracture?')).toBe('Can a kick to the shin cause a fracture?');
  });
});
