import type { Article, SearchFilters } from '../domain/index.js';

/**
 * What search needs from persistence: the ranked full-text match and article lookup of the ArticleStore
 * contract (src/store/types.ts), declared here so this stage imports only the domain; any ArticleStore fits.
 */
export type SearchStore = {
  matchArticles(query: {
    groups: string[][];
    mode: 'all' | 'any';
    filters?: SearchFilters;
    limit: number;
  }): Promise<{ pmid: string; score: number }[]>;
  getArticles(pmids: readonly string[]): Promise<Article[]>;
  /** Abbreviations the corpus defines whose short or long form is one of the phrases (optional). */
  abbreviationsFor?(phrases: readonly string[]): Promise<{ short: string; long: string; count: number }[]>;
  /** How many articles contain each index term (a Porter stem); lets the relaxed query skip common words (optional). */
  documentFrequencies?(stems: readonly string[]): Promise<ReadonlyMap<string, number>>;
};
