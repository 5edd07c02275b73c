import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ClinqError } from '../../domain/index.js';
import { refuseForeignDatabase } from './schema-versions.js';

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
    throw new ClinqError('store_error', `store: cannot open SQLite database at ${path}${whyNotOpened(path, cause)}`, { cause });
  }
  try {
    // Before anything is written (WAL mode is kept in the file): another program's database is refused untouched.
    refuseForeignDatabase(db);
    // WAL lets the server read while an ingest writes; NORMAL sync is durable at checkpoints and much faster
    // than FULL, and a lost last transaction is acceptable because ingest is idempotent.
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
  } catch (cause) {
    db.close();
    if (cause instanceof ClinqError) throw cause;
    // SQLite opens any file lazily; the first statement is where a file that is not a database shows.
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ClinqError('store_error', `store: ${path} is not a usable SQLite database (${reason}); pass --db with another path`, { cause });
  }
  return db;
}

// The usual reasons, said plainly: SQLite itself only reports "unable to open database file".
function whyNotOpened(path: string, cause: unknown): string {
  const kind = (p: string): 'file' | 'directory' | 'missing' => {
    try {
      return statSync(p).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  };
  if (kind(path) === 'directory') return ': it is a directory';
  if (kind(dirname(path)) === 'missing') return `: the folder ${dirname(path)} does not exist`;
  return `: ${cause instanceof Error ? cause.message : String(cause)}`;
}
