import { afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { ClinqError } from '../domain/index.js';
import { authenticate, createSession, findSession } from '../editorial/index.js';
import { openDatabase } from '../store/sqlite/index.js';
import { createSqliteEditorialStore } from '../store/sqlite/index.js';
import { registerUserCommand, roleOption } from './user-command.js';

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

  it('reads a role written in any case, as an audience is, and refuses one that is no role, listing them', async () => {
    const { db, done } = run(['--role', 'Admin', '--password-stdin', 'ada@example.org'], 'a long enough password\n');
    await done;
    const handle = openDatabase(db);
    const user = await authenticate({ store: createSqliteEditorialStore(handle) }, 'ada@example.org', 'a long enough password');
    handle.close();
    expect(user?.role).toBe('admin');
    expect(() => roleOption('owner')).toThrow('must be one of admin, reviewer, editor');
    expect(roleOption(' EDITOR ')).toBe('editor');
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

  it('refuses an email that already has an account as bad input, naming the command that sets a new password', async () => {
    const first = run(['--role', 'editor', '--password-stdin', 'ed@example.org'], 'a long enough password\n');
    await first.done;
    const program = new Command().exitOverride();
    registerUserCommand(program, { stdin: Readable.from(['another long password\n']), isTTY: false, stderr: new PassThrough() });
    const again = program.parseAsync(['node', 'clinq', 'user', 'add', '--db', first.db, '--role', 'admin', '--password-stdin', 'ED@example.org']);
    await expect(again).rejects.toSatisfy(
      (e: unknown) => e instanceof ClinqError && e.code === 'invalid_request' && e.message === 'user add: ed@example.org already has an account; to give it a new password: clinq user password ed@example.org',
    );
  });

  it('refuses a mistyped email before asking for the password, and speaks as the command, not as "editorial"', async () => {
    // At a terminal the password would be asked for (twice) first; the refusal comes before any prompt.
    const { done, stderr } = run(['--role', 'editor', 'ed.example.org'], '', true);
    await expect(done).rejects.toThrow('user add: email: "ed.example.org" is not an email address');
    expect(stderr.read()).toBeNull();
  });

  it('rejects a short password and an unknown role', async () => {
    await expect(run(['--role', 'editor', '--password-stdin', 'ed@example.org'], 'short\n').done).rejects.toThrow('user add: password: must have at least 12 characters');
    // Typed at a terminal the password would show: --password-stdin is for pipes, the prompt for people.
    await expect(run(['--role', 'editor', '--password-stdin', 'ed@example.org'], 'a long enough password\n', true).done).rejects.toThrow(
      'user add: --password-stdin reads a pipe, but standard input is a terminal; leave it out to be asked without the password showing',
    );
    // `echo "$PASSWORD" |` with the variable unset sends a blank line: named as no password, not a short one.
    for (const blank of ['', '\n']) {
      await expect(run(['--role', 'editor', '--password-stdin', 'ed@example.org'], blank).done).rejects.toThrow(
        'user add: --password-stdin read no password (standard input was empty or a blank line)',
      );
    }
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { done } = run(['--role', 'wizard', 'ed@example.org'], '');
    await expect(done).rejects.toThrow(/must be one of/);
  });
});

describe('clinq user list and user password', () => {
  function program(stdinText: string) {
    const stderr = new PassThrough();
    const command = new Command().exitOverride();
    registerUserCommand(command, { stdin: Readable.from([stdinText]), isTTY: false, stderr });
    return command;
  }

  it('lists the accounts and sets a new password that signs in, ending the old sessions', async () => {
    const { db, done } = run(['--role', 'reviewer', '--name', 'Rita Rao', '--credentials', 'MD', '--password-stdin', 'rita@example.org'], 'the first long password\n');
    await done;
    const handle = openDatabase(db);
    const store = createSqliteEditorialStore(handle);
    const rita = await authenticate({ store }, 'rita@example.org', 'the first long password');
    const session = await createSession({ store }, rita!);

    const out = vi.mocked(process.stdout.write);
    out.mockClear();
    await program('').parseAsync(['node', 'clinq', 'user', 'list', '--db', db]);
    expect(out.mock.calls.map((c) => String(c[0])).join('')).toBe('rita@example.org\treviewer\tRita Rao, MD\n');

    await program('a brand new password\n').parseAsync(['node', 'clinq', 'user', 'password', '--password-stdin', '--db', db, 'Rita@Example.org']);
    expect(await authenticate({ store }, 'rita@example.org', 'the first long password')).toBeNull();
    expect(await authenticate({ store }, 'rita@example.org', 'a brand new password')).toMatchObject({ id: rita!.id });
    expect(await findSession({ store }, session.token)).toBeNull();
    handle.close();
  });

  it('refuses a database path with nothing behind it instead of creating an empty database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clinq-user-'));
    dirs.push(dir);
    const missing = path.join(dir, 'typo.db');
    await expect(program('').parseAsync(['node', 'clinq', 'user', 'list', '--db', missing])).rejects.toThrow(`user list: no database at ${missing}; pass --db PATH`);
    await expect(program('a brand new password\n').parseAsync(['node', 'clinq', 'user', 'password', '--password-stdin', '--db', missing, 'a@example.org'])).rejects.toThrow(
      `user password: no database at ${missing}; pass --db PATH`,
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a short password or an unknown email, naming the problem', async () => {
    const { db, done } = run(['--role', 'editor', '--password-stdin', 'ed@example.org'], 'the first long password\n');
    await done;
    await expect(program('short\n').parseAsync(['node', 'clinq', 'user', 'password', '--password-stdin', '--db', db, 'ed@example.org'])).rejects.toThrow(
      'user password: password: must have at least 12 characters',
    );
    await expect(program('a brand new password\n').parseAsync(['node', 'clinq', 'user', 'password', '--password-stdin', '--db', db, 'nobody@example.org'])).rejects.toThrow(
      'user password: no account has the email nobody@example.org',
    );
  });
});
