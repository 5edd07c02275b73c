import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from './config.js';
import { startServer } from './main.js';
import { createSqliteArticleStore, openDatabase } from './store/index.js';

describe('startServer', () => {
  it('reads the spelling index before it listens when asked to warm up, and says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clinq-warm-'));
    try {
      const dbPath = path.join(dir, 'warm.db');
      const store = createSqliteArticleStore(openDatabase(dbPath, { mode: 'write' }));
      await store.upsertArticles([
        {
          pmid: '1', version: 1, title: 'Spinach and kidney stones', abstract: 'Oxalate from spinach raised the risk of kidney stones.',
          abstractSections: [], journal: { title: 'J', isoAbbreviation: null }, year: 2020, authors: [], languages: ['eng'],
          publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
        },
      ]);
      await store.close();
      const lines: string[] = [];
      const settings = loadSettings({ store: { dbPath }, server: { port: 0, host: '127.0.0.1' }, model: false }, {});
      const server = await startServer(settings, { warmUp: (line) => lines.push(line) });
      try {
        // Listening and said so before the warm-up answer: it comes on a later turn.
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^spelling index: [1-9]\d* terms read in \d+ ms$/);
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);
        // Then one answer is composed, so the first reader's question does not pay for loading the answer stage.
        await server.warmed;
        expect(lines).toHaveLength(3);
        expect(lines[1]).toMatch(/^answer engine: warm-up answer composed in \d+ ms$/);
        // And what the corpus covers, for the home and corpus pages (one record names no disease: no subject).
        expect(lines[2]).toMatch(/^corpus coverage: 0 subjects, 0 example questions, ready in \d+ ms$/);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
