import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
});
