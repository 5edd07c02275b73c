import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ClinqError } from '../../domain/index.js';
import { refuseForeignDatabase } from './schema-versions.js';

/** The better-sqlite3 connection type every SQLite store shares. */
export type SqliteDatabase = Database.Database;

/** Milliseconds a writer waits for a lock held by another connection before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * How to open: `read` opens an existing database for reading only (no schema or journal mode change); `write` refuses
 * one this user may not write, saying so; by default a database that cannot be written is opened for reading.
 */
export type OpenDatabaseOptions = { mode?: 'read' | 'write' };

/**
 * Opens (creating if needed) a SQLite database tuned for one writer and many readers; ':memory:' for tests. A database
 * this user may not write (its file or its folder is read-only) is opened for reading, so `ask` and `info` still work.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  const writable = path === ':memory:' || canWrite(path);
  if (options.mode === 'write' && !writable) {
    throw new ClinqError(
      'store_error',
      `store: cannot write ${path}: the file or its folder ${dirname(path)} is read-only for this user; pass --db with a path you may write`,
    );
  }
  const readOnly = options.mode === 'read' || !writable;
  let db: SqliteDatabase;
  try {
    db = new Database(path, readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (cause) {
    const why = whyNotOpened(path, cause);
    // A directory or a path in no folder is a --db typed wrong: bad input (exit 2), as a path with no database is.
    throw new ClinqError(why.wrongPath ? 'invalid_request' : 'store_error', `store: cannot open SQLite database at ${path}${why.reason}`, { cause });
  }
  try {
    // Before anything is written (WAL mode is kept in the file): another program's database is refused untouched.
    refuseForeignDatabase(db);
    // WAL lets the server read while an ingest writes; NORMAL sync is durable at checkpoints and much faster
    // than FULL, and a lost last transaction is acceptable because ingest is idempotent.
    if (path !== ':memory:' && !readOnly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readOnly) db.pragma('synchronous = NORMAL');
  } catch (cause) {
    db.close();
    if (cause instanceof ClinqError) throw cause;
    // SQLite opens any file lazily; the first statement is where a file that is not a database shows.
    const code = (cause as { code?: unknown } | null)?.code;
    if (readOnly && (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_CANTOPEN')) {
      // A WAL database needs its -shm file beside it even to be read; clinq leaves closed databases in rollback mode,
      // so this is a file another program (or an older clinq, or a writer that was killed) left in WAL mode.
      throw new ClinqError(
        'store_error',
        `store: ${path} is read-only here and in WAL mode, which SQLite can read only where it may create ${path}-shm; ` +
          `ask its owner to run "sqlite3 ${path} 'PRAGMA journal_mode=DELETE'" (or any clinq command that writes it), or copy it somewhere writable`,
        { cause },
      );
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    // A file that is no database at all (notes, an XML file given as --db) is bad input; a damaged database is a store fault.
    throw new ClinqError(code === 'SQLITE_NOTADB' ? 'invalid_request' : 'store_error', `store: ${path} is not a usable SQLite database (${reason}); pass --db with another path`, { cause });
  }
  return db;
}

/**
 * Closes a database, first putting it back in rollback-journal mode when this is its last connection: a file left in
 * WAL mode cannot be read from a read-only folder (SQLite must create its -shm file), so a corpus built by one user
 * could not be read by others. With another connection open (a running server) it stays in WAL mode, untouched.
 */
export function closeDatabase(db: SqliteDatabase): void {
  if (!db.open) return;
  if (!db.readonly && !db.memory && db.pragma('journal_mode', { simple: true }) === 'wal') {
    try {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    } catch {
      // Another connection holds the database (SQLITE_BUSY): it is still in use, so it stays in WAL mode.
    }
  }
  db.close();
}

/** Whether this process may write the database at `path`: the file (or, for a new file, its folder) and the folder. */
function canWrite(path: string): boolean {
  const exists = (() => {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  })();
  // A missing file is created by a writable open, which then fails with the usual "cannot open" reasons.
  if (!exists) return true;
  // SQLite writes journal files beside the database, so a writable file in a read-only folder cannot be written either.
  return writable(path) && writable(dirname(path));
}

/** Whether this process may write the file or folder at `p` (false on a read-only mount too). */
function writable(p: string): boolean {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// The usual reasons, said plainly: SQLite itself only reports "unable to open database file". `wrongPath`: the path
// itself cannot name a database file (a directory, or a folder that does not exist).
function whyNotOpened(path: string, cause: unknown): { reason: string; wrongPath: boolean } {
  const kind = (p: string): 'file' | 'directory' | 'missing' => {
    try {
      return statSync(p).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  };
  if (kind(path) === 'directory') return { reason: ': it is a directory', wrongPath: true };
  if (kind(dirname(path)) === 'missing') return { reason: `: the folder ${dirname(path)} does not exist`, wrongPath: true };
  // A new database in a folder this user may not write (a read-only mount, another user's folder): SQLite says only
  // "unable to open database file"; this is where it is, as a read-only existing database is (exit 1, not bad input).
  if (kind(path) === 'missing' && !writable(dirname(path))) {
    return { reason: `: the folder ${dirname(path)} is read-only for this user, so no database can be made in it; pass --db with a path you may write`, wrongPath: false };
  }
  return { reason: `: ${cause instanceof Error ? cause.message : String(cause)}`, wrongPath: false };
}
