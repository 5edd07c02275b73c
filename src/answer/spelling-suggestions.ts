import { asWritten, NAME_HEAD } from './asked-name.js';
import type { Answer, SpellingNote } from '../domain/index.js';
import { clippedFrom, editDistance, escapeRegExp, isAbbreviation } from '../lib/index.js';
import { contentTerms } from './content-terms.js';

/** A corpus word near a question word no article has, as the wiring finds it (src/search/corpus-spelling.ts). */
export type SpellingCandidate = { word: string; distance: number; docs: number };

/** The question with one of its words replaced, matching case-insensitively as a whole word ("Spanich" → "Spinach"). */
export function replaceWord(question: string, wrote: string, word: string): string {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wrote)}(?![\\p{L}\\p{N}])`, 'iu');
  return question.replace(pattern, (found) => (/^\p{Lu}/u.test(found) ? word.charAt(0).toUpperCase() + word.slice(1) : word));
}

/** How many suggestions a refusal offers. */
export const MAX_SUGGESTIONS = 3;

const VOWEL = /[aeiouy]/;

/**
 * The cost of the typing slips between two words (lower case): as the Damerau distance (optimal string alignment),
 * but one vowel written for another, the commonest misspelling ("spanich", "allopurinal"), costs half.
 */
export function slipCost(a: string, b: string): number {
  return editDistance(a, b, Infinity, (x, y) => (VOWEL.test(x) && VOWEL.test(y) ? 0.5 : 1));
}

/**
 * Whether a corpus word is close enough to what the reader wrote to be searched for in its place, not only offered:
 * at most one slip (two vowels confused counting as one); not a name the articles always capitalise when the reader
 * did not ("lyme" is no "Syme"); and not the reader's word with its ending cut off, which is more often another word
 * built on it ("augmentin" is no "augment") than a slip, unless the ending is a doubled letter ("goutt"). A corpus word
 * the reader's word is the clipped start of ("phacoemulsification" for "phaco") is searched too.
 */
export function searchable(wrote: string, word: string): boolean {
  const typed = wrote.toLowerCase();
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(word) && !/^\p{Lu}/u.test(wrote)) return false;
  // A clipped word ("phaco") is the reader's own short form of the word the articles write in full.
  if (clippedFrom(typed, lower)) return true;
  if (slipCost(typed, lower) > 1) return false;
  if (typed.startsWith(lower) && typed.length > lower.length) return /^(.)\1*$/u.test(typed.slice(lower.length - 1));
  return true;
}

/**
 * How many of the corrected question's content words the sentences its direct answer cites say, or 0 when they do not
 * say the corrected word, or say it alone of a question that names more: such an answer is about something else.
 */
function directSays(answer: Answer, question: string, word: string): number {
  const said = new Set(contentTerms((answer.direct?.citations ?? []).map((c) => c.quote).join(' ')).map((t) => t.stem));
  const asked = new Set(contentTerms(question).map((t) => t.stem));
  const corrected = contentTerms(word).map((t) => t.stem);
  if (!corrected.length || !corrected.every((stem) => said.has(stem))) return 0;
  const says = [...asked].filter((stem) => said.has(stem)).length;
  return says >= Math.min(2, asked.size) ? says : 0;
}

/**
 * Chooses what to do with a question word no article and no English word list has, given the corpus words nearest
 * to it and the answer each corrected question gets. A correction counts as answered only when the sentences its
 * direct answer cites say the corrected word and another word of the question; of those, the one saying most of the
 * corrected question, then the nearest, is searched for (`searched`) when no other is as good and it is near enough
 * (`searchable`). Otherwise none is,
 * and the suggestions are the words whose cited sentence says them, then other answered ones and refused ones
 * one slip away.
 */
export function chooseCorrection(
  wrote: string,
  question: string,
  tried: readonly { candidate: SpellingCandidate; answer: Answer }[],
): { note: SpellingNote; answer: Answer | null } {
  const asked = (t: { candidate: SpellingCandidate }) => replaceWord(question, wrote, t.candidate.word);
  const scored = tried.map((t) => ({ ...t, says: t.answer.status === 'answered' ? directSays(t.answer, asked(t), t.candidate.word) : 0 }));
  const answered = scored.filter((t) => t.says > 0).sort((a, b) => b.says - a.says || a.candidate.distance - b.candidate.distance);
  const [top, next] = answered;
  const best = top && !(next && next.says === top.says && next.candidate.distance === top.candidate.distance) ? top : null;
  const chosen = best && searchable(wrote, best.candidate.word) ? best : null;
  // A far word whose question clinq cannot answer either would only lead the reader to another refusal ("Spanish" or
  // "spaniel" for "spanich" in a corpus without spinach); one slip away ("spinach" for "spinnach") it is still the
  // spelling the reader meant, and worth saying.
  const ordered = [...answered, ...scored.filter((t) => t.says === 0 && (t.answer.status === 'answered' || searchable(wrote, t.candidate.word)))];
  const suggestions = ordered.slice(0, MAX_SUGGESTIONS).map((t) => ({ word: t.candidate.word, question: asked(t) }));
  return { note: { wrote, searched: chosen ? chosen.candidate.word : null, suggestions }, answer: chosen?.answer ?? null };
}

/**
 * The refusal's reason naming the corpus words closest to the word it does not have: "...mentions spanich; did you
 * mean "spinach"?", or with other missing words "...mentions spanich or dogs; for spanich, did you mean "spinach"?".
 */
export function withSuggestions(reason: string, wrote: string, alone: boolean, suggestions: readonly { word: string }[]): string {
  if (!suggestions.length) return reason;
  const words = suggestions.map((s) => `"${s.word}"`);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  return `${reason.replace(/\.$/, '')}; ${alone ? '' : `for ${wrote}, `}did you mean ${list}?`;
}

/**
 * Whether the question writes the word inside a name the vocabulary knows, read without regard to case, with the word
 * before or after it ("lyme disease" is MeSH's "Lyme Disease", however the reader types it): a name clinq knows is no
 * misspelling, even when no article of the corpus has it.
 */
export function writesKnownName(wrote: string, question: string, knowsName: (phrase: string) => boolean): boolean {
  const words = question.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map((w) => w.replace(/^['’]+|['’]+$/gu, ''));
  const word = wrote.toLowerCase();
  return words.some((w, i) => w === word && [[words[i - 1], w], [w, words[i + 1]]].some(([a, b]) => a !== undefined && b !== undefined && knowsName(`${a} ${b}`)));
}

/**
 * The candidates fit to replace a word the question writes as the proper name a disease is called by, capitalised
 * before its head ("Lyme disease", "Chron's disease"), or as a short form ("HoLEP"): only names (words no English word
 * list has, "crohn"), never an everyday word ("lyse", "holed"), which would not name it there. Other words keep every
 * candidate.
 */
export function namingCandidates<C extends { word: string }>(
  wrote: string,
  question: string,
  candidates: readonly C[],
  englishLevel: ((word: string) => number | undefined) | undefined,
): readonly C[] {
  if (!englishLevel) return candidates;
  // The word as the question writes it (its own letters when it writes it at all).
  const written = asWritten(wrote, question);
  // One written as a short form, with two capitals or a digit ("HoLEP", "RIF", "TURP2"), is no typing slip of an
  // everyday word ("holed"): the reader wrote a short form on purpose, and only a name may stand for it.
  if (isAbbreviation(written)) return candidates.filter((c) => englishLevel(c.word.toLowerCase()) === undefined);
  if (!/^\p{Lu}\p{Ll}/u.test(written)) return candidates;
  // Written after another word (not the question's first, capitalised anyway), before a disease's head.
  const eponym = new RegExp(`\\S\\s+${escapeRegExp(written)}(?:['’]s)?[\\s-]+${NAME_HEAD}(?![\\p{L}\\p{N}])`, 'iu');
  if (!eponym.test(question)) return candidates;
  return candidates.filter((c) => englishLevel(c.word.toLowerCase()) === undefined);
}
