/** `clinq info`: what the database holds. */
import type { Command } from 'commander';
import { access } from 'node:fs/promises';
import { ClinqError } from '../domain/index.js';
import type { EditorialStore, User } from '../editorial/index.js';
// The lists themselves, not editorial/index.js (passwords, sessions, zod schemas), which info never uses.
import { REVIEW_STATES, ROLES } from '../editorial/types.js';
import { DB_HELP, examplesHelp } from './options.js';
import { readableTimestamps } from '../lib/readable-timestamps.js';

/** Registers the info command. */
export function registerInfoCommand(program: Command): void {
  program
    .command('info')
    .summary('show what the database holds')
    .description(
      'Prints the database path, the number of PubMed records and the corpus snapshot label, then the site\'s ' +
        'articles by review status and the number of accounts.',
    )
    .option('--db <path>', DB_HELP)
    .addHelpText('after', examplesHelp(['clinq info', 'clinq info --db /srv/clinq.db']))
    .action(async (opts: { db?: string }) => {
      const [{ loadSettings }, { openDatabase, createSqliteArticleStore, createSqliteEditorialStore }] = await Promise.all([
        import('../config.js'),
        import('../store/sqlite/index.js'),
      ]);
      const settings = loadSettings({ store: { dbPath: opts.db } });
      await access(settings.store.dbPath).catch(() => {
        throw new ClinqError('invalid_request', `info: no database at ${settings.store.dbPath}`);
      });
      const db = openDatabase(settings.store.dbPath);
      const store = createSqliteArticleStore(db);
      try {
        process.stdout.write(`database: ${settings.store.dbPath}\npubmed records: ${(await store.countArticles()).toLocaleString('en-US')}\nsnapshot: ${readableTimestamps(await store.snapshot())}\n`);
        process.stdout.write(`${await siteLines(createSqliteEditorialStore(db))}\n`);
      } finally {
        await store.close();
      }
    });
}


/** The site's articles by review status and its accounts, e.g. "site: 3 draft, 1 approved\naccounts: 2". */
export async function siteLines(store: EditorialStore): Promise<string> {
  const counts: string[] = [];
  for (const state of REVIEW_STATES) {
    // Counting through the listing keeps to the store's interface; a site holds thousands of articles, not millions.
    const n = (await store.listByState([state], 1_000_000)).length;
    if (n > 0) counts.push(`${n} ${state.replace('_', ' ')}`);
  }
  return `site articles: ${counts.length > 0 ? counts.join(', ') : 'none yet'}\naccounts: ${accountsLine(await store.listUsers())}`;
}

// Active accounts by role; without an active reviewer the site names no Medical Advisory Board, so say so here too.
function accountsLine(users: User[]): string {
  if (users.length === 0) return '0 (add the first admin with: clinq user add --role admin EMAIL)';
  const active = users.filter((u) => !u.disabled);
  const roles = ROLES.map((role) => [role, active.filter((u) => u.role === role).length] as const).filter(([, n]) => n > 0);
  const parts = roles.map(([role, n]) => `${n} ${role}${n === 1 ? '' : 's'}`);
  if (users.length > active.length) parts.push(`${users.length - active.length} disabled`);
  const noReviewer = active.some((u) => u.role === 'reviewer') ? '' : '; no reviewer yet, add one with: clinq user add --role reviewer EMAIL';
  return `${users.length} (${parts.join(', ')})${noReviewer}`;
}
