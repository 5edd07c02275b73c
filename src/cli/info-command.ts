/** `clinq info`: what the database holds. */
import type { Command } from 'commander';
import { access } from 'node:fs/promises';
import { ClinqError } from '../domain/index.js';
import { loadSettings } from '../config.js';
import { openDatabase, createSqliteArticleStore } from '../store/sqlite/index.js';
import { DB_HELP } from './options.js';

/** Registers the info command. */
export function registerInfoCommand(program: Command): void {
  program
    .command('info')
    .summary('show what the database holds')
    .description('Prints the database path, the number of articles and the corpus snapshot label.')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { db?: string }) => {
      const settings = loadSettings({ store: { dbPath: opts.db } });
      await access(settings.store.dbPath).catch(() => {
        throw new ClinqError('invalid_request', `info: no database at ${settings.store.dbPath}`);
      });
      const store = createSqliteArticleStore(openDatabase(settings.store.dbPath));
      try {
        process.stdout.write(`database: ${settings.store.dbPath}\narticles: ${await store.countArticles()}\nsnapshot: ${await store.snapshot()}\n`);
      } finally {
        await store.close();
      }
    });
}
