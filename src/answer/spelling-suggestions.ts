import type { Answer, SpellingNote } from '../domain/index.js';
import { escapeRegExp } from '../lib/index.js';
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

/** How many of the question's content words the sentences its direct answer cites say. */
function directSays(answer: Answer, question: string): number {
  const said = new Set(contentTerms((answer.direct?.citations ?? []).map((c) => c.quote).join(' ')).map((t) => t.stem));
  return new Set(contentTerms(question).map((t) => t.stem).filter((stem) => said.has(stem))).size;
}

/**
 * Chooses what to do with a question word no article and no English word list has, given the corpus words nearest
 * to it and the answer each corrected question gets. Of the corrections whose question is answered, the one whose
 * direct answer cites sentences saying most of the corrected question, then the nearest, is searched for
 * (`searched`) when no other is as good; otherwise none is, and the nearest words are suggestions, answered ones first.
 */
export function chooseCorrection(
  wrote: string,
  question: string,
  tried: readonly { candidate: SpellingCandidate; answer: Answer }[],
): { note: SpellingNote; answer: Answer | null } {
  const asked = (t: { candidate: SpellingCandidate }) => replaceWord(question, wrote, t.candidate.word);
  const answered = tried
    .filter((t) => t.answer.status === 'answered')
    .map((t) => ({ ...t, says: directSays(t.answer, asked(t)) }))
    .sort((a, b) => b.says - a.says || a.candidate.distance - b.candidate.distance);
  const [top, next] = answered;
  const chosen = top && !(next && next.says === top.says && next.candidate.distance === top.candidate.distance) ? top : null;
  const ordered = [...answered, ...tried.filter((t) => t.answer.status !== 'answered')];
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
