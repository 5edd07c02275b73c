import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { plainArticle } from './fixtures/plain-article.js';
import { animalsOnly, restsOnAnimals } from './animal-evidence.js';

// Shortened from PMID 26099681 of the shipped corpus (no MeSH in the record).
const ratStudy = plainArticle(
  '26099681',
  'Comparative pathogenicity of Trypanosoma brucei rhodesiense strains in Swiss white mice and Mastomys natalensis rats.',
  'Each isolate was intra-peritonially injected in mice and rat groups. Clinical signs included body weakness. KETRI 3637-infected rats had the most severe lesions, generalized oedemas, gastroenteritis, pneumonia and brain congestion.',
);
const patientStudy = plainArticle('1', 'Gastroenteritis in children', 'We followed 120 children with viral gastroenteritis; symptoms lasted 3 days, as in mice studied earlier.');
const withMesh = (article: Article, headings: string[]): Article => ({
  ...article,
  meshHeadings: headings.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] })),
});

describe('animalsOnly', () => {
  it('reads an abstract that names animals and no people as an animal study, most named animal first', () => {
    expect(animalsOnly(ratStudy)).toEqual(['mice', 'rats', 'rat']);
  });

  it('reads an abstract that studied people as no animal study, whatever animals it names', () => {
    expect(animalsOnly(patientStudy)).toBeNull();
  });

  it('trusts MeSH when the record has it: "Animals" without "Humans" is an animal study', () => {
    expect(animalsOnly(withMesh(patientStudy, ['Animals', 'Mice']))).toEqual(['mice']);
    expect(animalsOnly(withMesh(ratStudy, ['Animals', 'Humans', 'Rats']))).toBeNull();
  });
});

describe('restsOnAnimals', () => {
  it('refuses a question in the reader\'s voice answered from a study in rats, naming the animals', () => {
    expect(restsOnAnimals('Is it normal for a stomach flu to last this long?', ratStudy)).toMatch(/studied animals \(mice and rats\), not people/);
  });

  it('lets a question about people answered from a study of people through', () => {
    expect(restsOnAnimals('Is it normal for a stomach flu to last this long?', patientStudy)).toBeNull();
  });

  it.each([
    'Can my dog get a stomach flu?',
    'Is there an animal model of sleeping sickness?',
    'Which pathogens cause gastroenteritis in rats?',
  ])('lets "%s" through: it asks about animals or models itself', (question) => {
    expect(restsOnAnimals(question, ratStudy)).toBeNull();
  });

  it('leaves a research question not in the reader\'s voice to the other checks', () => {
    expect(restsOnAnimals('Which lesions does Trypanosoma brucei rhodesiense cause?', ratStudy)).toBeNull();
  });

  // Shortened from PMID 21615262 of the shipped corpus (MeSH: Animals, Zebrafish; no Humans).
  const zebrafishStudy = withMesh(
    plainArticle(
      '21615262',
      'Zebrafish assessment of cognitive improvement and anxiolysis: filling the gap between in vitro and rodent models for drug development.',
      'The light/dark preference test is sensitive to the drop in stress-related behaviors due to the anxiolytic drugs diazepam and buspirone but not chlordiazepoxide.',
    ),
    ['Animals', 'Anti-Anxiety Agents', 'Zebrafish'],
  );

  it.each(['Are there other medications similar to buspirone?', 'Which medicines work like buspirone?'])(
    'refuses "%s" answered from a study of zebrafish: it asks what a person may take',
    (question) => {
      expect(restsOnAnimals(question, zebrafishStudy)).toMatch(/studied animals \(zebrafish and rodent\), not people/);
    },
  );

  it('leaves a research question on drugs, not in the reader\'s words for medicines, to the other checks', () => {
    expect(restsOnAnimals('Which anxiolytic drugs reduce stress-related behaviour?', zebrafishStudy)).toBeNull();
  });
});
