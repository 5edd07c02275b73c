import { abbreviationCandidates, abbreviationEntries } from './abbreviation-entries.js';
import { MAX_QUESTION_WORDS } from './analyse-question.js';
import type { SearchStore } from './search-store.js';

/**
 * The short forms the corpus itself defines for a question's phrases, both ways, folded: a short form the question
 * writes maps to its usual long forms ("af" → "atrial fibrillation", a rare reading left out), and a long form the
 * corpus shortens at least twice maps to its short form. The same table search expands the question with.
 */
export type QuestionShortForms = (question: string) => Promise<ReadonlyMap<string, readonly string[]>>;

/** Reads a question's corpus-defined short forms from the store's abbreviation table (one indexed lookup a question). */
export function createQuestionShortForms(store: Pick<SearchStore, 'abbreviationsFor'>): QuestionShortForms {
  return async (question) => {
    if (!store.abbreviationsFor) return new Map();
    const phrases = abbreviationCandidates(question, MAX_QUESTION_WORDS * 3);
    if (phrases.length === 0) return new Map();
    return abbreviationEntries(await store.abbreviationsFor(phrases), phrases);
  };
}
