import { STOP_WORDS, WEAK_WORDS } from './stop-words.js';
import { questionWords } from './text-tokens.js';

/** How many words of a question are read at most; the rest of a very long question is ignored. */
export const MAX_QUESTION_WORDS = 64;

/** One thing the question is about, with the phrases (synonyms, abbreviations) that express it. */
export type Concept = {
  /** The words as found in the question, folded to lower case. */
  text: string;
  /** Plain-word phrases any of which counts as a mention; the first is `text`. */
  alternatives: string[];
  /** True for framing words ("role", "associated"): used in ranking, not required by the precise query. */
  weak: boolean;
};

/** What a question asks about: its content words in order and the concepts they form. */
export type QuestionAnalysis = { words: string[]; concepts: Concept[] };

/**
 * Knows multiword concepts and their alternatives (MeSH names, abbreviations, lay terms, spelling variants).
 * `alternativesOf` gets a folded phrase of 1..`maxWords` words and returns its alternatives, or undefined.
 */
export type ConceptLexicon = {
  maxWords: number;
  alternativesOf(phrase: string): readonly string[] | undefined;
};

/** Words that only make sense with a neighbour: numbers and single letters ("type 2", "vitamin d", "hepatitis b"). */
function isFragment(word: string): boolean {
  return /^\p{N}+$/u.test(word) || word.length === 1;
}

/**
 * Splits a question into concepts: drops stop and question words, keeps tokens such as "il-6", "covid-19" and
 * "brca1", joins numbers and single letters to their neighbour, and, given a lexicon, joins the longest run of
 * adjacent words it knows into one concept carrying the lexicon's alternatives.
 */
export function analyseQuestion(question: string, lexicon?: ConceptLexicon): QuestionAnalysis {
  const runs = contentRuns(questionWords(question, MAX_QUESTION_WORDS * 2));
  const words = runs.flat().slice(0, MAX_QUESTION_WORDS);
  const concepts = new Map<string, Concept>();
  let budget = MAX_QUESTION_WORDS;
  for (const run of runs) {
    const kept = run.slice(0, budget);
    budget -= kept.length;
    for (const phrase of splitRun(kept, lexicon)) {
      if (concepts.has(phrase)) continue;
      const known = lexicon?.alternativesOf(phrase) ?? [];
      concepts.set(phrase, { text: phrase, alternatives: [...new Set([phrase, ...known])], weak: WEAK_WORDS.has(phrase) });
    }
    if (budget <= 0) break;
  }
  return { words, concepts: [...concepts.values()] };
}

/** Maximal runs of adjacent content words; a stop word ends a run. */
function contentRuns(words: readonly string[]): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word) || !/[\p{L}\p{N}]/u.test(word)) {
      if (current.length) runs.push(current);
      current = [];
    } else {
      current.push(word);
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** Cuts a run of content words into concept phrases: lexicon entries first (longest match), else single words. */
function splitRun(run: readonly string[], lexicon: ConceptLexicon | undefined): string[] {
  const pieces: { words: string[]; known: boolean }[] = [];
  let start = 0;
  while (start < run.length) {
    let length = 1;
    if (lexicon) {
      for (let size = Math.min(lexicon.maxWords, run.length - start); size > 1; size--) {
        if (lexicon.alternativesOf(run.slice(start, start + size).join(' '))) {
          length = size;
          break;
        }
      }
    }
    pieces.push({ words: run.slice(start, start + length), known: length > 1 });
    start += length;
  }
  // A lone number or letter belongs to a neighbouring word ("type 2", "vitamin d"), never to a lexicon phrase
  // (that would lose its alternatives); one with no free neighbour is dropped as too vague to search.
  const phrases: { words: string[]; known: boolean }[] = [];
  let pending: string[] = [];
  for (const piece of pieces) {
    const previous = phrases.at(-1);
    if (!piece.known && piece.words.length === 1 && isFragment(piece.words[0]!)) {
      if (previous && !previous.known) previous.words.push(...piece.words);
      else pending.push(...piece.words);
      continue;
    }
    // Pending fragments (a run starting with a number) join the next free word and are dropped otherwise.
    phrases.push(piece.known ? piece : { words: [...pending, ...piece.words], known: false });
    pending = [];
  }
  return phrases.map((phrase) => phrase.words.join(' '));
}
