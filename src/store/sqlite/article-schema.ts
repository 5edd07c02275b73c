import { findAbbreviations } from './find-abbreviations.js';
import type { Migration } from './schema-versions.js';

/**
 * BM25 column weights for title, abstract and subject terms (MeSH descriptors + author keywords).
 * A word in the title says far more about what a paper is about than the same word in the abstract, and a
 * MeSH heading is an indexer's judgement, so both outweigh the abstract (values chosen by hand, not fitted).
 */
export const BM25_WEIGHTS = { title: 4, abstract: 1, terms: 2 } as const;

/**
 * Schema steps of the article store, applied in order; append, never edit a shipped step.
 * `id` is an explicit INTEGER PRIMARY KEY (the FTS rowid) because an implicit rowid may change on VACUUM,
 * which would silently detach the external-content index; `pmid` is the natural key (UNIQUE).
 */
/** The index terms the spelling suggester reads: letters only, three or more. */
export const SPELLING_TERM = "length(term) >= 3 AND term NOT GLOB '*[^a-z]*'";

export const ARTICLE_MIGRATIONS: readonly Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS articles (
        id INTEGER PRIMARY KEY,
        pmid TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        abstract TEXT NOT NULL,
        sections TEXT NOT NULL,
        journal TEXT NOT NULL,
        journal_iso TEXT,
        year INTEGER,
        authors TEXT NOT NULL,
        languages TEXT NOT NULL,
        publication_types TEXT NOT NULL,
        mesh TEXT NOT NULL,
        keywords TEXT NOT NULL,
        doi TEXT,
        terms TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS articles_updated_at ON articles (updated_at);

      CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, abstract, terms,
        content='articles', content_rowid='id',
        tokenize='porter unicode61'
      );

      -- Triggers keep the external-content index in step with every write path, including ones added later.
      CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, abstract, terms) VALUES (new.id, new.title, new.abstract, new.terms);
      END;
      CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, abstract, terms)
          VALUES ('delete', old.id, old.title, old.abstract, old.terms);
      END;
      CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, abstract, terms ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, abstract, terms)
          VALUES ('delete', old.id, old.title, old.abstract, old.terms);
        INSERT INTO articles_fts (rowid, title, abstract, terms) VALUES (new.id, new.title, new.abstract, new.terms);
      END;
    `);
  },
  // 2: abbreviations defined in the corpus itself (Schwartz–Hearst), counted across articles for query expansion.
  (db) => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS article_abbreviations (
        article_id INTEGER NOT NULL,
        short TEXT NOT NULL,
        long TEXT NOT NULL,
        PRIMARY KEY (article_id, short, long)
      ) STRICT, WITHOUT ROWID;
      -- short is case-insensitive so "IL-6" in one paper and "Il-6" in another count as one definition.
      CREATE TABLE IF NOT EXISTS abbreviations (
        short TEXT NOT NULL COLLATE NOCASE,
        long TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (short, long)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS abbreviations_long ON abbreviations (long);

      CREATE TRIGGER IF NOT EXISTS article_abbreviations_insert AFTER INSERT ON article_abbreviations BEGIN
        INSERT INTO abbreviations (short, long, count) VALUES (new.short, new.long, 1)
          ON CONFLICT (short, long) DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER IF NOT EXISTS article_abbreviations_delete AFTER DELETE ON article_abbreviations BEGIN
        UPDATE abbreviations SET count = count - 1 WHERE short = old.short AND long = old.long;
        DELETE FROM abbreviations WHERE short = old.short AND long = old.long AND count <= 0;
      END;
      CREATE TRIGGER IF NOT EXISTS articles_abbreviations_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_abbreviations WHERE article_id = old.id;
      END;
    `);
    // Back-fill articles stored before this step (all() first: a connection cannot write while iterating).
    const insert = db.prepare('INSERT OR IGNORE INTO article_abbreviations (article_id, short, long) VALUES (?, ?, ?)');
    for (const row of db.prepare<[], { id: number; title: string; abstract: string }>('SELECT id, title, abstract FROM articles').all()) {
      for (const { short, long } of findAbbreviations(`${row.title} ${row.abstract}`)) insert.run(row.id, short, long);
    }
  },
  // 3: the spelling suggester's terms, kept as records are written (sqlite-article-store.ts), so a process reads them
  // from this table instead of walking every doclist of the FTS index (about 0.5 s at 100,000 records, paid by every
  // one-shot `clinq ask` with a word no article has). `spelling_mark` holds the last write (time, then id) the terms
  // include; a row with mark NULL: built while no record was stored. The back-fill is that walk, once.
  (db) => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS spelling_terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS spelling_mark (id INTEGER PRIMARY KEY CHECK (id = 1), mark TEXT) STRICT;
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocabulary USING fts5vocab(main, articles_fts, row);
    `);
    db.exec(`INSERT OR IGNORE INTO spelling_terms (term) SELECT term FROM temp.articles_vocabulary WHERE ${SPELLING_TERM}`);
    const last = db.prepare<[], { at: string; id: number }>('SELECT updated_at AS at, id FROM articles ORDER BY updated_at DESC, id DESC LIMIT 1').get();
    db.prepare('INSERT OR REPLACE INTO spelling_mark (id, mark) VALUES (1, ?)').run(last ? `${last.at} ${last.id}` : null);
  },
  // 4: each record's DateRevised (YYYY-MM-DD), so an older revision of a stored version read later does not replace
  // the newer one. Records stored before it have none (NULL) until read again; then the later record wins, as before.
  (db) => {
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('articles')").all();
    if (!columns.some((column) => column.name === 'revised')) db.exec('ALTER TABLE articles ADD COLUMN revised TEXT');
  },
  // 5: what the corpus covers (its subjects, areas and checked example questions), saved with the snapshot it was read
  // from, so the corpus page and `clinq subjects` read it back instead of counting every record on each visit.
  (db) => {
    db.exec('CREATE TABLE IF NOT EXISTS corpus_coverage (id INTEGER PRIMARY KEY CHECK (id = 1), snapshot TEXT NOT NULL, coverage TEXT NOT NULL) STRICT');
  },
  // 6: the coverage's subject tally (its counts as of a mark) and, while one is kept, a journal of the records written
  // since: each write's record id and its title and MeSH before the write (NULL title: the record was new). A small
  // update then changes the counts by what it changed instead of counting every record again. `mark` is the journal's
  // last seq the tally includes; entries up to it are pruned when a tally is saved. AUTOINCREMENT: a seq is never
  // reused, even after the journal was emptied. No tally row, no journal (an ingest before any coverage writes none).
  (db) => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS coverage_tally (id INTEGER PRIMARY KEY CHECK (id = 1), form TEXT NOT NULL, mark INTEGER NOT NULL, tally TEXT) STRICT;
      CREATE TABLE IF NOT EXISTS coverage_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL,
        title TEXT,
        mesh TEXT
      ) STRICT;
      CREATE INDEX IF NOT EXISTS coverage_changes_article ON coverage_changes (article_id, seq);
      CREATE TRIGGER IF NOT EXISTS coverage_changes_insert AFTER INSERT ON articles WHEN EXISTS (SELECT 1 FROM coverage_tally) BEGIN
        INSERT INTO coverage_changes (article_id) VALUES (new.id);
      END;
      CREATE TRIGGER IF NOT EXISTS coverage_changes_update AFTER UPDATE OF title, mesh ON articles WHEN EXISTS (SELECT 1 FROM coverage_tally) BEGIN
        INSERT INTO coverage_changes (article_id, title, mesh) VALUES (old.id, old.title, old.mesh);
      END;
      CREATE TRIGGER IF NOT EXISTS coverage_changes_delete AFTER DELETE ON articles WHEN EXISTS (SELECT 1 FROM coverage_tally) BEGIN
        INSERT INTO coverage_changes (article_id, title, mesh) VALUES (old.id, old.title, old.mesh);
      END;
    `);
  },
];
