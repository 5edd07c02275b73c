import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { buildProgram, runCli, unexpectedFault } from './main.js';
import { MODEL_ENV_HELP, SERVER_ENV_HELP } from './options.js';

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((sub) => [sub, ...allCommands(sub)]);
}

describe('the command line help', () => {
  it('gives every command a description written as paragraphs, so the help wraps to the terminal, not mid-sentence', () => {
    for (const command of allCommands(buildProgram())) {
      const description = command.description();
      expect(description.length, command.name()).toBeGreaterThan(20);
      // A single newline inside a paragraph shows as a ragged break wherever the terminal is not exactly that wide.
      expect(description, command.name()).not.toMatch(/[^\n]\n[^\n]/);
    }
  });

  it('keeps the extra help text within an 80-column terminal', () => {
    expect([MODEL_ENV_HELP, SERVER_ENV_HELP].join('\n').split('\n').filter((line) => line.length > 80)).toEqual([]);
  });

  it('ends every command\'s help with an example to copy', () => {
    for (const command of allCommands(buildProgram())) {
      if (command.name() === 'help') continue;
      let help = '';
      command.configureOutput({ writeOut: (text) => (help += text) });
      command.outputHelp();
      expect(help, command.name()).toMatch(/\nExamples?[^\n]*:\n {2}\$ \S/);
    }
  });

  it('says what every option does, with its default where it has one', () => {
    const ingest = buildProgram().commands.find((c) => c.name() === 'ingest');
    expect(ingest?.options.find((o) => o.long === '--batch-size')?.description).toMatch(/\(default: \d+\)/);
    for (const command of allCommands(buildProgram())) {
      for (const option of command.options) expect(option.description.length, `${command.name()} ${option.flags}`).toBeGreaterThan(5);
    }
  });
});

describe('a fault that is not clinq\'s own', () => {
  it('says in words that the database is busy with another writer, rather than printing SQLite\'s stack', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(unexpectedFault(busy)).toBe('clinq: store: the database is busy with another writer (an ingest?); run the command again when it has finished');
    expect(unexpectedFault(new Error('boom'))).toMatch(/^clinq: unexpected error: Error: boom\n {4}at /);
  });
});

describe('the exit code', () => {
  it('is 2 for naming an account that does not exist, as for any other bad input', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clinq-exit-'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const db = path.join(dir, 'people.db');
      expect(await runCli(['node', 'clinq', 'user', 'add', '--role', 'admin', '--password', 'a long enough password', '--db', db, 'ada@example.org'])).toBe(0);
      expect(await runCli(['node', 'clinq', 'user', 'password', '--password', 'another long password', '--db', db, 'nobody@example.org'])).toBe(2);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('clinq: user password: no account has the email nobody@example.org');
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
      process.exitCode = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the exit code for a --db that names no clinq database', () => {
  it('is 2, as for a missing one: a directory, a file that is not SQLite, another program\'s database', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clinq-exit-'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const notes = path.join(dir, 'notes.txt');
      await writeFile(notes, 'my notes\n'.repeat(200));
      const other = path.join(dir, 'app.sqlite');
      const db = new Database(other);
      db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
      db.close();
      for (const wrong of [dir, notes, other, path.join(dir, 'no-folder', 'x.db')]) {
        expect(await runCli(['node', 'clinq', 'ingest', '-q', '--db', wrong, notes]), wrong).toBe(2);
      }
      expect(await runCli(['node', 'clinq', 'info', '--db', notes])).toBe(2);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain(`clinq: store: ${notes} is not a usable SQLite database (file is not a database); pass --db with another path`);
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
      process.exitCode = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('an unknown command asked for its help', () => {
  it('is named as unknown, with the nearest command, and exits 2, instead of printing the help of the command above it', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const written = () => [...stderr.mock.calls, ...stdout.mock.calls].map((c) => String(c[0])).join('');
    try {
      expect(await runCli(['node', 'clinq', 'serach', '--help'])).toBe(2);
      expect(written()).toContain("error: unknown command 'serach'");
      expect(written()).toContain('(Did you mean');
      expect(written()).not.toContain('Commands:');
      stderr.mockClear();
      stdout.mockClear();
      expect(await runCli(['node', 'clinq', 'user', 'remove', '-h'])).toBe(2);
      expect(written()).toContain("error: unknown command 'remove'");
      stderr.mockClear();
      stdout.mockClear();
      // A known command's help, and help with no command, are as before.
      expect(await runCli(['node', 'clinq', 'user', 'add', '--help'])).toBe(0);
      expect(written()).toContain('Usage: clinq user add');
      stdout.mockClear();
      expect(await runCli(['node', 'clinq', '--help'])).toBe(0);
      expect(written()).toContain('Commands:');
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
      process.exitCode = undefined;
    }
  });
});

describe('a usage error of a command run with --json', () => {
  it('is the JSON error line clinq gives under --json, without the help hint; without --json it stays text', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const errors = () => stderr.mock.calls.map((c) => String(c[0])).join('');
    try {
      expect(await runCli(['node', 'clinq', 'ask', '--json', '--audience', 'wizard', 'What is gout?'])).toBe(2);
      const line = JSON.parse(errors()) as { error: { code: string; message: string } };
      expect(line.error.code).toBe('invalid_request');
      expect(line.error.message).toMatch(/^option '--audience <who>' argument 'wizard' is invalid/);
      stderr.mockClear();
      expect(await runCli(['node', 'clinq', 'subjects', '--json', '--frob'])).toBe(2);
      expect(JSON.parse(errors())).toEqual({ error: { code: 'invalid_request', message: "unknown option '--frob'" } });
      stderr.mockClear();
      expect(await runCli(['node', 'clinq', 'ask', '--frob', 'What is gout?'])).toBe(2);
      expect(errors()).toBe("error: unknown option '--frob'\n(run with --help for usage)\n");
      expect(stdout.mock.calls.map((c) => String(c[0])).join('')).toBe('');
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
  });
});
