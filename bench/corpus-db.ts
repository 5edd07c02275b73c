/** Read-only access to the database clinq built: the plain BM25 baseline and the stored text quotes must match. */
import Database from 'better-sqlite3';
import { tokenize } from './metrics.js';

/** The stored text of one article. */
export type StoredText = { title: string; abstract: string };

/** What the benchmarks read directly from clinq's SQLite database. */
export type CorpusDb = {
  countArticles(): number;
  /** Plain FTS5 BM25 (no column weights): OR of the question's distinct words, each quoted; best first. */
  bm25(question: string, limit: number): string[];
  texts(pmids: readonly string[]): Map<string, StoredText>;
  close(): void;
};

type FtsShape = { fts: string; content: string; contentRowid: string };

// The table names are discovered, not assumed, so the baseline keeps working if the store renames them.
function discoverFts(db: Database.Database): FtsShape {
  const rows = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'")
    .all();
  const row = rows[0];
  if (!row) throw new Error('bench: the database has no FTS5 table; was the corpus ingested?');
  const content = /content\s*=\s*'([^']+)'/i.exec(row.sql)?.[1] ?? 'articles';
  const contentRowid = /content_rowid\s*=\s*'([^']+)'/i.exec(row.sql)?.[1] ?? 'rowid';
  const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;
  for (const name of [row.name, content, contentRowid]) {
    if (!ident.test(name)) throw new Error(`bench: unexpected table or column name ${name}`);
  }
  return { fts: row.name, content, contentRowid };
}

/** Opens clinq's SQLite database read-only. */
export function openCorpusDb(path: string): CorpusDb {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const { fts, content, contentRowid } = discoverFts(db);
  const count = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${content}`);
  const match = db.prepare<[string, number], { pmid: string }>(
    `SELECT a.pmid AS pmid FROM ${fts} JOIN ${content} a ON a.${contentRowid} = ${fts}.rowid
     WHERE ${fts} MATCH ? ORDER BY bm25(${fts}) LIMIT ?`,
  );
  const texts = db.prepare<[string], { pmid: string; title: string; abstract: string }>(
    `SELECT pmid, title, abstract FROM ${content} WHERE pmid IN (SELECT value FROM json_each(?))`,
  );
  return {
    countArticles: () => count.get()?.n ?? 0,
    bm25(question, limit) {
      const words = [...new Set(tokenize(question))];
      if (words.length === 0 || limit <= 0) return [];
      const expression = words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' OR ');
      return match.all(expression, limit).map((r) => r.pmid);
    },
    texts(pmids) {
      const out = new Map<string, StoredText>();
      for (const r of texts.all(JSON.stringify(pmids))) out.set(r.pmid, { title: r.title, abstract: r.abstract });
      return out;
    },
    close: () => db.close(),
  };
}
