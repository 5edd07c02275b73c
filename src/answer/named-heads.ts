import type { Article } from '../domain/index.js';
import { escapeRegExp, joinWords } from '../lib/index.js';
import { contentTerms, mentions } from './content-terms.js';
import type { SubjectGroup } from './subject-groups.js';
import { isFullAbstract } from './full-abstract.js';

/**
 * A reader's subject of a few words names its thing by its last word ("low thyroid", "weight gain"): the other words
 * say which or how much. An article that shares the first words only in another sense ("very low-density lipoprotein"
 * for "low thyroid") and never names the thing itself, nor the medical name the vocabulary gives the phrase
 * ("hypothyroidism"), does not speak of that subject, however well it covers the rest of the question.
 */

/** What tells a specific head word and the medical names of a phrase. */
export type NamedHeadOptions = {
  /** How common a lower-case word is in English (a SCOWL size), undefined when it is no English word. */
  englishLevel: (word: string) => number | undefined;
  /** Whether a lower-case word names a concept of the medical vocabulary. */
  isNamedConcept: (word: string) => boolean;
  /** The medical names the vocabulary gives a phrase, e.g. "hypothyroidism" for "low thyroid". */
  alternativesOf?: (phrase: string) => readonly string[] | undefined;
};

// Heads as common as "father", "pain" or "day" (SCOWL 20 or less) are often said otherwise ("paternal"); rarer ones
// ("thyroid", "psoriasis") are the name of the thing.
const EVERYDAY_HEAD = 20;

/** Whether a lower-case text with hyphens read as spaces writes a name, from a word's start. */
const saidIn = (text: string) => (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase().replace(/[-‐]/gu, ' '))}`, 'u').test(text);

/**
 * The subjects of several words (their text) whose head, rarer than everyday English and a vocabulary name (or the
 * head of a phrase the vocabulary renames), the article neither names nor calls by a medical name of the subject, or
 * an empty list.
 */
export function unnamedHeads(groups: readonly SubjectGroup[], article: Article, articleStems: ReadonlySet<string>, options: NamedHeadOptions): string[] {
  const text = `${article.title} ${article.abstract} ${article.meshHeadings.map((h) => h.descriptor).join(' ')}`.toLowerCase().replace(/[-‐]/gu, ' ');
  const said = saidIn(text);
  return groups
    .filter((g) => {
      if (g.wording || g.words.length < 2) return false;
      const head = g.words.at(-1) as string;
      const stem = g.stems.at(-1) as string;
      if ((options.englishLevel(head) ?? Infinity) <= EVERYDAY_HEAD) return false;
      const names = options.alternativesOf?.(g.text.toLowerCase()) ?? [];
      // The head must name a thing: a vocabulary concept, or the head of a phrase the vocabulary renames.
      if (!options.isNamedConcept(head) && !names.length) return false;
      if (mentions(articleStems, stem)) return false;
      return !names.some(said);
    })
    .map((g) => g.text);
}

/** Why the direct answer's article does not speak of a subject the question names by a specific head word, or null. */
export function leavesOutNamedHead(groups: readonly SubjectGroup[], article: Article | undefined, articleStems: ReadonlySet<string>, options: NamedHeadOptions): string | null {
  const missing = article ? unnamedHeads(groups, article, articleStems, options) : [];
  if (!missing.length) return null;
  return `The article that comes closest to an answer does not speak of ${joinWords(missing, 'or')}, so it answers another question.`;
}


/**
 * The subjects of several everyday words the vocabulary renames ("throat cancer" → pharyngeal neoplasms, "stomach
 * operation" → gastrectomy) that an article speaks of neither by all their own words nor by one of those names: an
 * article on colorectal metastases meets "cancer" of "throat cancer", never the throat. Empty when it speaks of each.
 * A subject with a word rarer than everyday English ("human genome") is a name of its own, left to other checks, as is
 * one whose vocabulary names only reorder its words ("genome human").
 */
export function unnamedRenamedPhrases(
  groups: readonly SubjectGroup[],
  article: Article,
  articleStems: ReadonlySet<string>,
  alternativesOf: (phrase: string) => readonly string[] | undefined,
  isEveryday: (word: string) => boolean = () => true,
): string[] {
  // A record of a few snippets ("moderate doses of ionising radiations ... a late risk of developing a meningioma")
  // need not repeat what its article names elsewhere: only a full abstract is held to naming the subject.
  if (!isFullAbstract(article)) return [];
  const text = `${article.title} ${article.abstract} ${article.meshHeadings.map((h) => h.descriptor).join(' ')} ${article.keywords.join(' ')}`.toLowerCase().replace(/[-‐]/gu, ' ');
  const said = saidIn(text);
  return groups
    .filter((g) => {
      if (g.wording || g.words.length < 2 || !g.words.every(isEveryday)) return false;
      const own = new Set(g.stems);
      const names = (alternativesOf(g.text.toLowerCase()) ?? []).filter((name) => name.length > 2 && !contentTerms(name).every((t) => own.has(t.stem)));
      if (!names.length) return false;
      if (g.stems.every((stem) => mentions(articleStems, stem))) return false;
      return !names.some(said);
    })
    .map((g) => g.text);
}

/** Why the direct answer's article does not speak of a subject the vocabulary renames, or null. */
export function leavesOutRenamedPhrase(
  groups: readonly SubjectGroup[],
  article: Article | undefined,
  articleStems: ReadonlySet<string>,
  alternativesOf?: (phrase: string) => readonly string[] | undefined,
  isEveryday?: (word: string) => boolean,
): string | null {
  const missing = article && alternativesOf ? unnamedRenamedPhrases(groups, article, articleStems, alternativesOf, isEveryday) : [];
  if (!missing.length) return null;
  return `The article that comes closest to an answer does not speak of ${joinWords(missing, 'or')}, so it answers another question.`;
}
