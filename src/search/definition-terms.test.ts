import { describe, expect, it } from 'vitest';
import { buildDefinitionIndex, deriveDefinitionWords } from './definition-terms.js';

const COMMONEST = new Set(['last', 'week', 'weeks', 'family', 'member', 'small', 'open']);
const options = { isCommonWord: (word: string) => word === 'appendix', isCommonestWord: (word: string) => COMMONEST.has(word) };
const entry = (term: string, definition: string) => ({ term, plain_alternative: definition });
// Enough unrelated definitions that "surgeri", "remov" and "condit" are no longer rare among them (more than 1 in 100).
const filler = Array.from({ length: 300 }, (_, i) => entry(`filler term ${String.fromCharCode(97 + (i % 26))}${i}`.replace(/\d/gu, ''), `Surgery to remove a zz${i} organ in a condition.`));

describe('deriveDefinitionWords', () => {
  it("indexes a term by the content stems of its definition's first sentence, without bracketed glosses", () => {
    const words = deriveDefinitionWords([entry('appendectomy', 'Surgery to remove the appendix (small finger-shaped pouch). It is done often.')], options);
    expect(words.terms).toEqual({ appendectomy: ['surgeri', 'remov', 'appendix'] });
  });

  it('stops before what a drug is for: its target is no name of the drug', () => {
    const words = deriveDefinitionWords([entry('losartan potassium', 'A drug used to treat high blood pressure.')], options);
    expect(words.terms).toEqual({});
  });

  it('leaves out brand and code names, lone common words and long definitions', () => {
    const words = deriveDefinitionWords(
      [
        entry('Erivedge', 'A drug that blocks a signal.'),
        entry('appendix', 'A small, fingerlike pouch.'),
        entry('biopsy', 'The removal of cells or tissues for examination by a pathologist under a microscope in a hospital laboratory or clinic.'),
      ],
      options,
    );
    expect(words.terms).toEqual({});
  });

  it('lists the stems that come from the commonest English words', () => {
    const words = deriveDefinitionWords([entry('chronic cough', 'A cough that lasts 8 weeks or longer.')], options);
    expect(words.commonest).toEqual(['week']);
  });
});

describe('buildDefinitionIndex', () => {
  const words = deriveDefinitionWords(
    [
      entry('appendectomy', 'Surgery to remove the appendix.'),
      entry('myalgia', 'Pain in a muscle or group of muscles.'),
      entry('adenovirus', 'A member of a family of viruses.'),
      entry('acetaminophen', 'A drug that reduces pain and fever.'),
      entry('pericarditis', 'A condition in which the pericardium becomes inflamed.'),
      entry('surrogate endpoint', 'An indicator of surgery.'),
      entry('gastritis', 'A condition in which the stomach lining becomes inflamed.'),
      ...filler,
    ],
    options,
  );
  const index = buildDefinitionIndex(words, new Map([['oper', ['surgeri']], ['suggest', ['indic']]]));

  it('names the term whose definition a phrase restates, reading a plain word as its technical one', () => {
    expect(index.termsFor('appendix operation')).toEqual(['appendectomy']);
    expect(index.termsFor('muscle pain')).toEqual(['myalgia']);
  });

  it('needs two or more content words, every one of them in the definition', () => {
    expect(index.termsFor('appendix')).toEqual([]);
    expect(index.termsFor('appendix scar')).toEqual([]);
  });

  it('ignores phrases of framing words, lists and the commonest words alone', () => {
    expect(index.termsFor('family member')).toEqual([]);
    expect(index.termsFor('muscle and pain')).toEqual([]);
    expect(index.termsFor('cause muscle pain')).toEqual([]);
  });

  it('needs a word that is rare among the definitions: two common ones describe many terms', () => {
    expect(index.termsFor('remove surgery')).toEqual([]);
  });
  it("needs the definition's first word, what the term is: an effect alone names no drug", () => {
    expect(index.termsFor('reduces pain and fever')).toEqual([]);
    expect(index.termsFor('fever pain')).toEqual([]);
    expect(index.termsFor('drug fever')).toEqual(['acetaminophen']);
  });

  it("needs the definition's most specific word written in the phrase, not only read through the thesaurus", () => {
    expect(index.termsFor('condition inflamed')).toEqual([]);
    expect(index.termsFor('suggest operation')).toEqual([]);
  });

  it('reads a definition without its classifying words ("a member of a family of")', () => {
    expect(words.terms['adenovirus']).toBeUndefined();
  });
  it('reads a definition after the field it opens with ("In clinical trials, an event or outcome ...")', () => {
    const endpoint = deriveDefinitionWords([entry('endpoint', 'In clinical trials, an event or outcome that can be measured.')], options);
    expect(endpoint.terms).toEqual({ endpoint: ['event', 'outcom'] });
  });

  it('reads a reader\'s degree word as the definition\'s ("low thyroid" for "too little thyroid hormone")', () => {
    const degree = deriveDefinitionWords(
      [entry('hypothyroidism', 'Too little thyroid hormone. Symptoms include weight gain.'), entry('thyroid', 'A gland that makes thyroid hormone.'), ...filler],
      options,
    );
    // "littl" is in fewer definitions than "thyroid" here, yet says only how much: "thyroid" is what names the term.
    const lookup = buildDefinitionIndex(degree);
    expect(lookup.termsFor('low thyroid')).toEqual(['hypothyroidism']);
    expect(lookup.termsFor('high thyroid')).toEqual([]);
  });
});
