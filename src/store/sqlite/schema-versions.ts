import { ClinqError } from '../../domain/index.js';
import type { SqliteDatabase } from './open-database.js';

/** One schema step: SQL run once, in order, inside the same transaction as its version bump. */
export type Migration = (db: SqliteDatabase) => void;

/**
 * Brings one component's tables (e.g. 'articles', 'editorial') up to date.
 * Each component keeps its own row in `schema_versions`, so stores sharing a database migrate independently
 * (a single PRAGMA user_version could not tell whose version it is).
 */
export function applyMigrations(db: SqliteDatabase, component: string, migrations: readonly Migration[]): void {
  refuseForeignDatabase(db);
  const stored = storedVersion(db, component);
  // An up-to-date database is left unwritten: a read-only one opens, and an open takes no write lock.
  if (stored === migrations.length) return;
  if (db.readonly) {
    throw new ClinqError(
      'store_error',
      `store: ${db.name} is read-only here and its ${component} tables need an upgrade (version ${stored ?? 'none'}, this clinq ` +
        `writes ${migrations.length}); run any clinq command that writes it (e.g. clinq info) as a user who may write it`,
    );
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_versions (
    component TEXT PRIMARY KEY,
    version INTEGER NOT NULL
  ) STRICT`);
  const current = db.prepare<[string], { version: number }>('SELECT version FROM schema_versions WHERE component = ?');
  const save = db.prepare('INSERT INTO schema_versions (component, version) VALUES (?, ?) ON CONFLICT(component) DO UPDATE SET version = excluded.version');
  db.transaction(() => {
    const version = current.get(component)?.version ?? 0;
    if (version > migrations.length) {
      // Loud on purpose: writing with an older schema into a newer database would corrupt it silently.
      throw new ClinqError('store_error', `store: ${component} schema is version ${version}, this clinq knows only ${migrations.length}; upgrade clinq`);
    }
    for (let step = version; step < migrations.length; step++) migrations[step]!(db);
    if (version !== migrations.length) save.run(component, migrations.length);
  }).immediate();
}

/** The component's schema version, or null before its first migration (or before clinq wrote the database). */
function storedVersion(db: SqliteDatabase, component: string): number | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions'").get();
  if (!table) return null;
  return db.prepare<[string], { version: number }>('SELECT version FROM schema_versions WHERE component = ?').get(component)?.version ?? null;
}

// A table every clinq database has from its first write: the article store's versions or the editorial store's tables.
const OWN_TABLES = ['schema_versions', 'articles', 'users', 'editorial_articles'];

/**
 * Refuses a database that holds another program's tables (a mistyped --db pointing at some app's .sqlite), before
 * any clinq table is added to it; an empty database or one clinq wrote before is fine.
 */
export function refuseForeignDatabase(db: SqliteDatabase): void {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => row.name);
  if (tables.length === 0 || tables.some((name) => OWN_TABLES.includes(name))) return;
  const listed = tables.slice(0, 5).join(', ') + (tables.length > 5 ? `, and ${tables.length - 5} more` : '');
  throw new ClinqError(
    'invalid_request',
    `store: ${db.name} is another program's SQLite database (tables: ${listed}); clinq leaves it untouched: pass --db with a new file`,
  );
}
