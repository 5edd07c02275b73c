import type { Migration } from './schema-versions.js';

/**
 * BM25 column weights for title, abstract and subject terms (MeSH descriptors + author keywords).
 * A word in the title says far more about what a paper is about than the same word in the abstract, and a
 * MeSH heading is an indexer's judgement, so both outweigh the abstract (values tuned by hand on BioASQ dev).
 */
export const BM25_WEIGHTS = { title: 4, abstract: 1, terms: 2 } as const;

/**
 * Schema steps of the article store, applied in order; append, never edit a shipped step.
 * `id` is an explicit INTEGER PRIMARY KEY (the FTS rowid) because an implicit rowid may change on VACUUM,
 * which would silently detach the external-content index; `pmid` is the natural key (UNIQUE).
 */
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
];
