import type { Article } from '../domain/index.js';
import { analyzeQuestion, isRelationWord } from './analyze-question.js';
import { animalsOnly } from './animal-evidence.js';
import { inReaderVoice } from './reader-voice.js';

/**
 * A question put in everyday words ("Are the stomach flu and the flu the same thing?", "What are the long term
 * deficits that may happen?") asks how something goes in people. An article that studied no people (infected rats,
 * maize under long-term fertiliser, a protein's binding site, an insecticide bait) shares the question's words in
 * another sense, and a direct answer from it is off the question. A research question in technical words is not held
 * to this: what a gene does or how a parasite infects is answered from laboratory and animal studies.
 */

// Words by which an abstract says it studied people, or a case of one. Words an animal study uses too ("clinical
// signs", "males", "in all cases", "surgery") are left out.
const PEOPLE =
  /\b(?:patients?|participants?|volunteers?|wom[ae]n|m[ae]n|children|child|boys?|girls?|infants?|newborns?|neonates?|adolescents?|adults?|people|persons?|humans|individuals|students?|smokers?|respondents?|outpatients?|inpatients?|mothers?|fathers?|sisters?|brothers?|sons?|daughters?|siblings?|proband|families|family|pregnan\w*|subjects|clinicians?|physicians?|doctors?|nurses?|\d+-year-old)\b/iu;

// A question that itself asks about animals, plants, cells or molecules is answered by studies of them.
const ASKS_OF_NON_PEOPLE =
  /\b(?:animals?|pets?|vets?|veterinar\w*|dogs?|cats?|horses?|rats?|mice|mouse|birds?|fish|insects?|mosquito\w*|plants?|crops?|soils?|trees?|in vitro|cells?|cellular|laborator\w*|models?|molecul\w*|proteins?|genes?|enzymes?|receptors?|chemi\w*|structures?)\b/iu;

// Highest SCOWL size of an everyday English word ("flu", "deficits", "thyroid" are size 35).
export const EVERYDAY_WORD_LEVEL = 35;

/** Whether an article studied no people: MeSH without "Humans", or (no MeSH) an abstract naming no people. */
export function studiesNoPeople(article: Article): boolean {
  if (article.meshHeadings.length) return !article.meshHeadings.some((h) => h.descriptor === 'Humans');
  return !PEOPLE.test(`${article.title} ${article.abstract}`);
}

/**
 * Whether a question asks about people in everyday words: in the reader's voice, or with every subject word an
 * everyday English word (`englishLevel`, a SCOWL size, at most EVERYDAY_WORD_LEVEL), and naming no animal, plant,
 * cell or molecule.
 */
export function asksOfPeople(question: string, englishLevel: (word: string) => number | undefined): boolean {
  if (ASKS_OF_NON_PEOPLE.test(question)) return false;
  if (inReaderVoice(question)) return true;
  const subject = analyzeQuestion(question).concepts.filter((c) => !c.generic && !isRelationWord(c.stem));
  return subject.length > 0 && subject.every((c) => (englishLevel(c.word) ?? Infinity) <= EVERYDAY_WORD_LEVEL);
}

/**
 * Why the direct answer's article cannot answer a question about people put in everyday words, or null: it studied
 * no people (animals, plants, cells, molecules or materials).
 */
export function restsOffPeople(question: string, direct: Article | undefined, englishLevel: ((word: string) => number | undefined) | undefined): string | null {
  if (!direct || !englishLevel || !asksOfPeople(question, englishLevel) || !studiesNoPeople(direct)) return null;
  const animals = animalsOnly(direct);
  const which = animals?.length && animals[0] !== 'animals' ? ` (${animals.slice(0, 2).join(' and ')})` : '';
  return animals
    ? `The article found that speaks to the question studied animals${which}, not people; it does not say how this goes in people.`
    : 'The article found that speaks to the question studied no people (it is a laboratory, plant or other study), so it does not say how this goes in people.';
}
