import type { Article } from './article.js';

/** A sentence of an article's title or abstract, the unit an answer quotes. */
export type Passage = {
  pmid: string;
  /** 'title', or the abstract section's NlmCategory / label in upper case (e.g. 'RESULTS'), or 'ABSTRACT'. */
  section: string;
  /** Position of the sentence within the article (0 = title). */
  index: number;
  /** The sentence exactly as stored (verbatim substring of the title or abstract). */
  text: string;
};

/** An article retrieved for a question, with its relevance score. */
export type Evidence = { article: Article; score: number };

/** Filters a search may apply. */
export type SearchFilters = {
  yearFrom?: number;
  yearTo?: number;
  publicationTypes?: string[];
};

/** Finds the articles most relevant to a question; handed to the answer stage as a parameter. */
export type FindEvidence = (
  question: string,
  options?: { limit?: number; filters?: SearchFilters },
) => Promise<Evidence[]>;
