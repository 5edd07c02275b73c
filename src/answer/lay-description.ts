import { namesPeople } from './population.js';
import { storyWords } from './reader-context.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * A reader describes in everyday words what a paper names in its own terms: "a bigger egg collection" for "increasing
 * oocyte yield", "the bite curves" for "occlusal curves", "some leakage" told in the story for the incontinence the
 * study is about. Such a description names no thing the vocabulary knows, so no lexicon renames it, and a sentence on
 * the question's other subjects may well answer it. A thing named in everyday English ("coffee", "prostate cancer") is
 * not a description: the vocabulary names it, and an article that never writes it is about something else.
 */

/** The SCOWL size of an ordinary dictionary's words ("leakage", "surgeon", "steeper"): rarer ones are terms. */
export const ORDINARY_LEVEL = 35;
// The SCOWL size of the commonest words ("bigger", "egg", "bone"), which a corpus of abstracts may well never write.
const EVERYDAY_LEVEL = 20;

/** What tells a description from a name: the word lists, the vocabulary, and whether the corpus has a word at all. */
export type LayWords = {
  englishLevel: (word: string) => number | undefined;
  isNamedConcept: (word: string) => boolean;
  /** Whether some article of the corpus writes the stem (a word no article has is a topic the corpus lacks). */
  inCorpus?: (stem: string) => boolean;
};

/**
 * Whether a subject of the question is the reader's description in everyday words: every word an ordinary English word
 * (the corpus writing those past the commonest) and the vocabulary names no thing by (a word for people, "teenager", aside), in a phrase of
 * its own ("bigger egg collection") or, a lone word, only in the story told before the question ("I'm postmenopausal
 * with some leakage."). A lone everyday word in the question sentence ("Does alcohol ...?") may be the very thing asked.
 */
export function describedInEverydayWords(question: string, group: SubjectGroup, lay: LayWords): boolean {
  const ordinary = group.words.every((word, i) => {
    const lower = word.toLowerCase();
    const level = lay.englishLevel(lower);
    if (level === undefined || level > ORDINARY_LEVEL) return false;
    // A word past the commonest ones names a thing ("cranberry"): one no article writes is a topic the corpus lacks.
    if (level > EVERYDAY_LEVEL && lay.inCorpus && group.stems[i] !== undefined && !lay.inCorpus(group.stems[i] as string)) return false;
    return !lay.isNamedConcept(lower) || (namesPeople(lower) && !/^pregnan/u.test(lower));
  });
  if (!ordinary) return false;
  if (group.words.length >= 2) return true;
  const story = storyWords(question);
  return group.words.every((w) => story.has(w.toLowerCase()));
}

/**
 * Whether the subjects a direct answer leaves out are only the reader's descriptions, beside at least two of the
 * question's subjects it speaks of and no fewer than it leaves out: the article answers what was asked in its own terms.
 */
export function leavesOutOnlyDescriptions(question: string, topics: readonly SubjectGroup[], unsaid: readonly SubjectGroup[], lay: LayWords): boolean {
  const spoken = topics.length - unsaid.length;
  return unsaid.length > 0 && spoken >= 2 && unsaid.length <= spoken && unsaid.every((g) => describedInEverydayWords(question, g, lay));
}
