import type { ConceptLexicon } from './analyse-question.js';
import type { SearchStore } from './search-store.js';
import { indexStems, questionWords } from './text-tokens.js';

/** Longest brand name read in a question, in words ("Levulan Kerastick"). */
const MAX_BRAND_WORDS = 2;

/**
 * The lexicon a question is answered with when it names a brand of medicine: a brand the corpus writes itself
 * ("Which company produces Keytruda?") is read as the corpus writes it, a name of its own, since the articles naming
 * it answer questions on the product (its maker, its approval); a brand no article writes ("Lipitor") keeps its
 * generic names. One document-frequency lookup per question that names a brand; none for other questions.
 */
export function createBrandLexicon(store: Pick<SearchStore, 'documentFrequencies'>, lexicon: ConceptLexicon): (question: string) => Promise<ConceptLexicon> {
  return async (question) => {
    const genericsOf = lexicon.genericsOf;
    if (!genericsOf || !store.documentFrequencies) return lexicon;
    const words = questionWords(question, 200);
    const brands = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_BRAND_WORDS && i + n <= words.length; n++) {
        const phrase = words.slice(i, i + n).join(' ');
        if (genericsOf(phrase).length) brands.add(phrase);
      }
    }
    if (brands.size === 0) return lexicon;
    const counts = await store.documentFrequencies([...new Set([...brands].flatMap((brand) => indexStems(brand)))]);
    const written = new Set([...brands].filter((brand) => indexStems(brand).every((stem) => (counts.get(stem) ?? 0) > 0)));
    if (written.size === 0) return lexicon;
    return {
      ...lexicon,
      alternativesOf: (phrase) => (written.has(phrase) ? undefined : lexicon.alternativesOf(phrase)),
      genericsOf: (phrase) => (written.has(phrase) ? [] : genericsOf(phrase)),
    };
  };
}
