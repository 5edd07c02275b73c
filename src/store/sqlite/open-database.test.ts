import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { ClinqError } from '../../domain/index.js';
import { createSqliteArticleStore } from './sqlite-article-store.js';
import { createSqliteEditorialStore } from './editorial-store.js';
import { closeDatabase, openDatabase } from './open-database.js';

describe('openDatabase', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('opens a file database in WAL mode with foreign keys, a busy timeout and NORMAL sync', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'clinq.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('fails with a store_error naming the path when the file cannot be opened', () => {
    expect(() => openDatabase('/nonexistent-dir/x/clinq.db')).toThrow(/cannot open SQLite database at \/nonexistent-dir/);
  });

  it('says why it cannot open a database: a missing folder or a directory', () => {
    expect(() => openDatabase('/nonexistent-dir/x/clinq.db')).toThrow('cannot open SQLite database at /nonexistent-dir/x/clinq.db: the folder /nonexistent-dir/x does not exist');
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    expect(() => openDatabase(dir)).toThrow(`cannot open SQLite database at ${dir}: it is a directory`);
  });

  it('refuses a file that is not a SQLite database as bad input (a wrong --db), leaving the file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClinqError);
    expect((error as ClinqError).code).toBe('invalid_request');
    expect((error as ClinqError).message).toBe(`store: ${path} is not a usable SQLite database (file is not a database); pass --db with another path`);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n'.repeat(200));
  });

  it('leaves another program\'s SQLite database untouched, naming its tables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'app.sqlite');
    const other = new Database(path);
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)");
    other.close();
    expect(() => openDatabase(path)).toThrow(
      `store: ${path} is another program's SQLite database (tables: invoices); clinq leaves it untouched: pass --db with a new file`,
    );
    // Nothing was added, not even WAL mode, which SQLite keeps in the file.
    const after = new Database(path, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'invoices' }]);
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
    // The stores refuse it too, for a connection opened some other way.
    const raw = new Database(path);
    expect(() => createSqliteArticleStore(raw)).toThrow(/another program's SQLite database/);
    expect(() => createSqliteEditorialStore(raw)).toThrow(/another program's SQLite database/);
    raw.close();
  });

  it('opens a database that only its accounts were written to, for the corpus to be loaded next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const first = openDatabase(path);
    createSqliteEditorialStore(first); // what `clinq user add` does before the first `npm start`
    first.close();
    const again = openDatabase(path);
    expect(() => createSqliteArticleStore(again)).not.toThrow();
    again.close();
  });

  it('opens its own database again, and an empty file, as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const first = openDatabase(path);
    createSqliteArticleStore(first);
    createSqliteEditorialStore(first);
    first.close();
    const again = openDatabase(path);
    expect(() => createSqliteArticleStore(again)).not.toThrow();
    expect(() => createSqliteEditorialStore(again)).not.toThrow();
    again.close();
  });

  it('leaves a closed database in rollback-journal mode, which a reader can open where it may not create files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const store = createSqliteArticleStore(openDatabase(path));
    await store.close();
    const after = new Database(path, { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });

  it('keeps WAL mode while another connection (a running server) has the database open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const server = openDatabase(path);
    createSqliteArticleStore(server);
    closeDatabase(openDatabase(path));
    expect(server.pragma('journal_mode', { simple: true })).toBe('wal');
    closeDatabase(server);
  });

  it('opens an up-to-date database for reading without writing to it: the stores read, a write is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const writer = openDatabase(path);
    await createSqliteArticleStore(writer).upsertArticles([
      { pmid: '1', version: 1, title: 'Aspirin and headache.', abstract: '', abstractSections: [], journal: { title: '', isoAbbreviation: null }, year: null, authors: [], languages: [], publicationTypes: [], meshHeadings: [], keywords: [], doi: null },
    ]);
    createSqliteEditorialStore(writer);
    closeDatabase(writer);

    const reader = openDatabase(path, { mode: 'read' });
    expect(reader.readonly).toBe(true);
    const store = createSqliteArticleStore(reader);
    expect(() => createSqliteEditorialStore(reader)).not.toThrow();
    expect(await store.countArticles()).toBe(1);
    await expect(store.deleteArticles(['1'])).rejects.toThrow(/readonly/);
    await store.close();
  });

  it('refuses to read a database whose tables need an upgrade it cannot write, saying who can fix it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const writer = openDatabase(path);
    createSqliteArticleStore(writer); // articles only: the site's tables come with the first command that writes them
    closeDatabase(writer);
    const reader = openDatabase(path, { mode: 'read' });
    expect(() => createSqliteEditorialStore(reader)).toThrow(
      `store: ${path} is read-only here and lacks the site's editorial tables; run any clinq command that writes it`,
    );
    reader.close();
  });

  it.skipIf(process.getuid?.() === 0)('says a new database cannot be made in a read-only folder, not only "unable to open database file"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    chmodSync(dir, 0o555);
    try {
      const path = join(dir, 'new.db');
      expect(() => openDatabase(path)).toThrow(
        `store: cannot open SQLite database at ${path}: the folder ${dir} is read-only for this user, so no database can be made in it; pass --db with a path you may write`,
      );
      try {
        openDatabase(path);
      } catch (error) {
        // Where it is, not what was typed: a store fault (exit 1), as a read-only existing database is.
        expect((error as ClinqError).code).toBe('store_error');
      }
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it.skipIf(process.getuid?.() === 0)('refuses to write a database in a read-only folder, and reads it there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-db-'));
    dirs.push(dir);
    const path = join(dir, 'clinq.db');
    const writer = openDatabase(path);
    createSqliteArticleStore(writer);
    createSqliteEditorialStore(writer);
    closeDatabase(writer);
    chmodSync(dir, 0o555);
    try {
      expect(() => openDatabase(path, { mode: 'write' })).toThrow(`store: cannot write ${path}: the file or its folder ${dir} is read-only for this user`);
      const reader = openDatabase(path);
      expect(reader.readonly).toBe(true);
      reader.close();
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
