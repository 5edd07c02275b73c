import type { Article } from '../../domain/index.js';
import { ClinqError } from '../../domain/index.js';
import type { ArticleStore, FullTextHit, FullTextQuery, UpsertResult } from '../types.js';
import { ARTICLE_MIGRATIONS, SPELLING_TERM, BM25_WEIGHTS } from './article-schema.js';
import {
  checkArticle,
  CONTENT_HASH_LENGTH,
  fromArticleRow,
  legacyContentHashOf,
  toArticleParams,
  type ArticleParams,
  type ArticleRow,
} from './article-rows.js';
import { findAbbreviations } from './find-abbreviations.js';
import { toFtsMatchExpression } from './fts-match-expression.js';
import { closeDatabase, type SqliteDatabase } from './open-database.js';
import { applyMigrations } from './schema-versions.js';
import { setImmediate as turn } from 'node:timers/promises';
import { createSubjectJournal, type SubjectJournal } from './subject-journal.js';

/** Largest number of hits one matchArticles call returns, whatever limit it asks for. */
export const MAX_MATCH_LIMIT = 1000;

const ARTICLE_COLUMNS =
  'pmid, version, title, abstract, sections, journal, journal_iso, year, authors, languages, publication_types, mesh, keywords, doi';

/** How often the corpus defines a short form with a long form. */
export type Abbreviation = { short: string; long: string; count: number };

/** The SQLite article store: the ArticleStore contract plus the abbreviations its corpus defines. */
export type SqliteArticleStore = ArticleStore & SubjectJournal & {
  /**
   * Abbreviations whose short form (any case) or long form (lower case) is one of `phrases`, most frequent first.
   */
  abbreviationsFor(phrases: readonly string[]): Promise<Abbreviation[]>;
  documentFrequencies(stems: readonly string[]): Promise<Map<string, number>>;
  spellingTerms(since: string | null): Promise<SpellingTerms>;
  subjectRecordPages(size?: number): AsyncGenerator<{ title: string; mesh: string[] }[]>;
  readCoverage(): Promise<{ snapshot: string; coverage: string } | null>;
  saveCoverage(snapshot: string, coverage: string): Promise<void>;
};

/**
 * Index terms of letters only (3 or more): of the whole index, or of the records written at or after a mark (a
 * superset of the terms they added); `mark` is what to pass next time to get only the terms written since this read.
 */
export type SpellingTerms = { terms: string[]; mark: string | null };

/** Most abbreviation rows one lookup returns; common short forms have long tails of one-off expansions. */
const MAX_ABBREVIATION_ROWS = 500;
// Records read per page by subjectRecordPages: a page takes a few milliseconds, the event loop turns between pages.
const SUBJECT_PAGE = 1000;

/** Stems whose document counts are kept between questions at most (the cache starts again past it). */
const MAX_CACHED_FREQUENCIES = 50_000;

/** Record ids one full-text query ranks at a time on a larger corpus (see matchArticles); a smaller one is ranked at once. */
export const MATCH_RANGE = 100_000;

/** WAL pages (4 KB each) written before SQLite copies them back to the database file. */
const WAL_CHECKPOINT_PAGES = 16_384;

/** Options of the SQLite article store; `now` is injectable so tests control `updated_at`, `matchRange` so they rank in ranges. */
export type SqliteArticleStoreOptions = { now?: () => Date; matchRange?: number };

/** An ArticleStore on a better-sqlite3 database, with an FTS5 index over title, abstract and subject terms. */
export function createSqliteArticleStore(db: SqliteDatabase, options: SqliteArticleStoreOptions = {}): SqliteArticleStore {
  const now = options.now ?? (() => new Date());
  const rangeSize = options.matchRange ?? MATCH_RANGE;
  applyMigrations(db, 'articles', ARTICLE_MIGRATIONS);
  // An ingest writes hundreds of MB; checkpointing every 64 MB of WAL instead of SQLite's 4 MB copies pages to
  // the database file less often (about 8% faster upserts). The WAL is disk, not memory, and is reset at close.
  db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  const guard = <T>(action: string, run: () => T): T => guarded(db.name, action, run);
  const guardAsync = <T>(action: string, run: () => Promise<T>): Promise<T> => guardedAsync(db.name, action, run);

  const findExisting = db.prepare<[string], { id: number; version: number; content_hash: string; revised: string | null }>(
    'SELECT id, version, content_hash, revised FROM articles WHERE pmid = ?',
  );
  // A record read again with a later DateRevised but the same content keeps its row and learns the date.
  const refreshRevised = db.prepare<[string, number]>('UPDATE articles SET revised = ? WHERE id = ?');
  // Only content_hash changes, so neither the FTS trigger (title/abstract/terms) nor updated_at is touched.
  const refreshHash = db.prepare<[string, number]>('UPDATE articles SET content_hash = ? WHERE id = ?');
  const forgetAbbreviations = db.prepare<[number]>('DELETE FROM article_abbreviations WHERE article_id = ?');
  const rememberAbbreviation = db.prepare<[number, string, string]>(
    'INSERT OR IGNORE INTO article_abbreviations (article_id, short, long) VALUES (?, ?, ?)',
  );
  const abbreviations = db.prepare<{ phrases: string; limit: number }, Abbreviation>(
    `SELECT short, long, count FROM (
       SELECT short, long, count FROM abbreviations WHERE short IN (SELECT value FROM json_each(@phrases))
       UNION
       SELECT short, long, count FROM abbreviations WHERE long IN (SELECT value FROM json_each(@phrases))
     ) ORDER BY count DESC, short, long LIMIT @limit`,
  );
  // FTS5's own vocabulary gives per-term document counts by index lookup; a temp table, so nothing is written.
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocabulary USING fts5vocab(main, articles_fts, row)');
  const documentCounts = db.prepare<{ stems: string }, { term: string; doc: number }>(
    'SELECT term, doc FROM temp.articles_vocabulary WHERE term IN (SELECT value FROM json_each(@stems))',
  );
  // Letter-only terms as the spelling suggester reads them. The whole list from the index costs a walk over every
  // doclist (about 0.5 s at 100,000 records), so each write batch adds the terms of the records it wrote to the
  // spelling_terms table (migration 3), re-tokenised by a scratch FTS5 table in temp with the same tokenizer (so exactly
  // the terms the main index holds for them), keeping neither text nor positions; a reader takes that table, and the
  // terms of records written since its mark (none when every write went through this store) the same way.
  const savedSpellingMark = db.prepare<[], { mark: string | null }>('SELECT mark FROM spelling_mark WHERE id = 1');
  const savedSpellingTerms = db.prepare<[], { term: string }>('SELECT term FROM spelling_terms');
  const saveSpellingMark = db.prepare<[string | null]>('INSERT OR REPLACE INTO spelling_mark (id, mark) VALUES (1, ?)');
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.spelling_fresh USING fts5(
      title, abstract, terms, content='', detail=none, columnsize=0, tokenize='porter unicode61');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.spelling_fresh_vocabulary USING fts5vocab(temp, spelling_fresh, row)`);
  const spellingClear = db.prepare("INSERT INTO temp.spelling_fresh (spelling_fresh) VALUES ('delete-all')");
  // The mark is the last write (time, then id): rows written later, or at that time with a higher id, are new.
  const spellingCopy = db.prepare<{ at: string; id: number }>(
    `INSERT INTO temp.spelling_fresh (rowid, title, abstract, terms) SELECT id, title, abstract, terms FROM main.articles
     WHERE updated_at > @at OR (updated_at = @at AND id > @id)`,
  );
  const spellingMark = db.prepare<[], { at: string; id: number }>('SELECT updated_at AS at, id FROM articles ORDER BY updated_at DESC, id DESC LIMIT 1');
  const spellingFresh = db.prepare<[], { term: string }>(`SELECT term FROM temp.spelling_fresh_vocabulary WHERE ${SPELLING_TERM}`);
  const saveSpellingTerms = db.prepare(`INSERT OR IGNORE INTO spelling_terms (term) SELECT term FROM temp.spelling_fresh_vocabulary WHERE ${SPELLING_TERM}`);
  // The descriptor names joined by SQLite (U+001F between them), so a pass over 100,000 records parses no JSON.
  // A page of records after an id: each page is read whole, so no statement stays open between pages.
  const subjectRows = db.prepare<{ after: number; size: number }, { id: number; title: string; names: string | null }>(
    "SELECT id, title, (SELECT group_concat(json_extract(value, '$.descriptor'), char(31)) FROM json_each(mesh)) AS names FROM articles WHERE id > @after ORDER BY id LIMIT @size",
  );
  const coverageRow = db.prepare<[], { snapshot: string; coverage: string }>('SELECT snapshot, coverage FROM corpus_coverage WHERE id = 1');
  const saveCoverageRow = db.prepare<[string, string]>('INSERT OR REPLACE INTO corpus_coverage (id, snapshot, coverage) VALUES (1, ?, ?)');
  const currentSpellingMark = (): string | null => {
    const last = spellingMark.get();
    return last ? `${last.at} ${last.id}` : null;
  };
  // The terms of the records written after a mark (null: every record).
  const termsSince = (since: string | null): string[] => {
    const [at = '', id = '0'] = (since ?? '').split(' ');
    spellingCopy.run({ at, id: Number(id) });
    const terms = spellingFresh.all().map((r) => r.term);
    spellingClear.run();
    return terms;
  };
  const spellingTerms = db.transaction((since: string | null): SpellingTerms => {
    // One read transaction: the mark and the terms are of the same state of the database.
    const mark = currentSpellingMark();
    if (since !== null) return { terms: termsSince(since), mark };
    // The saved terms are those of every record written up to the saved mark: a term whose last record was deleted
    // stays, as the suggester's own merge keeps it (its document count, read for the few near terms, is then 0).
    const saved = savedSpellingMark.get()?.mark ?? null;
    const terms = savedSpellingTerms.all().map((r) => r.term);
    if (saved !== mark) terms.push(...termsSince(saved));
    return { terms, mark };
  });
  // Inside each write batch: the saved terms take in those of the records the batch added or changed, named by id (a
  // time mark would miss a record changed in the same millisecond as the last write, when its id is lower).
  const spellingCopyIds = db.prepare<[string]>(
    `INSERT INTO temp.spelling_fresh (rowid, title, abstract, terms) SELECT id, title, abstract, terms FROM main.articles
     WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const saveSpellingOf = (ids: readonly number[]): void => {
    spellingCopyIds.run(JSON.stringify(ids));
    saveSpellingTerms.run();
    spellingClear.run();
    saveSpellingMark.run(currentSpellingMark());
  };
  const insert = db.prepare(
    `INSERT INTO articles (${ARTICLE_COLUMNS}, terms, content_hash, updated_at, revised) VALUES
     (@pmid, @version, @title, @abstract, @sections, @journal, @journal_iso, @year, @authors, @languages,
      @publication_types, @mesh, @keywords, @doi, @terms, @content_hash, @updated_at, @revised)`,
  );
  const update = db.prepare(
    `UPDATE articles SET version = @version, title = @title, abstract = @abstract, sections = @sections,
       journal = @journal, journal_iso = @journal_iso, year = @year, authors = @authors, languages = @languages,
       publication_types = @publication_types, mesh = @mesh, keywords = @keywords, doi = @doi, terms = @terms,
       content_hash = @content_hash, updated_at = @updated_at, revised = @revised
     WHERE pmid = @pmid`,
  );
  const remove = db.prepare<[string]>('DELETE FROM articles WHERE pmid = ?');
  const selectOne = db.prepare<[string], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE pmid = ?`);
  // A JSON array parameter keeps one cached statement for any number of PMIDs (no variable-count limit).
  const selectMany = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE pmid IN (SELECT value FROM json_each(?))`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  // Counting scans an index entry per record (about 10 ms at 300,000 records, 100 ms and more at 1,000,000) and every
  // answer asks for the count twice, so it is kept while nothing can have changed it: no article store on this
  // connection wrote articles (articleWrites) and no other connection committed a change (data_version). Not
  // total_changes(): the editorial store's writes on the same connection (every answer the server stores) count there
  // too, and made the next answer count every record again.
  let counted: { mark: string; n: number } | null = null;
  const changeMark = (): string => `${articleWrites.get(db) ?? 0} ${String(db.pragma('data_version', { simple: true }))}`;
  const articleCount = (): number => {
    const mark = changeMark();
    if (counted?.mark !== mark) counted = { mark, n: count.get()?.n ?? 0 };
    return counted.n;
  };
  // A stem's document count is read by walking its whole doclist (fts5vocab): tens of milliseconds for a word most
  // records hold at 300,000 records, asked again by nearly every question. Kept, like the count, while nothing changed.
  let frequencies: { mark: string; counts: Map<string, number> } = { mark: '', counts: new Map() };
  const lastUpdate = db.prepare<[], { at: string | null }>('SELECT max(updated_at) AS at FROM articles');
  const snapshotNow = (): string => {
    const n = articleCount();
    const at = lastUpdate.get()?.at ?? null;
    const label = `${n} ${n === 1 ? 'article' : 'articles'}`;
    return at ? `${label}, last updated ${at}` : label;
  };
  const journal = createSubjectJournal(db, snapshotNow);
  // One statement serves every filter combination: NULL parameters switch a filter off. `inRange` adds a range of
  // record ids (see matchArticles): bm25() scores with the whole index's statistics, so the best hits of each range,
  // merged, are the best hits of all.
  type MatchParams = { match: string; yearFrom: number | null; yearTo: number | null; types: string | null; limit: number };
  type IdRange = { low: number; high: number };
  const matchSql = (inRange: string) =>
    `SELECT a.pmid AS pmid,
            bm25(articles_fts, ${BM25_WEIGHTS.title}, ${BM25_WEIGHTS.abstract}, ${BM25_WEIGHTS.terms}) AS relevance
     FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
     WHERE articles_fts MATCH @match${inRange}
       AND (@yearFrom IS NULL OR a.year >= @yearFrom)
       AND (@yearTo IS NULL OR a.year <= @yearTo)
       AND (@types IS NULL OR EXISTS (
             SELECT 1 FROM json_each(a.publication_types) t
             WHERE lower(t.value) IN (SELECT lower(value) FROM json_each(@types))))
     ORDER BY relevance
     LIMIT @limit`;
  // Without filters, rank inside the full-text index and join only the top hits: joining every matching row
  // before the sort costs linear time in the number of matches (4x slower at 100k records).
  const unfilteredSql = (inRange: string) =>
    `SELECT a.pmid AS pmid, top.relevance AS relevance
     FROM (SELECT rowid,
                  bm25(articles_fts, ${BM25_WEIGHTS.title}, ${BM25_WEIGHTS.abstract}, ${BM25_WEIGHTS.terms}) AS relevance
           FROM articles_fts WHERE articles_fts MATCH @match${inRange}
           ORDER BY relevance LIMIT @limit) AS top
     JOIN articles a ON a.id = top.rowid
     ORDER BY top.relevance`;
  type Hit = { pmid: string; relevance: number };
  const match = db.prepare<MatchParams, Hit>(matchSql(''));
  const matchUnfiltered = db.prepare<{ match: string; limit: number }, Hit>(unfilteredSql(''));
  const matchRange = db.prepare<MatchParams & IdRange, Hit>(matchSql(' AND articles_fts.rowid > @low AND articles_fts.rowid <= @high'));
  const matchUnfilteredRange = db.prepare<{ match: string; limit: number } & IdRange, Hit>(unfilteredSql(' AND rowid > @low AND rowid <= @high'));
  const highestId = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM articles');

  const indexAbbreviations = (id: number, article: Article): void => {
    for (const { short, long } of findAbbreviations(`${article.title} ${article.abstract}`)) rememberAbbreviation.run(id, short, long);
  };

  const writeBatch = db.transaction((articles: readonly unknown[]): UpsertResult => {
    const result: UpsertResult = { added: 0, updated: 0, unchanged: 0 };
    const written: number[] = [];
    const updatedAt = now().toISOString();
    articles.forEach((candidate, position) => {
      // Checked inside the transaction: a bad record rolls back the whole batch, earlier rows included.
      const article = checkArticle(candidate, position);
      const params = toArticleParams(article, updatedAt);
      const existing = findExisting.get(article.pmid);
      if (!existing) {
        const id = Number(insert.run(params).lastInsertRowid);
        written.push(id);
        indexAbbreviations(id, article);
        result.added++;
      } else if (existing.version > article.version || isOlderRevision(existing, params)) {
        // An older MEDLINE version never replaces a newer one, nor an older revision of the same version a later one
        // (a baseline file ingested after the update file that corrected its record).
        result.unchanged++;
      } else if (existing.content_hash === params.content_hash) {
        // A same-version record may be a correction; identical content is unchanged, its later revision date kept.
        if (params.revised !== null && params.revised !== existing.revised) refreshRevised.run(params.revised, existing.id);
        result.unchanged++;
      } else if (sameAsLegacyDigest(existing.content_hash, params)) {
        refreshHash.run(params.content_hash, existing.id);
        result.unchanged++;
      } else {
        update.run(params);
        written.push(existing.id);
        forgetAbbreviations.run(existing.id);
        indexAbbreviations(existing.id, article);
        result.updated++;
      }
    });
    if (written.length > 0) saveSpellingOf(written);
    return result;
  });

  const deleteBatch = db.transaction((pmids: readonly string[]): number =>
    pmids.reduce((removed, pmid) => removed + remove.run(pmid).changes, 0),
  );

  return {
    async upsertArticles(articles: readonly Article[]): Promise<UpsertResult> {
      wroteArticles(db);
      return guard('upsert articles', () => writeBatch.immediate(articles));
    },
    async deleteArticles(pmids: readonly string[]): Promise<number> {
      wroteArticles(db);
      return guard('delete articles', () => deleteBatch.immediate(pmids));
    },
    async getArticle(pmid: string): Promise<Article | null> {
      const row = guard('read article', () => selectOne.get(pmid));
      return row ? fromArticleRow(row) : null;
    },
    async getArticles(pmids: readonly string[]): Promise<Article[]> {
      if (pmids.length === 0) return [];
      const rows = guard('read articles', () => selectMany.all(JSON.stringify(pmids)));
      const byPmid = new Map(rows.map((row) => [row.pmid, row]));
      return pmids.flatMap((pmid) => {
        const row = byPmid.get(pmid);
        return row ? [fromArticleRow(row)] : [];
      });
    },
    async countArticles(): Promise<number> {
      return guard('count articles', articleCount);
    },
    async snapshot(): Promise<string> {
      return guard('read the corpus state', snapshotNow);
    },
    async matchArticles(query: FullTextQuery): Promise<FullTextHit[]> {
      const expression = toFtsMatchExpression(query.groups, query.mode);
      const limit = Math.min(Math.max(Math.trunc(query.limit), 0), MAX_MATCH_LIMIT);
      if (expression === null || limit === 0) return [];
      const filters = query.filters ?? {};
      const types = filters.publicationTypes?.length ? JSON.stringify(filters.publicationTypes) : null;
      const filtered = filters.yearFrom !== undefined || filters.yearTo !== undefined || types !== null;
      const params = { match: expression, yearFrom: filters.yearFrom ?? null, yearTo: filters.yearTo ?? null, types, limit };
      const top = guard('search articles', () => highestId.get()?.id ?? 0);
      let rows: { pmid: string; relevance: number }[];
      if (top <= rangeSize) {
        rows = guard('search articles', () => (filtered ? match.all(params) : matchUnfiltered.all({ match: expression, limit })));
      } else {
        // FTS5 scores every matching record before it ranks: a word most records hold ("patients", "study") costs
        // time in proportion to the corpus (seconds at 1,000,000 records, the server answering nothing meanwhile).
        // Ranked a range of ids at a time, the event loop turning between ranges, no step takes longer than a range.
        rows = [];
        for (let low = 0; low < top; low += rangeSize) {
          const range = { low, high: low + rangeSize >= top ? Number.MAX_SAFE_INTEGER : low + rangeSize };
          rows.push(...guard('search articles', () => (filtered ? matchRange.all({ ...params, ...range }) : matchUnfilteredRange.all({ match: expression, limit, ...range }))));
          if (range.high !== Number.MAX_SAFE_INTEGER) await turn();
        }
        // A record written again between ranges under a new id is kept once.
        const seen = new Set<string>();
        rows = rows.sort((a, b) => a.relevance - b.relevance).filter((row) => !seen.has(row.pmid) && seen.add(row.pmid)).slice(0, limit);
      }
      // bm25() is lower-is-better; the contract wants higher-is-better.
      return rows.map((row) => ({ pmid: row.pmid, score: -row.relevance }));
    },
    async abbreviationsFor(phrases: readonly string[]): Promise<Abbreviation[]> {
      if (phrases.length === 0) return [];
      return guard('read abbreviations', () => abbreviations.all({ phrases: JSON.stringify(phrases), limit: MAX_ABBREVIATION_ROWS }));
    },
    async documentFrequencies(stems: readonly string[]): Promise<Map<string, number>> {
      const mark = guard('count term documents', changeMark);
      if (frequencies.mark !== mark || frequencies.counts.size > MAX_CACHED_FREQUENCIES) frequencies = { mark, counts: new Map() };
      const known = frequencies.counts;
      const unknown = [...new Set(stems.filter((stem) => !known.has(stem)))];
      if (unknown.length > 0) {
        for (const stem of unknown) known.set(stem, 0);
        for (const row of guard('count term documents', () => documentCounts.all({ stems: JSON.stringify(unknown) }))) known.set(row.term, row.doc);
      }
      return new Map(stems.map((stem) => [stem, known.get(stem)!]));
    },
    async spellingTerms(since: string | null): Promise<SpellingTerms> {
      return guard('read the index terms', () => spellingTerms(since));
    },
    async *subjectRecordPages(size = SUBJECT_PAGE): AsyncGenerator<{ title: string; mesh: string[] }[]> {
      for (let after = 0; ; ) {
        const rows = guard('read the subject terms', () => subjectRows.all({ after, size }));
        if (rows.length === 0) return;
        after = rows[rows.length - 1]!.id;
        yield rows.map((row) => ({ title: row.title, mesh: row.names ? row.names.split('\u001f') : [] }));
      }
    },
    async readCoverage(): Promise<{ snapshot: string; coverage: string } | null> {
      return guard('read the corpus coverage', () => coverageRow.get() ?? null);
    },
    async saveCoverage(snapshot: string, coverage: string): Promise<void> {
      guard('save the corpus coverage', () => saveCoverageRow.run(snapshot, coverage));
    },
    async subjectTally() {
      return guardAsync('read the subject tally', () => journal.subjectTally());
    },
    async subjectChanges(since, size) {
      return guardAsync('read the changed records', () => journal.subjectChanges(since, size));
    },
    async saveSubjectTally(form, mark, tally) {
      return guardAsync('save the subject tally', () => journal.saveSubjectTally(form, mark, tally));
    },
    async close(): Promise<void> {
      // The connection is shared with other stores on the same file; closing twice is harmless.
      closeDatabase(db);
    },
  };
}

/** Write batches to the articles table per connection, by any article store on it (the only writers of that table). */
const articleWrites = new WeakMap<SqliteDatabase, number>();
const wroteArticles = (db: SqliteDatabase): void => void articleWrites.set(db, (articleWrites.get(db) ?? 0) + 1);

/** Whether an incoming record of the stored version is an older revision than the stored one (both dates known). */
function isOlderRevision(existing: { version: number; revised: string | null }, incoming: ArticleParams): boolean {
  return existing.version === incoming.version && existing.revised !== null && incoming.revised !== null && incoming.revised < existing.revised;
}

/** Whether a digest stored by an earlier release (SHA-256 of the JSON row) describes exactly this content. */
function sameAsLegacyDigest(stored: string, params: ArticleParams): boolean {
  return stored.length !== CONTENT_HASH_LENGTH && stored === legacyContentHashOf(params);
}

/** Runs one SQLite call on the database at `path`, turning driver faults into store_error while letting ClinqErrors through. */
function guarded<T>(path: string, action: string, run: () => T): T {
  try {
    return run();
  } catch (cause) {
    if (cause instanceof ClinqError) throw cause;
    const code = String((cause as { code?: unknown } | null)?.code ?? '');
    const message = cause instanceof Error ? cause.message : String(cause);
    // SQLite's "database is locked" does not say by whom, nor that it passes: another process writing (a second ingest).
    // "database or disk is full" does not say which disk, nor that the failed write was undone whole and the rest is kept.
    const reason = code.startsWith('SQLITE_BUSY')
      ? 'the database is busy with another writer (another ingest?) that did not let go within 5 s; run this again when it has finished'
      : code === 'SQLITE_FULL'
        ? `the disk holding ${path} is full (SQLite: ${message}); this write was undone whole, nothing stored before it is lost; free some space and run it again`
        : message;
    throw new ClinqError('store_error', `store: cannot ${action}: ${reason}`, { cause });
  }
}

/** guarded for a call that returns a promise: a fault it rejects with is said as guarded says it. */
async function guardedAsync<T>(path: string, action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    return guarded(path, action, () => {
      throw cause;
    });
  }
}
