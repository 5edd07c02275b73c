import { describe, expect, it } from 'vitest';
import type { Answer } from '../domain/index.js';
import { chooseCorrection, namingCandidates, replaceWord, searchable, slipCost, withSuggestions, writesKnownName } from './spelling-suggestions.js';

const corpus = { articles: 10, snapshot: 's' };
function answered(quote: string): Answer {
  return {
    question: 'q', audience: 'physician', status: 'answered', sections: [], references: [], evidenceSummary: 'Based on 1 article.', corpus,
    direct: { text: quote, citations: [{ n: 1, pmid: '1', quote }] },
  };
}
const refused: Answer = { question: 'q', audience: 'physician', status: 'insufficient_evidence', direct: null, sections: [], references: [], evidenceSummary: 'No.', corpus };

describe('replaceWord', () => {
  it('replaces the whole word only, keeping a capital the reader wrote', () => {
    expect(replaceWord('Spanich and spanich-like greens', 'spanich', 'spinach')).toBe('Spinach and spanich-like greens');
    expect(replaceWord('Does spanich cause kidney stones?', 'spanich', 'spinach')).toBe('Does spinach cause kidney stones?');
    expect(replaceWord('is kidnee disease common', 'kidnee', 'kidney')).toBe('is kidney disease common');
  });
});

describe('chooseCorrection', () => {
  const question = 'Does spanich cause kidney stones?';
  it('searches for the correction whose cited sentence says most of the corrected question, even if a nearer one is answered', () => {
    const { note, answer } = chooseCorrection('spanich', question, [
      { candidate: { word: 'Spanish', distance: 1, docs: 8 }, answer: answered('The Spanish influenza pandemic killed young adults.') },
      { candidate: { word: 'spinach', distance: 2, docs: 3 }, answer: answered('Spinach increased the risk of calcium oxalate kidney stones.') },
    ]);
    expect(note.searched).toBe('spinach');
    expect(answer?.direct?.text).toMatch(/^Spinach/);
    expect(note.suggestions.map((s) => s.word)).toEqual(['spinach', 'Spanish']);
  });
  it('searches for none, and suggests, when two answered corrections are as good and as near', () => {
    const { note, answer } = chooseCorrection('gaut', 'Is gaut hereditary?', [
      { candidate: { word: 'gout', distance: 1, docs: 9 }, answer: answered('Gout is hereditary in some families.') },
      { candidate: { word: 'gait', distance: 1, docs: 4 }, answer: answered('Gait disorders are hereditary in some families.') },
    ]);
    expect(answer).toBeNull();
    expect(note).toEqual({ wrote: 'gaut', searched: null, suggestions: [{ word: 'gout', question: 'Is gout hereditary?' }, { word: 'gait', question: 'Is gait hereditary?' }] });
  });
  it('counts no correction whose cited sentence does not say the corrected word with another word of the question', () => {
    const { note, answer } = chooseCorrection('motrin', 'Should I take motrin for the swelling?', [
      { candidate: { word: 'motion', distance: 2, docs: 40 }, answer: answered('Leg swelling improved with compression stockings.') },
      { candidate: { word: 'motif', distance: 2, docs: 30 }, answer: answered('The motif was conserved across species.') },
    ]);
    expect(answer).toBeNull();
    expect(note.searched).toBeNull();
  });

  it('searches for none when no correction is answered, suggesting only a word one slip away', () => {
    const { note, answer } = chooseCorrection('spanich', question, [
      { candidate: { word: 'Spanish', distance: 1, docs: 8 }, answer: refused },
      { candidate: { word: 'spinach', distance: 2, docs: 3 }, answer: refused },
      { candidate: { word: 'spaniel', distance: 2, docs: 2 }, answer: refused },
    ]);
    expect(answer).toBeNull();
    expect(note.suggestions.map((s) => s.question)).toEqual(['Does spinach cause kidney stones?']);
  });

  it('suggests an answered correction after those whose sentence says the word, and leaves out a refused one', () => {
    const { note } = chooseCorrection('spanich', question, [
      { candidate: { word: 'Spanish', distance: 1, docs: 8 }, answer: answered('Kidney stones were common in the cohort.') },
      { candidate: { word: 'spaniel', distance: 2, docs: 3 }, answer: refused },
    ]);
    expect(note.suggestions.map((s) => s.word)).toEqual(['Spanish']);
  });
});

describe('withSuggestions', () => {
  it('names the suggestions, and the word they are for when the reason names other missing words', () => {
    const reason = 'No article in the corpus of 10 records mentions spanich.';
    expect(withSuggestions(reason, 'spanich', true, [{ word: 'spinach' }, { word: 'Spanish' }])).toBe(
      'No article in the corpus of 10 records mentions spanich; did you mean "spinach" or "Spanish"?',
    );
    expect(withSuggestions('No article in the corpus of 10 records mentions spanich or zorbax.', 'spanich', false, [{ word: 'spinach' }])).toBe(
      'No article in the corpus of 10 records mentions spanich or zorbax; for spanich, did you mean "spinach"?',
    );
    expect(withSuggestions(reason, 'spanich', true, [])).toBe(reason);
  });
});

describe('searchable', () => {
  it('takes one slip, two swapped letters or two confused vowels', () => {
    expect(slipCost('spanich', 'spinach')).toBe(1);
    expect(searchable('spanich', 'spinach')).toBe(true);
    expect(searchable('treatmnet', 'treatment')).toBe(true);
    expect(searchable('goutt', 'gout')).toBe(true);
    expect(searchable('Allopurinal', 'allopurinol')).toBe(true);
  });
  it('leaves two consonant slips, a name only ever capitalised and a cut-off ending to the suggestions', () => {
    expect(searchable('pataday', 'pathway')).toBe(false);
    expect(searchable('lyme', 'Syme')).toBe(false);
    expect(searchable('Lymme', 'Lyme')).toBe(true);
    expect(searchable('augmentin', 'augment')).toBe(false);
    expect(searchable('flagl', 'flag')).toBe(false);
  });
  it('takes the full word of a clipped one, unless the articles only ever capitalise it', () => {
    expect(searchable('phaco', 'phacoemulsification')).toBe(true);
    expect(searchable('Physio', 'physiotherapy')).toBe(true);
    expect(searchable('phaco', 'phagocytosis')).toBe(false);
    expect(searchable('staph', 'Staphylococcus')).toBe(false);
  });
});

describe('namingCandidates', () => {
  const level = (word: string) => (['lyse', 'lime', 'chin'].includes(word) ? 50 : undefined);
  const candidates = [{ word: 'lyse' }, { word: 'lymph' }];

  it('offers only names for a disease\'s proper name, never an everyday word ("Lyme disease" is no "lyse disease")', () => {
    expect(namingCandidates('lyme', 'Is Lyme disease contagious?', candidates, level).map((c) => c.word)).toEqual(['lymph']);
    expect(namingCandidates('chron', "What causes Chron's disease?", [{ word: 'chin' }, { word: 'crohn' }], level).map((c) => c.word)).toEqual(['crohn']);
  });

  it('offers no everyday word for a short form the reader wrote with two capitals or a digit ("HoLEP" is no "holed")', () => {
    const english = (word: string) => (['holed', 'rift', 'rib'].includes(word) ? 40 : undefined);
    expect(namingCandidates('holep', "I'm having HoLEP laser surgery for my enlarged prostate. Will it work?", [{ word: 'holed' }], english)).toEqual([]);
    expect(namingCandidates('rif', 'Should RIF be stopped before the next cycle?', [{ word: 'rift' }, { word: 'rib' }, { word: 'rifampin' }], english).map((c) => c.word)).toEqual(['rifampin']);
    // The same letters in lower case may be a slip of the everyday word.
    expect(namingCandidates('holep', 'is the wound holep after surgery?', [{ word: 'holed' }], english)).toHaveLength(1);
  });

  it('keeps every candidate for a word in lower case, at the question\'s start, or before no disease head', () => {
    expect(namingCandidates('lyme', 'Is lyme disease contagious?', candidates, level)).toHaveLength(2);
    expect(namingCandidates('lyme', 'Lyme disease: is it contagious?', candidates, level)).toHaveLength(2);
    expect(namingCandidates('lyme', 'Is Lyme contagious?', candidates, level)).toHaveLength(2);
  });
});

describe('writesKnownName', () => {
  // A vocabulary as MeSH folds its headings: lower case.
  const known = new Set(['lyme disease', 'chagas disease', 'kidney disease', 'whipple disease']);
  const knows = (phrase: string) => known.has(phrase);

  it('reads a proper name the reader types in lower case as the name the vocabulary knows, not a misspelling', () => {
    expect(writesKnownName('lyme', 'what causes lyme disease?', knows)).toBe(true);
    expect(writesKnownName('lyme', 'What causes Lyme disease?', knows)).toBe(true);
    expect(writesKnownName('chagas', 'my uncle has chagas disease, is it catching', knows)).toBe(true);
    expect(writesKnownName('whipple', 'treatment of whipple disease', knows)).toBe(true);
  });

  it('leaves a slip that makes no known name, or a known word not beside its name, to spelling suggestions', () => {
    expect(writesKnownName('kidny', 'is kidny disease inherited?', knows)).toBe(false);
    expect(writesKnownName('lyme', 'is lyme contagious?', knows)).toBe(false);
    expect(writesKnownName('lyme', 'is the disease of lyme contagious?', knows)).toBe(false);
  });
});
