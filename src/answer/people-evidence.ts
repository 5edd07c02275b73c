import type { Article } from '../domain/index.js';
import { analyzeQuestion, isRelationWord } from './analyze-question.js';
import { animalsNamed, animalsOnly } from './animal-evidence.js';
import { capitalisedAfterFirst } from './general-words.js';
import { inReaderVoice } from './reader-voice.js';
import { isFullAbstract } from './full-abstract.js';
import { namesPeople } from './population.js';

/**
 * A question put in everyday words ("Are the stomach flu and the flu the same thing?", "What are the long term
 * deficits that may happen?") asks how something goes in people. An article that studied no people (infected rats,
 * maize under long-term fertiliser, a protein's binding site, an insecticide bait) shares the question's words in
 * another sense, and a direct answer from it is off the question. A research question in technical words is not held
 * to this: what a gene does or how a parasite infects is answered from laboratory and animal studies.
 */

// A question that itself asks about animals, plants, cells or molecules is answered by studies of them.
const ASKS_OF_NON_PEOPLE =
  /\b(?:animals?|mammals?|species|organisms?|pets?|vets?|veterinar\w*|dogs?|cats?|horses?|rats?|mice|mouse|birds?|fish|insects?|mosquito\w*|plants?|crops?|soils?|trees?|bacteri(?:a|um|al)|microb\w*|in vitro|cells?|cellular|laborator\w*|models?|molecul\w*|proteins?|genes?|enzymes?|receptors?|chemi\w*|structures?)\b/iu;

// Plants and fields studied in place of people ("maize grown in the field in long-term fertilizer trials").
const PLANTS = /\b(?:maize|wheat|rice|barley|soybeans?|crops?|soils?|plants?|seedlings?|leaves|fertili[sz]ers?|insecticides?|pesticides?|cultivars?)\b/giu;

// Highest SCOWL size of an everyday English word ("flu", "deficits", "thyroid" are size 35).
export const EVERYDAY_WORD_LEVEL = 35;

/** Whether an article studied no people: MeSH without "Humans", or (no MeSH) a full abstract naming no people. */
export function studiesNoPeople(article: Article): boolean {
  if (article.meshHeadings.length) return !article.meshHeadings.some((h) => h.descriptor === 'Humans');
  // A full abstract that names no people studied none; a shorter record (a title, a few snippets) may just not say.
  return isFullAbstract(article) && !namesPeople(`${article.title} ${article.abstract}`);
}

/** Whether an article studied animals or plants in place of people (named at least twice, and no people). */
function studiesAnimalsOrPlants(article: Article): boolean {
  if (!studiesNoPeople(article)) return false;
  return animalsOnly(article) !== null || (`${article.title} ${article.abstract}`.match(PLANTS) ?? []).length >= 2;
}

/**
 * Whether a question asks about people in everyday words: in the reader's voice, or with every subject word an
 * everyday English word (`englishLevel`, a SCOWL size, at most EVERYDAY_WORD_LEVEL) and no capitalised name, and
 * naming no animal, plant, cell or molecule.
 */
export function asksOfPeople(question: string, englishLevel: (word: string) => number | undefined): boolean {
  if (ASKS_OF_NON_PEOPLE.test(question)) return false;
  if (inReaderVoice(question)) return true;
  // A capitalised name after the first word ("the Disambiguate algorithm", "HPV") is a research topic's name.
  if (capitalisedAfterFirst(question)) return false;
  const subject = analyzeQuestion(question).concepts.filter((c) => !c.generic && !isRelationWord(c.stem));
  return subject.length > 0 && subject.every((c) => (englishLevel(c.word) ?? Infinity) <= EVERYDAY_WORD_LEVEL);
}

/**
 * Why the direct answer's article cannot answer a question about people (`ofPeople`, as asksOfPeople reads it), or
 * null. A question in the reader's voice
 * is not answered from an article that studied no people (animals, plants, cells, molecules or materials); one only
 * put in everyday words ("Are the stomach flu and the flu the same thing?") not from a study of animals or plants:
 * research questions in everyday words ("What are super-enhancers?") are answered from laboratory work.
 */
export function restsOffPeople(question: string, direct: Article | undefined, ofPeople: boolean): string | null {
  if (!direct || !ofPeople) return null;
  if (!(inReaderVoice(question) ? studiesNoPeople(direct) : studiesAnimalsOrPlants(direct))) return null;
  const animals = animalsOnly(direct);
  return animals
    ? `The article found that speaks to the question studied animals${animalsNamed(animals)}, not people; it does not say how this goes in people.`
    : 'The article found that speaks to the question studied no people (it is a laboratory, plant or other study), so it does not say how this goes in people.';
}

// Wording that asks whether one thing brings about another.
const ASKS_CAUSE = /\b(?:caus(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|leads? to|due to)\b/iu;

/**
 * Whether a question asks whether one thing brings about another ("Would high heart rate be caused by being overweight
 * at all?", "Engorged breast can cause chills?"); asked of people in everyday words, an answer must speak of both.
 */
export function asksCause(question: string): boolean {
  return ASKS_CAUSE.test(question);
}
