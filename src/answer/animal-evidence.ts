import type { Article } from '../domain/index.js';
import { inReaderVoice } from './reader-voice.js';

/**
 * A reader asking about themselves ("Is it normal for a stomach flu to last this long?") asks about people. An
 * article that studied only animals (gastroenteritis in infected rats) or cells does not say how it goes in people,
 * and an answer built on it reads as if it did; the honest reply says that the evidence found is from animals.
 */

// Animals studied in place of people, as abstracts name them; "yeast" is left out (a reader's "yeast infection").
const ANIMAL =
  /\b(?:rats?|mice|mouse|murine|rodents?|rabbits?|hamsters?|guinea[\s-]pigs?|gerbils?|dogs?|canine|cats?|feline|pigs?|piglets?|porcine|swine|sheep|ovine|lambs?|goats?|cattle|cows?|calves|bovine|horses?|equine|ponies|monkeys?|macaques?|baboons?|primates?|marmosets?|zebrafish|drosophila|chickens?|chicks?|broilers?|poultry|ferrets?|frogs?|xenopus|nematodes?|elegans)\b/giu;
// Words by which an abstract says it studied people.
const PEOPLE =
  /\b(?:patients?|participants?|volunteers?|wom[ae]n|m[ae]n|children|child|boys?|girls?|infants?|newborns?|neonates?|adolescents?|adults?|people|persons?|humans|individuals|students?|smokers?|respondents?|outpatients?|inpatients?|mothers?|pregnancies|families)\b/iu;
// A question that itself asks about animals, cells or the laboratory is answered by such studies.
const ASKS_OF_ANIMALS =
  /\b(?:animals?|pets?|vets?|veterinar\w*|in vitro|cells?|cell lines?|laborator\w*|model|models)\b/iu;

/**
 * The animals an article studied when it studied no people (MeSH "Animals" without "Humans", or, with no MeSH, an
 * abstract naming animals and no people), lower case and most named first; null for any other article.
 */
export function animalsOnly(article: Article): string[] | null {
  const headings = new Set(article.meshHeadings.map((h) => h.descriptor));
  const text = `${article.title} ${article.abstract}`;
  const named = new Map<string, number>();
  for (const match of text.matchAll(ANIMAL)) {
    const word = match[0].toLowerCase();
    named.set(word, (named.get(word) ?? 0) + 1);
  }
  const animals = [...named].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  if (headings.size) return headings.has('Animals') && !headings.has('Humans') ? (animals.length ? animals : ['animals']) : null;
  // Two mentions at least: one passing comparison ("as in mice") does not make a study an animal study.
  const mentions = [...named.values()].reduce((sum, n) => sum + n, 0);
  return mentions >= 2 && !PEOPLE.test(text) ? animals : null;
}

/**
 * Why an answer to a question about the reader would rest on animal studies only, or null: the question is in the
 * reader's voice and names no animal, cells or laboratory model, and the direct answer's article studied animals
 * only. A research question is not held to it: on BioASQ, what causes ocular thelaziasis or whether PRDM9 is
 * essential for meiosis is answered from animal studies.
 */
// The words people use for what they take ("other medications similar to buspirone?", "which pills help?"): a question
// asking for them asks what a person may take, which a study of animals alone does not say.
const ASKS_OF_MEDICINES = /\b(?:medications?|medicines?|meds|pills?|tablets?)\b/iu;

export function restsOnAnimals(question: string, direct: Article | undefined): string | null {
  if (!direct || !(inReaderVoice(question) || ASKS_OF_MEDICINES.test(question)) || ASKS_OF_ANIMALS.test(question) || new RegExp(ANIMAL.source, 'iu').test(question)) return null;
  const animals = animalsOnly(direct);
  if (!animals) return null;
  const which = animals.length ? ` (${animals.slice(0, 2).join(' and ')})` : '';
  return `The article found that speaks to the question studied animals${which}, not people; it does not say how this goes in people.`;
}
