import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { plainArticle } from './fixtures/plain-article.js';
import { asksOfPeople, restsOffPeople, studiesNoPeople } from './people-evidence.js';

// SCOWL sizes of the words these questions use; a technical word ("salicylic", "psoriasis") is rarer than size 35.
const LEVELS: Record<string, number> = { stomach: 20, flu: 35, same: 10, thing: 10, long: 10, term: 10, deficits: 35, happen: 10, gram: 35, negative: 10, rod: 20, salicylic: 70, acids: 35, psoriasis: 50, trypanosoma: 70, weight: 10, gain: 10 };
const level = (word: string) => LEVELS[word];

// Shortened from PMIDs 26099681 and 26702370 of the shipped corpus (no MeSH in the records).
const ratStudy = plainArticle(
  '26099681',
  'Comparative pathogenicity of Trypanosoma brucei rhodesiense strains in Swiss white mice and Mastomys natalensis rats.',
  'Parasitaemia, clinical and pathological characteristics induced by T. b. rhodesiense isolates were compared in Mastomys rats and Swiss white mice. KETRI 3637-infected rats had the most severe lesions, generalized swellings, gastroenteritis, lung infection and brain congestion.',
);
const maizeStudy = plainArticle(
  '26702370',
  'Application of ionomics to plant and soil in fields under long-term fertilizer trials.',
  'We examined the ionomic responses to nutrient deficiency in maize grown in the field in long-term fertilizer trials. Maize was cultivated in a field with the following five long-term fertilizer treatments.',
);
const peopleStudy = plainArticle('1', 'Norovirus gastroenteritis in adults', 'We followed 120 adults with viral gastroenteritis; symptoms lasted 3 days.');
const withMesh = (article: Article, headings: string[]): Article => ({
  ...article,
  meshHeadings: headings.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] })),
});

describe('studiesNoPeople', () => {
  it('reads an abstract naming no people as a study of none, though it speaks of "clinical" signs', () => {
    expect(studiesNoPeople(ratStudy)).toBe(true);
    expect(studiesNoPeople(maizeStudy)).toBe(true);
    expect(studiesNoPeople(peopleStudy)).toBe(false);
  });

  it('trusts MeSH when the record has it', () => {
    expect(studiesNoPeople(withMesh(peopleStudy, ['Animals', 'Mice']))).toBe(true);
    expect(studiesNoPeople(withMesh(ratStudy, ['Humans', 'Rats']))).toBe(false);
  });
});

describe('asksOfPeople', () => {
  it.each(['Are the stomach flu and the flu the same thing?', 'What are the long term deficits that may happen?', 'Do you recommend any salicylic acids'])(
    'reads "%s" as a question about people',
    (question) => expect(asksOfPeople(question, level)).toBe(true),
  );

  it.each([
    // Technical words: a research question.
    'Is Trypanosoma brucei rhodesiense infection associated with psoriasis?',
    // It asks about animals, cells or molecules itself.
    'Does the flu spread between dogs?',
    'What is the structure of the protein?',
  ])('reads "%s" as no question about people', (question) => expect(asksOfPeople(question, level)).toBe(false));
});

describe('restsOffPeople', () => {
  it('refuses a direct answer on infected rats to an everyday question on the stomach flu', () => {
    expect(restsOffPeople('Are the stomach flu and the flu the same thing?', ratStudy, level)).toMatch(/studied animals \(rats and mice\), not people/);
  });

  it('refuses a direct answer on maize under long-term fertiliser to a question on long term deficits', () => {
    expect(restsOffPeople('What are the long term deficits that may happen?', maizeStudy, level)).toMatch(/studied no people/);
  });

  it('lets a study of people answer, and leaves research questions to animal studies', () => {
    expect(restsOffPeople('Are the stomach flu and the flu the same thing?', peopleStudy, level)).toBeNull();
    expect(restsOffPeople('Is Trypanosoma brucei rhodesiense infection associated with psoriasis?', ratStudy, level)).toBeNull();
  });
});
