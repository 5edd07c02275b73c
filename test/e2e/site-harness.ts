/**
 * The site as the browser tests meet it: the shipped corpus ingested into a fresh database, the staff accounts a
 * test needs, the server on a free port and a headless Chromium.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadSettings } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/main.js';
import { ingestWithProgress } from '../../src/cli/ingest-run.js';
import { addUser } from '../../src/editorial/index.js';
import { createSqliteEditorialStore, openDatabase } from '../../src/store/sqlite/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.join(ROOT, 'data/corpus');

/** The password every test account gets. */
export const PASSWORD = 'correct horse battery staple';

/** A staff account to create before the server starts. */
export type Person = { email: string; name: string; role: 'editor' | 'reviewer' | 'admin'; credentials?: string };

/** The window a page opens in; `bypassCSP` lets a test inject its own script (the pages' policy is unchanged). */
export type PageOptions = { width?: number; height?: number; bypassCSP?: boolean; touch?: boolean };

/** A running site and its browser; `close` closes every page, stops both and removes the database. */
export type Site = {
  server: RunningServer;
  browser: Browser;
  /** A page in a fresh browser context (its own cookies), 1200×900 unless told. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A fresh page signed in as `email` with the test password, left on the review desk. */
  signIn(email: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
};

/** Starts the site on the shipped corpus with the given people, and a headless Chromium at `chromiumPath`. */
export async function startSite(name: string, people: readonly Person[], chromiumPath: string): Promise<Site> {
  const dir = mkdtempSync(path.join(tmpdir(), `clinq-${name}-`));
  const settings = loadSettings({ store: { dbPath: path.join(dir, `${name}.db`) }, server: { port: 0, host: '127.0.0.1' } }, {});
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xml.gz')).map((f) => path.join(CORPUS, f));
  await ingestWithProgress(files, settings.store.dbPath, settings.corpus.batchSize, false);
  const db = openDatabase(settings.store.dbPath);
  const ctx = { store: createSqliteEditorialStore(db) };
  for (const person of people) await addUser(ctx, { ...person, password: PASSWORD }, 'system');
  db.close();
  const server = await startServer(settings);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const contexts: BrowserContext[] = [];
  const newPage = async ({ width = 1200, height = 900, bypassCSP = false, touch = false }: PageOptions = {}) => {
    // `touch`: a phone (touch events and a mobile viewport), so a tap is a tap.
    const context = await browser.newContext({ viewport: { width, height }, bypassCSP, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
    contexts.push(context);
    return context.newPage();
  };
  return {
    server,
    browser,
    newPage,
    async signIn(email, options) {
      const page = await newPage(options);
      await page.goto(`${server.url}/login`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${server.url}/review`);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
