import { escapeRegExp } from '../lib/index.js';

// The heads that make a name of the words before them ("Prader-Willi syndrome", "Crohn's disease", "G6PD deficiency"):
// generic wording to a search, but part of the name a reader asked about.
export const NAME_HEAD = String.raw`(?:syndromes?|diseases?|disorders?|deficienc(?:y|ies)|anomal(?:y|ies)|palsy|dystroph(?:y|ies)|complex)`;

/**
 * A subject as the question names it, for a sentence that repeats it to the reader: the subject's words with the
 * generic head the question writes right after them ("Prader-Willi" to "Prader-Willi syndrome"), which the subject's
 * own words leave out; the words as they are when the question writes no such head after them.
 */
export function nameAsAsked(subject: string, question: string): string {
  if (!subject.trim()) return subject;
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(subject)}((?:\\s+|[-‐])${NAME_HEAD})(?![\\p{L}\\p{N}])`, 'iu').exec(question);
  return m ? `${subject}${m[1]}` : subject;
}

/** A subject in the question's own letters ("Lyme disease" for "lyme disease"), or as given when the question does not write it so. */
export function asWritten(subject: string, question: string): string {
  if (!subject.trim()) return subject;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(subject)}(?![\\p{L}\\p{N}])`, 'iu').exec(question)?.[0] ?? subject;
}
