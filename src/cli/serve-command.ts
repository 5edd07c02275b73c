/** `clinq serve` and `clinq start`: the web page and HTTP API. */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Settings } from '../config.js';
import { ClinqError } from '../domain/index.js';
import type { User } from '../editorial/index.js';
import { DB_HELP, MODEL_ENV_HELP, NO_MODEL_HELP, SERVER_ENV_HELP, emptyCorpusWarning, examplesHelp, intOption, requireDatabase } from './options.js';
import { pubmedFilesFrom } from './pubmed-files.js';
import { stopOnSignal } from './stop-on-signal.js';

/** The shipped demo corpus, relative to this file so it is found from any working directory. */
export const SHIPPED_CORPUS_DIR = fileURLToPath(new URL('../../data/corpus/', import.meta.url));

type ServeOptions = { db?: string; port?: number; host?: string; model: boolean; quiet?: boolean; create?: boolean };

/**
 * Whether serve writes its request log: on unless --quiet or CLINQ_LOG=off. Any other CLINQ_LOG value than on/off is
 * refused, so a typo ("of") does not silently keep logging.
 */
export function requestLogOn(quiet: boolean | undefined, env: string | undefined): boolean {
  const value = env?.trim().toLowerCase();
  if (value !== undefined && value !== '' && value !== 'on' && value !== 'off') {
    throw new ClinqError('invalid_request', `config: CLINQ_LOG must be on or off, not "${env}"`);
  }
  return !quiet && value !== 'off';
}

/** Registers serve and start. */
export function registerServeCommands(program: Command): void {
  const addServerOptions = (command: Command, examples: string[]) =>
    command
      .option('--db <path>', DB_HELP)
      .option('--port <n>', 'TCP port (default: $PORT or 3000)', intOption('--port', 0, 65_535))
      .option('--host <name>', 'interface to listen on (default: $HOST or localhost)')
      .option('--no-model', NO_MODEL_HELP)
      .option('-q, --quiet', 'write no request log (default: one line per request on stderr; also CLINQ_LOG=off)')
      .addHelpText('after', examplesHelp(examples))
      .addHelpText('after', SERVER_ENV_HELP)
      .addHelpText('after', MODEL_ENV_HELP);

  addServerOptions(
    program
      .command('serve')
      .summary('serve the web page and HTTP API')
      .description(
        'Serves the site (ask, articles, medical review at /review, what the corpus covers at /corpus) and the JSON API: ' +
          'POST /api/answers {question, audience?}, GET /api/answers/:id (?audience=), POST and GET ' +
          '/api/answers/:id/follow-ups, GET /api/answers/:id/review, GET /api/corpus, GET /api/articles/:pmid, GET /healthz ' +
          '(README.md, "HTTP API", says what each returns). Stop with Ctrl-C.',
      ),
    [
      'clinq serve                         http://localhost:3000 on ./clinq.db',
      'clinq serve --db /srv/clinq.db --port 8080 --host 0.0.0.0',
      'CLINQ_TRUST_PROXY=1 clinq serve -q  behind one nginx or Caddy',
    ],
  )
    .option('--create', 'create the database when there is none at the path (default: refuse, so a mistyped --db is named)')
    .action(async (opts: ServeOptions) => {
      const settings = await settingsFrom(opts);
      const log = requestLogOn(opts.quiet, process.env.CLINQ_LOG);
      // A mistyped --db would otherwise serve a new, empty database that answers every question "insufficient evidence".
      if (!opts.create && settings.store.dbPath !== ':memory:') {
        await requireDatabase(
          settings.store.dbPath,
          'serve',
          `check the path, pass --create to start an empty one, or run "clinq start --db ${settings.store.dbPath}" to load the demo corpus`,
        );
      }
      await serveUntilStopped(settings, log);
    });

  addServerOptions(
    program
      .command('start')
      .summary('load the shipped demo corpus if the database is empty, then serve')
      .description(
        `What \`npm start\` runs: when the database has no articles, ingests the PubMed records shipped in ${SHIPPED_CORPUS_DIR}, then serves like \`clinq serve\`.`,
      ),
    ['clinq start                         first run: load the demo corpus, serve', 'clinq start --db demo.db --port 8080'],
  ).action(async (opts: ServeOptions) => {
    const settings = await settingsFrom(opts);
    const log = requestLogOn(opts.quiet, process.env.CLINQ_LOG);
    await ensureShippedCorpus(settings);
    await serveUntilStopped(settings, log);
  });
}

// The settings schema, the store and the server are loaded when serve or start runs, not when the program is built.
async function settingsFrom(opts: ServeOptions): Promise<Settings> {
  const { loadSettings } = await import('../config.js');
  return loadSettings({ store: { dbPath: opts.db }, server: { port: opts.port, host: opts.host }, ...(opts.model ? {} : { model: false as const }) });
}

/** Ingests the shipped corpus into an empty database; does nothing when articles are already stored. */
export async function ensureShippedCorpus(settings: Settings): Promise<void> {
  const [{ openDatabase, createSqliteArticleStore }, { ingestWithProgress }] = await Promise.all([import('../store/sqlite/index.js'), import('./ingest-run.js')]);
  // The site stores drafts, sessions and reviews, so a database it may not write is refused before it starts.
  const store = createSqliteArticleStore(openDatabase(settings.store.dbPath, { mode: 'write' }));
  const count = await store.countArticles();
  await store.close();
  if (count > 0) {
    process.stderr.write(`clinq: ${settings.store.dbPath} holds ${count} articles\n`);
    return;
  }
  const { files } = await pubmedFilesFrom([SHIPPED_CORPUS_DIR]);
  process.stderr.write(`clinq: ${settings.store.dbPath} is empty; loading the shipped corpus (${files.length} files)\n`);
  // A second start sees articles and would not load the rest, so an interrupted first load names the command that does.
  const relative = path.relative(process.cwd(), SHIPPED_CORPUS_DIR);
  const corpusDir = relative === '' ? '.' : relative.startsWith('..') ? SHIPPED_CORPUS_DIR.replace(/[\\/]$/, '') : relative;
  const resume = `load the rest with: clinq ingest --db ${settings.store.dbPath} ${corpusDir}`;
  const summary = await ingestWithProgress(files, settings.store.dbPath, settings.corpus.batchSize, true, resume);
  process.stderr.write(`clinq: loaded ${(summary.added + summary.updated).toLocaleString('en-US')} articles (${summary.skipped.toLocaleString('en-US')} skipped)\n`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * What serve says about how clients are told apart: with CLINQ_TRUST_PROXY, which X-Forwarded-For entry names them, and a
 * warning when the server also listens beyond this machine, where a client reaching it directly can forge that header.
 */
export function clientAddressNotes(server: Pick<Settings['server'], 'trustedProxies' | 'host'>): string[] {
  const proxies = server.trustedProxies;
  if (proxies === 0) return [];
  const entry = proxies === 1 ? 'the rightmost X-Forwarded-For entry' : `X-Forwarded-For entry ${proxies} from the right`;
  const notes = [`clients are named by ${entry} (CLINQ_TRUST_PROXY=${proxies})`];
  if (!LOOPBACK.has(server.host)) {
    notes.push(
      `warning: CLINQ_TRUST_PROXY is set and the server listens on ${server.host}; a client that reaches it without the ` +
        'proxy can forge X-Forwarded-For to dodge the per-client limits, so let only the proxy reach it (firewall, or HOST=localhost)',
    );
  }
  return notes;
}

/**
 * What serve says about accounts: with none, nobody can sign in at /login (the site offers no sign-up), so it names the
 * command that adds the first admin; otherwise nothing.
 */
export function accountNotes(users: readonly User[], dbPath: string): string[] {
  if (users.some((u) => !u.disabled)) return [];
  const none = users.length === 0 ? 'no accounts yet' : 'every account is disabled';
  return [`${none}; to sign in at /login and review articles, add an admin: clinq user add --db ${dbPath} --role admin EMAIL`];
}

async function serveUntilStopped(settings: Settings, logRequests: boolean): Promise<void> {
  // The store first, so the database is named while the server and answer engine (most of the start-up) still load.
  const [{ describeModel }, { openDatabase, createSqliteArticleStore, createSqliteEditorialStore }] = await Promise.all([
    import('../config.js'),
    import('../store/sqlite/index.js'),
  ]);
  const db = openDatabase(settings.store.dbPath, { mode: 'write' });
  const store = createSqliteArticleStore(db);
  const articles = await store.countArticles();
  const users = await createSqliteEditorialStore(db).listUsers();
  await store.close();
  if (articles === 0) process.stderr.write(emptyCorpusWarning(settings.store.dbPath));
  // Loading the answer engine takes a few seconds before the server listens; say what is happening meanwhile.
  else process.stderr.write(`clinq: ${settings.store.dbPath} holds ${articles.toLocaleString('en-US')} PubMed records; loading the answer engine\n`);
  const { startServer } = await import('../main.js');
  const warmUp = (line: string) => process.stderr.write(`clinq: ${line}\n`);
  const server = await startServer(settings, logRequests ? { logRequest: (line) => process.stderr.write(`${line}\n`), warmUp } : { warmUp });
  process.stdout.write(`clinq: serving ${settings.store.dbPath} at ${server.url}  (Ctrl-C to stop)\n`);
  process.stdout.write(`clinq: answers: ${describeModel(settings.model)}\n`);
  for (const line of clientAddressNotes(settings.server)) (line.startsWith('warning:') ? process.stderr : process.stdout).write(`clinq: ${line}\n`);
  for (const line of accountNotes(users, settings.store.dbPath)) process.stdout.write(`clinq: ${line}\n`);
  await stopOnSignal(() => server.close(), { graceMs: STOP_GRACE_MS, exit: (code) => process.exit(code), say: (line) => process.stderr.write(`clinq: ${line}\n`) });
}

/** How long a stopping server may finish what it is doing (answers in flight, the warm-up) before it ends anyway. */
const STOP_GRACE_MS = 10_000;
