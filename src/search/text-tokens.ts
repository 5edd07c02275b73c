import { stemmer } from 'stemmer';
import { isAbbreviation } from '../lib/index.js';

/** A word of a question as the reader wrote it, lower-cased; hyphens, digits and inner dots are kept ("il-6"). */
const QUESTION_WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** What the FTS5 unicode61 tokenizer treats as one token. */
const INDEX_TOKEN = /[\p{L}\p{N}]+/gu;
const DIACRITICS = /\p{M}+/gu;

/** Lower-cases and strips diacritics the way unicode61 does, so "Sjögren" and "sjogren" meet. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
}

/**
 * The first `max` words of a question, folded, with curly apostrophes made straight ("parkinson's").
 * Stops scanning once `max` words are read, so a 100 KB question costs no more than a short one.
 */
export function questionWords(question: string, max: number): string[] {
  const words: string[] = [];
  for (const match of foldText(question).matchAll(QUESTION_WORD)) {
    words.push(match[0].replaceAll('’', "'"));
    if (words.length >= max) break;
  }
  return words;
}

/**
 * The word runs of a question that a bracket holds, as [start, end) indexes into `questionWords(question, max)`:
 * "strawberry birthmark (hemangioma)" gives the run of "hemangioma". Nested or unclosed brackets give nothing.
 */
export function bracketedRuns(question: string, max: number): [number, number][] {
  const runs: [number, number][] = [];
  // The case is kept to tell an abbreviation ("(CMV)") from a name; abbreviations are spelled out elsewhere.
  const shaped = question.normalize('NFKD').replace(DIACRITICS, '');
  const text = shaped.toLowerCase();
  const written: string[] = [];
  let index = 0;
  let open: number | undefined;
  let from = 0;
  for (const match of text.matchAll(QUESTION_WORD)) {
    if (index >= max) break;
    const between = text.slice(from, match.index);
    from = match.index + match[0].length;
    written.push(shaped.slice(match.index, from));
    for (const [k, char] of [...between].entries()) {
      // Only a bracket right after a word restates it: "colchicine? (gout)" names the thread, not colchicine.
      if (char === '(') open = open === undefined && /^\s*$/u.test(between.slice(0, k)) ? index : -1;
      else if (char === ')') {
        if (open !== undefined && open >= 0 && index > open) runs.push([open, index]);
        open = undefined;
      }
    }
    index++;
  }
  if (open !== undefined && open >= 0 && index > open && text.slice(from).includes(')')) runs.push([open, index]);
  return runs.filter(([start, end]) => end - start > 1 || !isAbbreviation(written[start] ?? ''));
}


/** Stems already computed: re-ranking stems ~100 abstracts per question, and their words repeat across questions. */
const stemCache = new Map<string, string>();
/** Bounds the cache; a process that has met this many distinct words starts over rather than grow without end. */
const MAX_CACHED_STEMS = 200_000;

export function stemOf(token: string): string {
  let stem = stemCache.get(token);
  if (stem === undefined) {
    if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
    stem = stemmer(token);
    stemCache.set(token, stem);
  }
  return stem;
}

/** The stems FTS5's `porter unicode61` would index for a text, in order. */
export function indexStems(text: string): string[] {
  return (foldText(text).match(INDEX_TOKEN) ?? []).map(stemOf);
}
