import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { plainArticle } from './fixtures/plain-article.js';
import { asksCause, asksOfPeople, restsOffPeople as restsOffPeopleRead, studiesNoPeople } from './people-evidence.js';

// SCOWL sizes of the words these questions use; a technical word ("salicylic", "psoriasis") is rarer than size 35.
const LEVELS: Record<string, number> = { stomach: 20, flu: 35, same: 10, thing: 10, long: 10, term: 10, deficits: 35, happen: 10, gram: 35, negative: 10, rod: 20, salicylic: 70, acids: 35, psoriasis: 50, trypanosoma: 70, weight: 10, gain: 10, low: 10, thyroid: 35 };
const level = (word: string) => LEVELS[word];

// Shortened from PMIDs 26099681 and 26702370 of the shipped corpus (no MeSH in the records).
const ratStudy = plainArticle(
  '26099681',
  'Comparative pathogenicity of Trypanosoma brucei rhodesiense strains in Swiss white mice and Mastomys natalensis rats.',
  'We evaluated Mastomys natelensis rat as an animal model for Rhodesian sleeping sickness. Parasitaemia, clinical and pathological characteristics induced by T. b. rhodesiense isolates, KETRI 3439, 3622 and 3637 were compared in Mastomys rats and Swiss white mice. Each isolate was intra-peritonially injected in mice and rat groups (n=12) at 1×10(4) trypanosomes/0.2mL. Pre-patent period (PP) range for KETRI 3439 and KETRI 3622-groups was 3-6 days for mice and 4-5 days for rats. KETRI 3637-infected rats had the most severe lesions, generalized swellings, gastroenteritis, lung infection and brain congestion.',
);
const maizeStudy = plainArticle(
  '26702370',
  'Application of ionomics to plant and soil in fields under long-term fertilizer trials.',
  'Ionomics is the study of elemental accumulation in living organisms using high-throughput elemental profiling. In the present study, we examined the ionomic responses to nutrient deficiency in maize grown in the field in long-term fertilizer trials. Furthermore, the available elements in the field soils were analyzed to investigate their changes under long-term fertilizer treatment and the ionomic relationships between plant and soil. Maize was cultivated in a field with the following five long-term fertilizer treatments.',
);
// A record of a few snippets (as BioASQ corpora build them) may name no people without being about something else.
const snippets = plainArticle('2', 'Super-enhancers in cancer', 'Super-enhancers are large clusters of transcriptional enhancers that drive cell identity.');
const cellStudy = plainArticle('3', 'Enhancer activity in cultured cells', `${maizeStudy.abstract.replace(/maize|plant|soils?|fertilizer/gu, 'cell')}`);
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
    expect(studiesNoPeople(snippets)).toBe(false);
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
    // A capitalised name.
    'Describe the Disambiguate algorithm and its application in next generation sequencing data',
  ])('reads "%s" as no question about people', (question) => expect(asksOfPeople(question, level)).toBe(false));
});

// The answer stage reads whether a question asks of people once and passes it on; the tests read it the same way.
const restsOffPeople = (question: string, direct: Parameters<typeof restsOffPeopleRead>[1], englishLevel: typeof level) =>
  restsOffPeopleRead(question, direct, asksOfPeople(question, englishLevel));
const asksCauseOfPeople = (question: string, englishLevel: typeof level) => asksCause(question) && asksOfPeople(question, englishLevel);

describe('restsOffPeople', () => {
  it('refuses a direct answer on infected rats to an everyday question on the stomach flu', () => {
    expect(restsOffPeople('Are the stomach flu and the flu the same thing?', ratStudy, level)).toMatch(/studied animals \(mice and rats\), not people/);
  });

  it('refuses a direct answer on maize under long-term fertiliser to a question on long term deficits', () => {
    expect(restsOffPeople('What are the long term deficits that may happen?', maizeStudy, level)).toMatch(/studied no people/);
  });

  it('lets a study of people answer, and leaves research questions to animal studies', () => {
    expect(restsOffPeople('Are the stomach flu and the flu the same thing?', peopleStudy, level)).toBeNull();
    expect(restsOffPeople('Is Trypanosoma brucei rhodesiense infection associated with psoriasis?', ratStudy, level)).toBeNull();
  });

  it('holds a question in everyday words to studies of animals or plants only, and one in the reader\'s voice to any study of no people', () => {
    expect(restsOffPeople('What are the long term deficits that may happen?', cellStudy, level)).toBeNull();
    expect(restsOffPeople('What long term deficits may I have?', cellStudy, level)).toMatch(/studied no people/);
  });
});

describe('asksCauseOfPeople', () => {
  it('finds a cause asked in everyday words, and no other question', () => {
    expect(asksCauseOfPeople('Does low thyroid contribute to weight gain?', level)).toBe(true);
    expect(asksCauseOfPeople('Are the stomach flu and the flu the same thing?', level)).toBe(false);
    expect(asksCauseOfPeople('Does Trypanosoma cause psoriasis?', level)).toBe(false);
  });
});
