import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClinqError } from '../../domain/index.js';
import { openDatabase } from './open-database.js';

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

  it('refuses a file that is not a SQLite database with a store_error, leaving the file as it was', () => {
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
    expect((error as ClinqError).code).toBe('store_error');
    expect((error as ClinqError).message).toBe(`store: ${path} is not a usable SQLite database (file is not a database); pass --db with another path`);
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n'.repeat(200));
  });
});
