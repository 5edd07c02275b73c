/** `clinq user add|list|password`: manage editor, reviewer and admin accounts from the command line (the first admin too). */
import { Command, InvalidArgumentError } from 'commander';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { ClinqError } from '../domain/index.js';
// The role list itself, not editorial/index.js: the commands load the editorial stage and the store when they run.
import { ROLES, type Role } from '../editorial/types.js';
import { DB_HELP, examplesHelp, requireDatabase } from './options.js';

type PasswordOptions = { passwordStdin?: boolean; password?: string; db?: string };
type AddOptions = PasswordOptions & { role: Role; name?: string; credentials?: string };

/** Where the password comes from; injectable so tests need no terminal. */
export type PasswordSource = {
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
  /** Where prompts and warnings go. */
  stderr: NodeJS.WritableStream;
};

/** A role named in any case ("Admin"), as an audience is: folded to clinq's name, or refused listing the roles. */
export function roleOption(value: string): Role {
  const role = value.trim().toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return role as Role;
}

/** Reads the whole of stdin and returns its first line (what `echo pw | clinq user add --password-stdin` sends). */
export async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

// Asks on the terminal without echoing what is typed.
function promptHidden(question: string, source: PasswordSource): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) source.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: source.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      source.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function passwordFrom(opts: PasswordOptions, source: PasswordSource, command: string): Promise<string> {
  if (opts.password !== undefined) {
    source.stderr.write('clinq: warning: --password puts the password in your shell history and the process list; prefer the prompt or --password-stdin\n');
    return opts.password;
  }
  if (opts.passwordStdin) {
    // Read from a terminal, the typed password would show on the screen; the prompt hides it.
    if (source.isTTY) {
      throw new ClinqError('invalid_request', `${command}: --password-stdin reads a pipe, but standard input is a terminal; leave it out to be asked without the password showing`);
    }
    const line = await readFirstLine(source.stdin);
    // An unset variable in `echo "$PASSWORD" |` sends an empty line: say that, not that the password is too short.
    if (line.trim() === '') throw new ClinqError('invalid_request', `${command}: --password-stdin read no password (standard input was empty or a blank line)`);
    return line;
  }
  if (!source.isTTY) {
    throw new ClinqError('invalid_request', `${command}: no terminal to ask for the password; pipe it with --password-stdin`);
  }
  const first = await promptHidden('Password (at least 12 characters): ', source);
  const again = await promptHidden('Repeat the password: ', source);
  if (first !== again) throw new ClinqError('invalid_request', `${command}: the two passwords differ`);
  return first;
}

/** What the account commands run on, loaded when one runs rather than when the program is built. */
/**
 * The account rules speak as "editorial: ..." (the admin page shows their reason alone); on the command line the
 * message names the command, as every other refusal of it does: "user add: email: is not an email address".
 */
function spokenBy(command: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof ClinqError && error.message.startsWith('editorial: ')) {
      const reason = error.message.slice('editorial: '.length).replace(/^user rejected: /, '');
      throw new ClinqError(error.code, `${command}: ${reason}`, { cause: error });
    }
    throw error;
  };
}

async function accountParts() {
  const [config, editorial, sqlite] = await Promise.all([import('../config.js'), import('../editorial/index.js'), import('../store/sqlite/index.js')]);
  return {
    loadSettings: config.loadSettings,
    addUser: editorial.addUser,
    newUserSchema: editorial.newUserSchema,
    listUsers: editorial.listUsers,
    resetPassword: editorial.resetPassword,
    openDatabase: sqlite.openDatabase,
    closeDatabase: sqlite.closeDatabase,
    createSqliteEditorialStore: sqlite.createSqliteEditorialStore,
  };
}

/** Registers `user add`, `user list` and `user password`. */
export function registerUserCommand(
  program: Command,
  source: PasswordSource = { stdin: process.stdin, isTTY: Boolean(process.stdin.isTTY), stderr: process.stderr },
): void {
  const user = program
    .command('user')
    .summary('manage editor, reviewer and admin accounts')
    .description('Manages the accounts that sign in to the site: editors, reviewers (the Medical Advisory Board) and admins. ' +
      'Add the first admin here; admins manage everyone else at /admin/users.')
    .addHelpText('after', examplesHelp(['clinq user add --role admin you@example.org', 'clinq user list', 'clinq user add --help']));
  user
    .command('add')
    .summary('create an account')
    .description(
      'Creates an account that can sign in at /login. Admins manage people, reviewers (the Medical Advisory ' +
        'Board) approve articles and are named on them with their credentials, editors submit articles for review. ' +
        'The password (at least 12 characters) is asked for on the terminal, or read from the first line of stdin with ' +
        '--password-stdin.',
    )
    .argument('<email>', 'the email the person signs in with')
    .requiredOption('--role <role>', `required: one of ${ROLES.join(', ')} (any case)`, roleOption)
    .option('--name <name>', 'the name shown on the site (default: the part of the email before @)')
    .option('--credentials <text>', 'shown after a reviewer\'s name, e.g. "MD, FACP"')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .option('--password <password>', 'the password itself (discouraged: visible in shell history)')
    .option('--db <path>', DB_HELP)
    .addHelpText(
      'after',
      `
Examples:
  $ clinq user add --role admin --name "Ada Lovelace" ada@example.org
  $ printf '%s\\n' "$PASSWORD" | clinq user add --role reviewer --name "Rita Rao" --credentials "MD, FACP" --password-stdin rita@example.org`,
    )
    .action(async (email: string, opts: AddOptions) => {
      const { loadSettings, addUser, newUserSchema, openDatabase, closeDatabase, createSqliteEditorialStore } = await accountParts();
      const settings = loadSettings({ store: { dbPath: opts.db } });
      // Before the password is asked for (twice, at a terminal): a mistyped email is refused first.
      if (!newUserSchema.shape.email.safeParse(email).success) throw new ClinqError('invalid_request', `user add: email: "${email}" is not an email address`);
      const password = await passwordFrom(opts, source, 'user add');
      const db = openDatabase(settings.store.dbPath, { mode: 'write' });
      try {
        const store = createSqliteEditorialStore(db);
        const created = await addUser(
          { store },
          { email, name: opts.name ?? email.split('@')[0] ?? email, credentials: opts.credentials ?? '', role: opts.role, password },
          'system',
        ).catch((error: unknown) => {
          // A taken email is input to change (exit 2), and the likely intent, a forgotten password, has its own command.
          if (!(error instanceof ClinqError) || error.code !== 'conflict') spokenBy('user add')(error);
          const taken = email.trim().toLowerCase();
          throw new ClinqError('invalid_request', `user add: ${taken} already has an account; to give it a new password: clinq user password ${taken}`, { cause: error });
        });
        process.stdout.write(`clinq: added ${created.role} ${created.email} (${created.name}) to ${settings.store.dbPath}\n`);
      } finally {
        closeDatabase(db);
      }
    });

  user
    .command('list')
    .summary('list the accounts')
    .description('Lists every account: email, role, name with credentials, and whether it is disabled.')
    .option('--db <path>', DB_HELP)
    .addHelpText('after', examplesHelp(['clinq user list', 'clinq user list --db /srv/clinq.db']))
    .action(async (opts: { db?: string }) => {
      const { loadSettings, listUsers, openDatabase, closeDatabase, createSqliteEditorialStore } = await accountParts();
      const settings = loadSettings({ store: { dbPath: opts.db } });
      await requireDatabase(settings.store.dbPath, 'user list', 'pass --db PATH, or add the first account with: clinq user add --role admin EMAIL');
      const db = openDatabase(settings.store.dbPath);
      try {
        const users = await listUsers({ store: createSqliteEditorialStore(db) }, 'system');
        if (users.length === 0) process.stdout.write(`no accounts in ${settings.store.dbPath}; add one with: clinq user add --role admin EMAIL\n`);
        for (const u of users) {
          const name = u.credentials ? `${u.name}, ${u.credentials}` : u.name;
          process.stdout.write(`${u.email}\t${u.role}\t${name}${u.disabled ? '\tdisabled' : ''}\n`);
        }
      } finally {
        closeDatabase(db);
      }
    });

  user
    .command('password')
    .summary('set a new password for an account')
    .description(
      'Sets a new password (at least 12 characters) for the account with this email, for someone who forgot theirs, ' +
        'and signs that account out everywhere (admins can do the same at /admin/users). The password is asked for on ' +
        'the terminal, or read from the first line of stdin with --password-stdin.',
    )
    .argument('<email>', 'the email the person signs in with')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .option('--password <password>', 'the password itself (discouraged: visible in shell history)')
    .option('--db <path>', DB_HELP)
    .addHelpText(
      'after',
      examplesHelp(['clinq user password ana@example.org', `printf '%s\\n' "$NEW_PASSWORD" | clinq user password --password-stdin ana@example.org`]),
    )
    .action(async (email: string, opts: PasswordOptions) => {
      const { loadSettings, resetPassword, openDatabase, closeDatabase, createSqliteEditorialStore } = await accountParts();
      const settings = loadSettings({ store: { dbPath: opts.db } });
      await requireDatabase(settings.store.dbPath, 'user password', 'pass --db PATH');
      const password = await passwordFrom(opts, source, 'user password');
      const db = openDatabase(settings.store.dbPath, { mode: 'write' });
      try {
        const changed = await resetPassword({ store: createSqliteEditorialStore(db) }, { actor: 'system', email, password }).catch(spokenBy('user password'));
        process.stdout.write(`clinq: new password set for ${changed.email}; their sessions are ended\n`);
      } finally {
        closeDatabase(db);
      }
    });
}
