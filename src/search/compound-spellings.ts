import type { SearchStore } from './search-store.js';
import { EVERYDAY_LEVEL } from './general-english.js';
import { STOP_WORDS } from './stop-words.js';
import { foldText, stemOf } from './text-tokens.js';

/**
 * A compound is written closed, hyphened or spaced ("sleepwalking", "sleep-walking", "sleep walking"; "breastfeeding",
 * "breast-feeding", "breast feeding"; "heartburn", "heart burn"), and a reader's form need not be the articles'. The
 * question with each compound the corpus writes in none of the reader's forms but in another one respelled that way:
 * - a closed word no article holds that splits into two corpus words the articles write side by side (hyphened or
 *   spaced, which the index reads alike) is written hyphened ("sleepwalking" → "sleep-walking");
 * - two words hyphened or side by side that no article writes so, while the closed word is in the corpus, are written
 *   closed ("bed-wetting" → "bedwetting").
 * Nothing is respelled when the reader's form is in the corpus: the articles the reader's words find are kept.
 */
export type CompoundStore = Pick<SearchStore, 'matchArticles'> & {
  documentFrequencies?(stems: readonly string[]): Promise<ReadonlyMap<string, number>>;
};

// The shortest part of a compound: shorter ones ("bed" of "bedwetting" aside) make splits of ordinary words.
const MIN_PART = 3;
// The shortest closed word read as a compound of two parts.
const MIN_CLOSED = 2 * MIN_PART + 1;
// Splits of one closed word looked up as phrases at most (the most even ones first).
const MAX_SPLITS = 3;
// Words of a question read at most: a long question costs no more than a short one.
const MAX_WORDS = 64;

type Word = { text: string; folded: string; start: number; end: number };

const WORD = /\p{L}+(?:[-‐]\p{L}+)*/gu;
// A short stop word is no part ("the rapist" of "therapist"); a longer one may be ("being" of "wellbeing").
const isPart = (part: string) => part.length >= MIN_PART && (part.length > MIN_PART || !STOP_WORDS.has(part));

/** With a general-English word list, the commonest words are never respelled. */
export type CompoundOptions = { englishLevel?: (word: string) => number | undefined };

/** The question as the corpus writes its compounds (see CompoundStore); the question itself when none needs it. */
export function createCompoundSpellings(store: CompoundStore, options: CompoundOptions = {}): (question: string) => Promise<string> {
  // The commonest English words ("meantime", "overnight") are wording: "mean time" in the articles is no sense of them.
  const everyday = (word: string) => (options.englishLevel?.(word) ?? Infinity) <= EVERYDAY_LEVEL;
  const written = async (phrase: string) => (await store.matchArticles({ groups: [[phrase]], mode: 'all', limit: 1 })).length > 0;
  return async (question) => {
    if (!store.documentFrequencies) return question;
    const words: Word[] = [];
    for (const match of question.matchAll(WORD)) {
      words.push({ text: match[0], folded: foldText(match[0]), start: match.index, end: match.index + match[0].length });
      if (words.length >= MAX_WORDS) break;
    }
    // Closed words and their splits; hyphened words and neighbours side by side with their closed form.
    const closed = words.flatMap((w) => (/^\p{L}+$/u.test(w.folded) && w.folded.length >= MIN_CLOSED && !STOP_WORDS.has(w.folded) && !everyday(w.folded) ? [{ word: w, splits: splitsOf(w.folded) }] : []));
    const joined: { from: number; to: number; parts: string[] }[] = [];
    for (const [i, w] of words.entries()) {
      const parts = w.folded.split(/[-‐]/u);
      if (parts.length === 2 && parts.every((p) => p.length >= 2)) joined.push({ from: i, to: i, parts });
      const next = words[i + 1];
      // Neighbours that are no stop words at all ("every day" is no "everyday" to look for).
      const content = (word: string) => word.length >= MIN_PART && !STOP_WORDS.has(word);
      if (next && content(w.folded) && content(next.folded) && /^ $/u.test(question.slice(w.end, next.start)) && /^\p{L}+$/u.test(w.folded + next.folded)) {
        joined.push({ from: i, to: i + 1, parts: [w.folded, next.folded] });
      }
    }
    if (!closed.length && !joined.length) return question;
    const stems = [
      ...closed.flatMap(({ word, splits }) => [stemOf(word.folded), ...splits.flatMap(([a, b]) => [stemOf(a), stemOf(b)])]),
      ...joined.map((j) => stemOf(j.parts.join(''))),
    ];
    const counts = await store.documentFrequencies([...new Set(stems)]);
    const inCorpus = (word: string) => (counts.get(stemOf(word)) ?? 0) > 0;
    // Replacements by word index range, in question order.
    const respelled = new Map<number, { to: number; text: string }>();
    for (const { word, splits } of closed) {
      if (inCorpus(word.folded)) continue;
      for (const [a, b] of splits.filter(([a, b]) => inCorpus(a) && inCorpus(b)).slice(0, MAX_SPLITS)) {
        if (!(await written(`${a} ${b}`))) continue;
        const i = words.indexOf(word);
        respelled.set(i, { to: i, text: `${word.text.slice(0, a.length)}-${word.text.slice(a.length)}` });
        break;
      }
    }
    for (const { from, to, parts } of joined) {
      const closedForm = parts.join('');
      if ([...respelled].some(([f, r]) => from <= r.to && f <= to) || !inCorpus(closedForm) || (await written(parts.join(' ')))) continue;
      respelled.set(from, { to, text: words.slice(from, to + 1).map((w) => w.text.replace(/[-‐]/gu, '')).join('') });
    }
    if (!respelled.size) return question;
    let out = '';
    let at = 0;
    for (const [from, { to, text }] of [...respelled].sort((x, y) => x[0] - y[0])) {
      out += question.slice(at, words[from]!.start) + text;
      at = words[to]!.end;
    }
    return out + question.slice(at);
  };
}

/** The ways a closed word splits into two parts that could each be a word, the most even first. */
function splitsOf(word: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (isPart(a) && isPart(b)) splits.push([a, b]);
  }
  return splits.sort((x, y) => Math.abs(x[0].length - x[1].length) - Math.abs(y[0].length - y[1].length));
}
