import { boundedCache, editDistance, type BoundedCache } from '../lib/index.js';
import type { SearchStore } from './search-store.js';
import { foldText, indexStems } from './text-tokens.js';

/** A word of the corpus near a word no article has: as the articles write it, how far off, in how many articles. */
export type SpellingCandidate = { word: string; distance: number; docs: number };

/** What the corpus spelling index reads: the index terms with their document counts, and a label that changes with the corpus. */
export type SpellingStore = Pick<SearchStore, 'matchArticles' | 'getArticles'> & {
  vocabulary?(): Promise<{ term: string; docs: number }[]>;
  snapshot(): Promise<string>;
};

/** How many typing slips a word of this length may hold and still be read as a corpus word: none up to 3 letters, 1 up to 6, 2 beyond. */
export function slipsAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length <= 6 ? 1 : 2;
}

type Entry = { term: string; docs: number; letters: number };

/** The index terms of one corpus state by length, and the words already looked up in it with what was found. */
type CorpusState = { snapshot: string; byLength: Map<number, Entry[]>; looked: BoundedCache<string, SpellingCandidate[]> };

// Words looked up kept per corpus state: a reader who retypes a question, or several who misspell one name, cost one
// lookup (each reads a few articles per candidate to learn how the corpus writes it).
const MAX_CACHED_LOOKUPS = 1000;

/** The set of letters a word uses, a..z as bits 0..25 (other letters share bit 26). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26);
  }
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// How many articles are read to find how the corpus writes a stem ("kidnei" as "kidney").
const SURFACE_ARTICLES = 5;

/**
 * The corpus words closest to a word no article has (Damerau distance: a slip, a missing or extra letter, two letters
 * swapped), nearest first and, equally near, the ones more articles use first. The index terms are read once per
 * corpus state and kept by length, so a lookup compares the word with terms of nearby length only; a word looked up
 * again in the same corpus state gets what was found before.
 */
export function createCorpusSpelling(store: SpellingStore): (word: string, limit?: number) => Promise<SpellingCandidate[]> {
  let cached: CorpusState | null = null;

  async function state(): Promise<CorpusState> {
    const snapshot = await store.snapshot();
    if (cached?.snapshot === snapshot) return cached;
    const byLength = new Map<number, Entry[]>();
    for (const { term, docs } of (await store.vocabulary?.()) ?? []) {
      const list = byLength.get(term.length) ?? [];
      list.push({ term, docs, letters: letterMask(term) });
      byLength.set(term.length, list);
    }
    cached = { snapshot, byLength, looked: boundedCache(MAX_CACHED_LOOKUPS) };
    return cached;
  }

  // How the articles write a stem: the word of a few articles containing it whose stem it is, the most frequent, in
  // lower case unless the articles never write it so ("Spanish").
  async function surfaceOf(stem: string, near: string): Promise<string> {
    const hits = await store.matchArticles({ groups: [[stem]], mode: 'all', limit: SURFACE_ARTICLES });
    const counts = new Map<string, { n: number; lower: boolean; capitalised: string | null }>();
    for (const article of await store.getArticles(hits.map((h) => h.pmid))) {
      for (const written of `${article.title} ${article.abstract}`.match(/\p{L}+/gu) ?? []) {
        const word = foldText(written);
        if (indexStems(word)[0] !== stem) continue;
        const seen = counts.get(word) ?? { n: 0, lower: false, capitalised: null };
        seen.n += 1;
        if (written === word) seen.lower = true;
        else if (/^\p{Lu}\p{Ll}+$/u.test(written)) seen.capitalised = written;
        counts.set(word, seen);
      }
    }
    const forms = [...counts].sort((a, b) => b[1].n - a[1].n || editDistance(near, a[0]) - editDistance(near, b[0]) || a[0].localeCompare(b[0]));
    const best = forms[0];
    if (!best) return stem;
    return !best[1].lower && best[1].capitalised ? best[1].capitalised : best[0];
  }

  return async (word: string, limit = 4): Promise<SpellingCandidate[]> => {
    const folded = foldText(word);
    const max = slipsAllowed(folded);
    if (max === 0 || !/^\p{L}+$/u.test(folded)) return [];
    const corpus = await state();
    const key = `${limit} ${folded}`;
    const known = corpus.looked.get(key) ?? (await nearest(corpus.byLength, folded, max, limit));
    corpus.looked.set(key, known);
    return known.map((candidate) => ({ ...candidate }));
  };

  async function nearest(byLength: ReadonlyMap<number, Entry[]>, folded: string, max: number, limit: number): Promise<SpellingCandidate[]> {
    const stem = indexStems(folded)[0] ?? folded;
    const found: { term: string; docs: number; distance: number }[] = [];
    const masks = [letterMask(folded), letterMask(stem)];
    for (let length = Math.min(folded.length, stem.length) - max; length <= folded.length + max; length++) {
      for (const entry of byLength.get(length) ?? []) {
        // Each slip adds or removes at most two letters from the set a word uses: most terms fail this at once.
        if (bitCount(masks[0]! ^ entry.letters) > 2 * max && bitCount(masks[1]! ^ entry.letters) > 2 * max) continue;
        const distance = Math.min(editDistance(folded, entry.term, max), editDistance(stem, entry.term, max));
        if (distance <= max && entry.term !== stem) found.push({ ...entry, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs || a.term.localeCompare(b.term));
    const candidates: SpellingCandidate[] = [];
    for (const entry of found.slice(0, limit * 2)) {
      const surface = await surfaceOf(entry.term, folded);
      // The stems only find candidates: the word as written must be as near ("flonase" is not "floating", stem "float").
      const distance = editDistance(folded, foldText(surface), max);
      if (distance > max || candidates.some((c) => c.word === surface) || foldText(surface) === folded) continue;
      candidates.push({ word: surface, distance, docs: entry.docs });
      if (candidates.length >= limit) break;
    }
    return candidates.sort((a, b) => a.distance - b.distance || b.docs - a.docs);
  }
}
