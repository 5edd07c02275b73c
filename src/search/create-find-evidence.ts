import { z } from 'zod';
import type { Evidence, FindEvidence } from '../domain/index.js';
import { ClinqError } from '../domain/index.js';
import { abbreviationCandidates, abbreviationEntries } from './abbreviation-entries.js';
import { analyseQuestion, MAX_QUESTION_WORDS, type Concept, type ConceptLexicon } from './analyse-question.js';
import { withEntries } from './build-concept-lexicon.js';
import { rankEvidence, type Candidate } from './rank-evidence.js';
import { asksDefinition } from './defining-records.js';
import { createBrandLexicon } from './brands-written.js';
import { createShorthandLexicon } from './shorthand-lexicon.js';
import type { SearchStore } from './search-store.js';
import { indexStems } from './text-tokens.js';
import { conceptStems, DEFAULT_RELAXED_POSTINGS, rarestConcept, selectRareConcepts } from './select-rare-concepts.js';

/** Articles returned when the caller names no limit. */
export const DEFAULT_EVIDENCE_LIMIT = 10;
/** Most articles one call may ask for. */
export const MAX_EVIDENCE_LIMIT = 100;
/** Full-text hits re-ranked per query: enough to recover from BM25's mistakes, few enough to stay fast. */
export const DEFAULT_CANDIDATES = 100;

/** Collaborators and tuning of the search stage. */
export type FindEvidenceDeps = {
  store: SearchStore;
  /** Multiword concepts and their alternatives; without one every content word is its own concept. */
  lexicon?: ConceptLexicon;
  candidates?: number;
  /** Estimated matches the relaxed query may cost at most (needs `store.documentFrequencies`); see selectRareConcepts. */
  relaxedPostings?: number;
};

const optionsSchema = z
  .object({
    limit: z.number().int().min(1).max(MAX_EVIDENCE_LIMIT).default(DEFAULT_EVIDENCE_LIMIT),
    filters: z
      .object({
        yearFrom: z.number().int().optional(),
        yearTo: z.number().int().optional(),
        publicationTypes: z.array(z.string()).optional(),
      })
      .optional(),
  })
  .default({ limit: DEFAULT_EVIDENCE_LIMIT });

/**
 * The lexicon a question is read with before the abbreviations the corpus defines are added: a brand of medicine the
 * corpus writes read as its own name (createBrandLexicon), then clinician shorthand the corpus does not define
 * (createShorthandLexicon). Search builds it so, and so does a caller that builds it once for the answer stage too.
 */
export function createQuestionLexicon(
  store: Pick<SearchStore, 'documentFrequencies' | 'abbreviationsFor'>,
  lexicon: ConceptLexicon,
): (question: string) => Promise<ConceptLexicon> {
  const brandLexicon = createBrandLexicon(store, lexicon);
  const shorthandLexicon = createShorthandLexicon(store);
  return async (question) => shorthandLexicon(question, await brandLexicon(question));
}

/**
 * The search stage's FindEvidence; a caller that has already built the question's lexicon (createQuestionLexicon over
 * the same store and lexicon, for this very question) hands it in as `questionLexicon`, so it is built once.
 */
export type SearchEvidence = (question: string, options?: Parameters<FindEvidence>[1], questionLexicon?: ConceptLexicon) => Promise<Evidence[]>;

/**
 * Builds the search stage: finds the articles that best answer a question, precise query first (every concept),
 * relaxed (any concept) only when that finds fewer than asked for, then re-ranked and de-duplicated.
 */
export function createFindEvidence(deps: FindEvidenceDeps): SearchEvidence {
  const candidates = deps.candidates ?? DEFAULT_CANDIDATES;
  const relaxedPostings = deps.relaxedPostings ?? DEFAULT_RELAXED_POSTINGS;
  const { store } = deps;
  // Without a vocabulary, a lexicon that only knows spelling variants: "anaemia" still finds "anemia".
  const baseLexicon = deps.lexicon ?? withEntries(undefined, new Map());

  const questionLexicon = createQuestionLexicon(store, baseLexicon);

  /**
   * The lexicon plus the abbreviations the corpus defines for this question's words (one indexed lookup), a brand
   * of medicine the corpus writes read as its own name, and clinician shorthand the corpus does not define.
   */
  const lexiconFor = async (question: string, given?: ConceptLexicon): Promise<ConceptLexicon> => {
    const base = given ?? (await questionLexicon(question));
    if (!store.abbreviationsFor) return base;
    const phrases = abbreviationCandidates(question, MAX_QUESTION_WORDS * 3);
    if (phrases.length === 0) return base;
    const rows = await store.abbreviationsFor(phrases);
    return withEntries(base, abbreviationEntries(rows, phrases));
  };

  /** Drops a dictionary term guessed from a definition ("appendix operation" → appendectomy) that no article writes. */
  const inCorpus = async (concepts: Concept[]): Promise<Concept[]> => {
    const defined = concepts.filter((concept) => concept.defined);
    if (defined.length === 0 || !store.documentFrequencies) return concepts;
    const counts = await store.documentFrequencies(conceptStems(defined));
    const written = (phrase: string) => indexStems(phrase).every((stem) => (counts.get(stem) ?? 0) > 0);
    return concepts.flatMap((concept) => {
      if (!concept.defined) return [concept];
      const alternatives = concept.alternatives.filter(written);
      return alternatives.length ? [{ ...concept, alternatives }] : [];
    });
  };

  return async (question, options, given) => {
    const parsed = optionsSchema.safeParse(options);
    if (typeof question !== 'string') throw new ClinqError('invalid_request', 'search: the question must be text');
    if (!parsed.success) {
      throw new ClinqError('invalid_request', `search: bad options: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    const { limit, filters } = parsed.data;
    const concepts = await inCorpus(analyseQuestion(question, await lexiconFor(question, given)).concepts);
    // No searchable word is a normal outcome (the answer stage reports insufficient evidence), not a fault.
    if (concepts.length === 0) return [];

    const groups = concepts.map((concept) => concept.alternatives);
    const strong = concepts.filter((concept) => !concept.weak);
    const required = strong.length > 0 ? strong.map((concept) => concept.alternatives) : groups;
    const scores = new Map<string, number>();
    const precise = await store.matchArticles({ groups: required, mode: 'all', limit: candidates, ...(filters && { filters }) });
    for (const hit of precise) scores.set(hit.pmid, hit.score);
    if (precise.length < limit && concepts.length > 1) {
      // Ranked OR queries grow with the collection: at scale, leave out the concepts most documents contain.
      const counts = store.documentFrequencies ? await store.documentFrequencies(conceptStems(concepts)) : null;
      const anyOf = counts ? selectRareConcepts(concepts, counts, relaxedPostings, candidates).map((c) => c.alternatives) : groups;
      const relaxed = await store.matchArticles({ groups: anyOf, mode: 'any', limit: candidates, ...(filters && { filters }) });
      // A precise hit scored on fewer phrases would otherwise look worse than a relaxed-only one.
      for (const hit of relaxed) scores.set(hit.pmid, Math.max(hit.score, scores.get(hit.pmid) ?? -Infinity));
      // BM25 lets articles that pair two common words ("mechanism of action") crowd every article on the rare
      // topic ("anlotinib") out of the relaxed hits; the rarest concept's own articles always join the pool.
      const rarest = counts ? rarestConcept(strong.length ? strong : concepts, counts) : undefined;
      if (rarest) {
        const own = await store.matchArticles({ groups: [rarest.alternatives], mode: 'all', limit: candidates, ...(filters && { filters }) });
        for (const hit of own) if (!scores.has(hit.pmid)) scores.set(hit.pmid, hit.score);
      }
    }
    if (scores.size === 0) return [];

    const articles = await store.getArticles([...scores.keys()]);
    const pool: Candidate[] = articles.map((article) => ({ article, bm25: scores.get(article.pmid) ?? 0 }));
    return rankEvidence(concepts, pool, limit, { definition: asksDefinition(question) }) satisfies Evidence[];
  };
}
