import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './unresolved-reference.js';

// SCOWL sizes (clinq's general-English list) of the everyday words these questions use; the rest are rarer.
const EVERYDAY = new Set(['side', 'effects', 'take', 'pain', 'reaction', 'allergic', 'feeding', 'tube', 'insertion', 'timing']);
const everyday = (word: string) => EVERYDAY.has(word);

describe('unresolvedReference', () => {
  // Patient questions from K-QA, asked in a conversation with a doctor.
  it.each([
    ['Is it contagious?', 'it'],
    ['What does this medication do?', 'this medication'],
    ['Are there any side effects of this medication?', 'this medication'],
    ['Is that acyclovir?', 'that'],
    ['If it is viral what virus would it be?', 'it'],
    ['Do you believe this will resolve without medication/ antibiotics?', 'this will'],
    ['What could those spots in my throat be?', 'those spots'],
    ['When you said its not an Ascending infection, does that mean its a descending infection?', 'its'],
    ['Could it be a kidney infection?', 'it'],
    // "long", "often", "much" make the question word ask how long, how often or how much: they name nothing "it" stands for.
    ['How often will it come back?', 'it'],
    ['How much will it hurt?', 'it'],
    // "it" stands for a thing, never a person, and no pronoun is what it stands for (questions of our own making).
    ['Does she need to see a specialist about it?', 'it'],
    ['Does my mum need to see a dermatologist about it?', 'it'],
    ['Should she see her GP about it?', 'it'],
  ])('finds what "%s" points at without naming it', (question, pointer) => {
    expect(unresolvedReference(question, everyday)).toBe(pointer);
  });

  it.each([
    // "it" that stands for nothing ("is it possible to", "how long does it take").
    'Is it possible to get antibiotics?',
    'Is it safe to breastfeed while taking colchicine?',
    'How long does it take for a sprained ankle to heal?',
    // What it stands for comes before it.
    'Does feeding tube insertion and its timing improve survival?',
    // A person beside the thing does not hide the thing ("my son's eczema ... grow out of it").
    "My son has eczema, will he grow out of it?",
    'Does she need to see a specialist about her psoriasis, or can her GP treat it?',
    '"Would a man smell a rose then throw it away?',
    'Should patients using inhaled glucocorticoids for asthma or COPD be advised to stop these medications to prevent COVID-19?',
    // A sentence or a title before the question names it (BioASQ, PubMedQA).
    'Histone acetyltransferases (HATs) transfer acetyl groups from acetyl CoA to lysine residues on histones. What is the purpose of this transfer?',
    'Cutaneous melanoma in a multiethnic population: is this a different disease?',
    // The words after the demonstrative name the thing; a time word is an idiom.
    'Do you recommend anything to avoid these migraines?',
    'Is this tinea capitis contagious',
    'Is it better to exercise in the morning these days?',
    // "that" as a conjunction.
    'Is it true that statins cause memory loss?',
    // A contraction typed for "Is", followed by the name (PubMedQA).
    "It's Fournier's gangrene still dangerous?",
    // A follow-up asked in a thread carries its topic in brackets.
    'What does this medication do? (gout colchicine)',
  ])('finds nothing unnamed in "%s"', (question) => {
    expect(unresolvedReference(question, everyday)).toBeNull();
  });

  // "the" before a kind noun points when nothing else in the question names anything (K-QA: "the cream" was answered
  // from a sentence on full cream milk).
  it.each([
    ['How often do I apply the cream?', 'the cream'],
    ['What is the treatment?', 'the treatment'],
    ['Is the ointment easier to apply?', 'the ointment'],
  ])('finds that "%s" says %s without naming it', (question, pointer) => {
    const everydayToo = (word: string) => everyday(word) || ['often', 'apply', 'easier'].includes(word);
    expect(unresolvedReference(question, everydayToo)).toBe(pointer);
  });

  it.each([
    'How often do I apply the cream for eczema?',
    'Could the medication from bv have caused bruising?',
    'Do I need to put drops in both eyes or just the one that is bothering me',
    'What are the side effects of the vaccine against shingles?',
  ])('lets "the" before a kind noun pass when the question names the thing or has no kind noun in "%s"', (question) => {
    expect(unresolvedReference(question, everyday)).toBeNull();
  });

  // A short name written with a digit or capitals names the thing, even where every other word is everyday English.
  it.each(['What are the signs of C2 deficiency?', 'Is the treatment different for HIV?', 'What are the symptoms of IgA deficiency?'])(
    'hears a name written with a digit or capitals in "%s"',
    (question) => {
      expect(unresolvedReference(question, () => true)).toBeNull();
    },
  );

  it('hears a demonstrative before a kind noun as pointing, however rare the noun', () => {
    expect(unresolvedReference('Will this antibiotic affect my birth control?', () => false)).toBe('this antibiotic');
  });
});
