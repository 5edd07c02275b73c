import Database from 'better-sqlite3';
import { ClinqError } from '../../domain/index.js';

/** The better-sqlite3 connection type every SQLite store shares. */
export type SqliteDatabase = Database.Database;

/** Milliseconds a writer waits for a lock held by another connection before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) a SQLite database tuned for one writer and many readers; ':memory:' for tests. */
export function openDatabase(path: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new ClinqError('store_error', `store: cannot open SQLite database at ${path}`, { cause });
  }
  // WAL lets the server read while an ingest writes; NORMAL sync is durable at checkpoints and much faster
  // than FULL, and a lost last transaction is acceptable because ingest is idempotent.
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('synchronous = NORMAL');
  return db;
}
