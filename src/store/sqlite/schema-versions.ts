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
