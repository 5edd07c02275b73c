import { boundedCache, clippedFrom, editDistance, MIN_CLIPPED, MIN_CLIPPED_OFF, type BoundedCache } from '../lib/index.js';
import type { SearchStore } from './search-store.js';
import { foldText, indexStems } from './text-tokens.js';

/** A word of the corpus near a word no article has: as the articles write it, how far off, in how many articles. */
export type SpellingCandidate = { word: string; distance: number; docs: number };

/**
 * What the corpus spelling index reads: the index terms (all, then those of records written since a mark), document
 * counts of the few terms near a word, and a label that changes with the corpus.
 */
export type SpellingStore = Pick<SearchStore, 'matchArticles' | 'getArticles'> & {
  spellingTerms?(since: string | null): Promise<{ terms: string[]; mark: string | null }>;
  documentFrequencies?(stems: readonly string[]): Promise<Map<string, number>>;
  snapshot(): Promise<string>;
};

/** The corpus spelling suggester: the nearest corpus words to a word, and `warm` to read the index before the first word. */
export type CorpusSpelling = ((word: string, limit?: number) => Promise<SpellingCandidate[]>) & {
  /** Reads the index terms now (a server does so before it listens); resolves to how many terms are held. */
  warm(): Promise<number>;
};

/** How many typing slips a word of this length may hold and still be read as a corpus word: none up to 3 letters, 1 up to 6, 2 beyond. */
export function slipsAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length <= 6 ? 1 : 2;
}

/**
 * The index terms of one length, sorted, written one after another in one string (a term is `length` characters at
 * `i * length`), with the letter set of each: about one byte per letter and four per term, where a string and an
 * object per term took some 60 bytes more.
 */
type Bucket = { joined: string; letters: Int32Array };

/** The index terms by length, as of a corpus state, and the words already looked up in that state with what was found. */
type CorpusState = { snapshot: string; mark: string | null; byLength: Map<number, Bucket>; looked: BoundedCache<string, SpellingCandidate[]> };

/** The terms of `bucket` (of words `length` long) and `terms` (sorted, unique, that long), merged, sorted, unique. */
function merged(bucket: Bucket | undefined, terms: readonly string[], length: number): Bucket {
  const old = bucket?.joined ?? '';
  const parts: string[] = [];
  let i = 0;
  let j = 0;
  const oldCount = old.length / length;
  while (i < oldCount || j < terms.length) {
    const a = i < oldCount ? old.slice(i * length, (i + 1) * length) : null;
    const b = j < terms.length ? terms[j]! : null;
    if (b === null || (a !== null && a < b)) (parts.push(a!), i++);
    else if (a === null || b < a) (parts.push(b), j++);
    else (parts.push(a), i++, j++);
  }
  const letters = new Int32Array(parts.length);
  for (let k = 0; k < parts.length; k++) letters[k] = letterMask(parts[k]!);
  return { joined: parts.join(''), letters };
}

/** The terms by length, sorted and unique. */
function byLengthOf(terms: readonly string[]): Map<number, string[]> {
  const lists = new Map<number, string[]>();
  for (const term of terms) {
    const list = lists.get(term.length) ?? [];
    list.push(term);
    lists.set(term.length, list);
  }
  for (const [length, list] of lists) lists.set(length, [...new Set(list)].sort());
  return lists;
}

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
export function createCorpusSpelling(store: SpellingStore): CorpusSpelling {
  let cached: CorpusState | null = null;

  // The whole term list is read once (a walk over the whole index); after the corpus changes only the terms of the
  // records written since are merged in. A term whose last article was deleted stays listed: its document count,
  // read for the few terms near a word, is then 0 and it is passed over, so what is found is as a full read would find.
  async function state(): Promise<CorpusState> {
    const snapshot = await store.snapshot();
    if (cached?.snapshot === snapshot) return cached;
    const read = (await store.spellingTerms?.(cached ? cached.mark : null)) ?? { terms: [], mark: null };
    const byLength = new Map(cached?.byLength ?? []);
    for (const [length, terms] of byLengthOf(read.terms)) byLength.set(length, merged(byLength.get(length), terms, length));
    cached = { snapshot, mark: read.mark ?? cached?.mark ?? null, byLength, looked: boundedCache(MAX_CACHED_LOOKUPS) };
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

  const spell = async (word: string, limit = 4): Promise<SpellingCandidate[]> => {
    const folded = foldText(word);
    const max = slipsAllowed(folded);
    if (max === 0 || !/^\p{L}+$/u.test(folded)) return [];
    const corpus = await state();
    const key = `${limit} ${folded}`;
    const known = corpus.looked.get(key) ?? (await nearest(corpus.byLength, folded, max, limit));
    corpus.looked.set(key, known);
    return known.map((candidate) => ({ ...candidate }));
  };
  const warm = async (): Promise<number> => {
    let terms = 0;
    for (const bucket of (await state()).byLength.values()) terms += bucket.letters.length;
    return terms;
  };
  return Object.assign(spell, { warm });

  async function nearest(byLength: ReadonlyMap<number, Bucket>, folded: string, max: number, limit: number): Promise<SpellingCandidate[]> {
    const stem = indexStems(folded)[0] ?? folded;
    const near: { term: string; distance: number }[] = [];
    const masks = [letterMask(folded), letterMask(stem)];
    for (let length = Math.min(folded.length, stem.length) - max; length <= folded.length + max; length++) {
      const bucket = byLength.get(length);
      if (!bucket || length <= 0) continue;
      for (let i = 0; i < bucket.letters.length; i++) {
        const letters = bucket.letters[i]!;
        // Each slip adds or removes at most two letters from the set a word uses: most terms fail this at once.
        if (bitCount(masks[0]! ^ letters) > 2 * max && bitCount(masks[1]! ^ letters) > 2 * max) continue;
        const term = bucket.joined.slice(i * length, (i + 1) * length);
        const distance = Math.min(editDistance(folded, term, max), editDistance(stem, term, max));
        if (distance <= max && term !== stem) near.push({ term, distance });
      }
    }
    // A reader's clipped word ("phaco", "chemo") is the start of the word the articles write in full: such terms come
    // after every slip, as one slip more than allowed, so a typing slip of a whole word is tried first.
    const clipped = clippedTerms(byLength, folded).filter((term) => !near.some((n) => n.term === term));
    near.push(...clipped.map((term) => ({ term, distance: max + 1 })));
    // Document counts only for the few terms near the word; a term no article holds any more (0) is passed over.
    const counts = near.length > 0 ? ((await store.documentFrequencies?.(near.map((n) => n.term))) ?? new Map<string, number>()) : new Map<string, number>();
    const found = near.flatMap((n) => {
      const docs = counts.get(n.term) ?? 0;
      return docs > 0 ? [{ ...n, docs }] : [];
    });
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs || a.term.localeCompare(b.term));
    const candidates: SpellingCandidate[] = [];
    for (const entry of found.slice(0, limit * 2)) {
      const surface = await surfaceOf(entry.term, folded);
      // The stems only find candidates: the word as written must be as near ("flonase" is not "floating", stem "float"),
      // or, for a clipped form, begin with the reader's word.
      const written = foldText(surface);
      const distance = entry.distance > max ? (clippedFrom(folded, written) ? entry.distance : Infinity) : editDistance(folded, written, max);
      // A clipped form may be one slip more than allowed; any other word only as many as allowed (editDistance says
      // max + 1 for "further"): "cam" is no candidate for "icams" because its stem "icam" is one slip from it.
      if (distance > (entry.distance > max ? max + 1 : max) || candidates.some((c) => c.word === surface) || written === folded) continue;
      candidates.push({ word: surface, distance, docs: entry.docs });
      if (candidates.length >= limit) break;
    }
    return candidates.sort((a, b) => a.distance - b.distance || b.docs - a.docs);
  }
}

/** The index terms that begin with a word and are a syllable or more longer (`clippedFrom`), from each length's sorted bucket. */
function clippedTerms(byLength: ReadonlyMap<number, Bucket>, folded: string): string[] {
  if (folded.length < MIN_CLIPPED) return [];
  const terms: string[] = [];
  for (const [length, bucket] of byLength) {
    if (length - folded.length < MIN_CLIPPED_OFF) continue;
    const count = bucket.letters.length;
    const at = (i: number) => bucket.joined.slice(i * length, (i + 1) * length);
    // The first term not sorted before the word, then every term after it that begins with it.
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (at(mid) < folded) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < count && at(i).startsWith(folded); i++) terms.push(at(i));
  }
  return terms;
}
