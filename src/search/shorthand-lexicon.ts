import type { ConceptLexicon } from './analyse-question.js';
import { foldPhrase, withEntries } from './build-concept-lexicon.js';
import type { SearchStore } from './search-store.js';
import { questionWords } from './text-tokens.js';

/**
 * The lexicon a question is read with when it writes clinician shorthand ("WCC", "RIF", "hx"): each piece the corpus
 * does not define searches the names the shorthand vocabulary gives it (lexicon.shorthandOf); one the corpus defines
 * ("CABG") is left to the corpus's own long forms, which say how its articles write it. One indexed abbreviation
 * lookup per question that writes shorthand; none for other questions.
 */
export function createShorthandLexicon(store: Pick<SearchStore, 'abbreviationsFor'>): (question: string, lexicon: ConceptLexicon) => Promise<ConceptLexicon> {
  return async (question, lexicon) => {
    const shorthandOf = lexicon.shorthandOf;
    if (!shorthandOf) return lexicon;
    const written = [...new Set(questionWords(question, 200))].filter((word) => shorthandOf(word) !== undefined);
    if (written.length === 0) return lexicon;
    const rows = store.abbreviationsFor ? await store.abbreviationsFor(written) : [];
    const defined = new Set(rows.map((row) => foldPhrase(row.short)));
    const entries = new Map(written.filter((word) => !defined.has(word)).map((word) => [word, shorthandOf(word)!] as const));
    return entries.size ? withEntries(lexicon, entries) : lexicon;
  };
}
