import type { Article, SearchFilters } from '../domain/index.js';

/**
 * One clause of a full-text query: the alternatives of one concept (synonyms, abbreviations).
 * Each alternative is a phrase of plain words; the store quotes it, so no FTS syntax leaks in.
 */
export type TermGroup = string[];

/** A ranked full-text query over title, abstract and MeSH terms. */
export type FullTextQuery = {
  /** The concepts of the query; each group matches if any of its alternatives does. */
  groups: TermGroup[];
  /** 'all': every group must match (precise); 'any': at least one (relaxed, ranked by BM25). */
  mode: 'all' | 'any';
  filters?: SearchFilters;
  limit: number;
};

/** A full-text hit: higher score is better (negated FTS5 bm25). */
export type FullTextHit = { pmid: string; score: number };

/** What one write batch did. */
export type UpsertResult = { added: number; updated: number; unchanged: number };

/** A record's title and MeSH descriptor names, as what a corpus covers is counted from them. */
export type SubjectRecordRow = { title: string; mesh: string[] };

/** A saved subject tally: its form (what counted it), the mark it was counted up to and the tally itself. */
export type SubjectTallyRow = { form: string; mark: number; tally: string };

/** What changed after a mark, in pages, with the mark and corpus snapshot the changes bring a tally to. */
export type SubjectChanges = {
  mark: number | null;
  snapshot: string;
  pages: AsyncIterable<{ removed: SubjectRecordRow[]; added: SubjectRecordRow[] }>;
};

/** Persistence for PubMed articles and their full-text index; every implementation keeps this contract. */
export interface ArticleStore {
  /** Inserts or replaces articles by PMID in one transaction; an older version never replaces a newer one. */
  upsertArticles(articles: readonly Article[]): Promise<UpsertResult>;
  /** Removes articles (MEDLINE DeleteCitation); returns how many existed. */
  deleteArticles(pmids: readonly string[]): Promise<number>;
  getArticle(pmid: string): Promise<Article | null>;
  /** Articles for the PMIDs that exist, in the order asked. */
  getArticles(pmids: readonly string[]): Promise<Article[]>;
  countArticles(): Promise<number>;
  /** A short label of the corpus state, e.g. "1234 articles, updated 2026-11-25T10:00:00Z". */
  snapshot(): Promise<string>;
  /** Ranked full-text search. */
  matchArticles(query: FullTextQuery): Promise<FullTextHit[]>;
  /** How many articles contain each index term (a Porter stem, lower case); absent terms count 0 (optional). */
  documentFrequencies?(stems: readonly string[]): Promise<Map<string, number>>;
  /**
   * The index terms of letters only (a Porter stem, lower case, 3 letters or more): all of them (`since` null), or those
   * of the records written at or after `since`, a mark an earlier call returned (optional).
   */
  spellingTerms?(since: string | null): Promise<{ terms: string[]; mark: string | null }>;
  /**
   * Every record's title and MeSH descriptor names, in pages of `size` records in the order they were stored (optional;
   * what the corpus covers is counted from them). Other calls to the store may come between pages.
   */
  subjectRecordPages?(size?: number): AsyncIterable<{ title: string; mesh: string[] }[]>;
  /** The saved account of what the corpus covers (JSON) with the snapshot it was made from, or null (optional). */
  readCoverage?(): Promise<{ snapshot: string; coverage: string } | null>;
  /** Saves that account, replacing the one before (optional). */
  saveCoverage?(snapshot: string, coverage: string): Promise<void>;
  /** The saved subject tally (what the coverage counted, as JSON) with its form and the mark it was counted at, or null (optional). */
  subjectTally?(): Promise<SubjectTallyRow | null>;
  /**
   * The subject records that changed after a mark (`since`): each changed record as it was at the mark (removed) and as it
   * is now (added), in pages; with `since` null, every record (added), and the store starts keeping what later writes
   * change. Null when the store cannot tell what changed since that mark (it kept no journal from there). `mark` is what
   * to save the tally with (null: none can be saved), `snapshot` the corpus state the changes bring it to (optional).
   */
  subjectChanges?(since: number | null, size?: number): Promise<SubjectChanges | null>;
  /** Saves a tally counted up to `mark`, unless one of a later mark is saved; drops what the store kept up to it (optional). */
  saveSubjectTally?(form: string, mark: number, tally: string): Promise<void>;
  close(): Promise<void>;
}
