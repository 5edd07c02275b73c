import { afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { authenticate } from '../editorial/index.js';
import { openDatabase } from '../store/sqlite/index.js';
import { createSqliteEditorialStore } from '../store/sqlite/index.js';
import { registerUserCommand } from './user-command.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], stdinText: string, isTTY = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'clinq-user-'));
  dirs.push(dir);
  const db = path.join(dir, 'test.db');
  const stderr = new PassThrough();
  const program = new Command().exitOverride();
  registerUserCommand(program, { stdin: Readable.from([stdinText]), isTTY, stderr });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return { db, stderr, done: program.parseAsync(['node', 'clinq', 'user', 'add', '--db', db, ...args]) };
}

describe('clinq user add', () => {
  it('creates a reviewer whose password (read from stdin) signs them in', async () => {
    const { db, done } = run(['--role', 'reviewer', '--name', 'Rita Rao', '--credentials', 'MD, FACP', '--password-stdin', 'Rita@Example.org'], 'a long enough password\nignored\n');
    await done;
    const handle = openDatabase(db);
    const store = createSqliteEditorialStore(handle);
    const user = await authenticate({ store }, 'rita@example.org', 'a long enough password');
    handle.close();
    expect(user).toMatchObject({ email: 'rita@example.org', name: 'Rita Rao', credentials: 'MD, FACP', role: 'reviewer' });
  });

  it('refuses to run without a terminal unless the password comes from stdin', async () => {
    const { done } = run(['--role', 'admin', 'ada@example.org'], '');
    await expect(done).rejects.toThrow(/--password-stdin/);
  });

  it('warns when the password is given as an argument', async () => {
    const { stderr, done } = run(['--role', 'editor', '--password', 'a long enough password', 'ed@example.org'], '');
    await done;
    expect(String(stderr.read())).toMatch(/warning: --password/);
  });

  it('rejects a short password and an unknown role', async () => {
    await expect(run(['--role', 'editor', '--password-stdin', 'ed@example.org'], 'short\n').done).rejects.toThrow(/12 characters/);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { done } = run(['--role', 'wizard', 'ed@example.org'], '');
    await expect(done).rejects.toThrow(/must be one of/);
  });
});
